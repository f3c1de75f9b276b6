package org.ecgridkit.sessionlog;

/**
 * The SOAP protocol version a {@link SessionLogClient} speaks. The ECGridOS service, like every
 * ASP.NET {@code .asmx} service, offers both on the same address.
 * Immutable and thread-safe, like every enum.
 */
public enum SoapVersion {
    /** SOAP 1.1: {@code text/xml} with a {@code SOAPAction} header. The default. */
    SOAP_1_1,
    /** SOAP 1.2: {@code application/soap+xml} with the action as a content-type parameter. */
    SOAP_1_2
}
