package org.ecgridkit.sessionlog.internal;

/**
 * The {@code Sender*} fields of the documented contract's {@code Login}: the calling application
 * (this SDK's name and version) and its technical contact, which the user may set. The published
 * contract's Login has no such fields.
 *
 * @param solution the application's name
 * @param version the application's version
 * @param companyName the contact's company; empty when not set
 * @param contact the contact's name; empty when not set
 * @param contactEmail the contact's e-mail address; empty when not set
 */
public record LoginSender(String solution, String version, String companyName, String contact, String contactEmail) {

    /**
     * This SDK as the sender, with the contact the user set.
     *
     * @param companyName the contact's company, or null
     * @param contact the contact's name, or null
     * @param contactEmail the contact's e-mail address, or null
     * @return the sender
     */
    public static LoginSender thisSdk(String companyName, String contact, String contactEmail) {
        return new LoginSender(SdkVersion.NAME, SdkVersion.version(), orEmpty(companyName), orEmpty(contact),
                orEmpty(contactEmail));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
