package org.ecgridkit.sessionlog.testkit;

import org.ecgridkit.sessionlog.SoapVersion;

/** The namespaces of the SessionLog wire formats, for the stub's reader and writers. */
final class SoapNamespaces {
    /** The ECGridOS service namespace of the documented contract (the reference page). */
    static final String DOCUMENTED = "http://www.ecgridos.net/";
    /** The ECGridOS service namespace of the published contract (the v4.1 service's WSDL). */
    static final String PUBLISHED = "https://os.ecgrid.io/";
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
