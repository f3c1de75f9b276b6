package org.ecgridkit.sessionlog.testkit;

import org.ecgridkit.sessionlog.SoapVersion;

/**
 * The SOAP envelope namespaces, for the stub's reader and writers; the contracts' own namespaces are
 * {@link org.ecgridkit.sessionlog.internal.ContractNamespaces}.
 */
final class SoapNamespaces {
    static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private SoapNamespaces() {
    }

    /** The envelope namespace of a SOAP version. */
    static String envelope(SoapVersion version) {
        return version == SoapVersion.SOAP_1_2 ? SOAP_12 : SOAP_11;
    }
}
