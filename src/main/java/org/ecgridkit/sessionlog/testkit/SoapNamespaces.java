package org.ecgridkit.sessionlog.testkit;

import org.ecgridkit.sessionlog.SoapVersion;

/** The namespaces of the SessionLog wire format, for the stub's reader and writer. */
final class SoapNamespaces {
    /** The ECGridOS service namespace of the seed contract. */
    static final String SERVICE = "http://www.ecgridos.net/";
    static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

    private SoapNamespaces() {
    }

    /** The envelope namespace of a SOAP version. */
    static String envelope(SoapVersion version) {
        return version == SoapVersion.SOAP_1_2 ? SOAP_12 : SOAP_11;
    }
}
