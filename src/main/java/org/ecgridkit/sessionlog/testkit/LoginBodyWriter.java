package org.ecgridkit.sessionlog.testkit;

import org.ecgridkit.sessionlog.SoapVersion;

/** Writes the answers to Login and Logout, in the namespace of the request's contract. */
final class LoginBodyWriter {

    private LoginBodyWriter() {
    }

    /** {@code LoginResponse/LoginResult}: the new session's id. */
    static byte[] loginResponse(SoapVersion version, WireOperation operation, String sessionId) {
        return single(version, operation, "LoginResponse", "LoginResult", sessionId);
    }

    /**
     * {@code LogoutResponse/LogoutResult}: whether the session was still open, as a boolean in the
     * documented contract and as 1 or 0 in the published one (whose WSDL types it {@code int}).
     */
    static byte[] logoutResponse(SoapVersion version, WireOperation operation, boolean wasOpen) {
        String result = operation == WireOperation.DOCUMENTED_LOGOUT ? Boolean.toString(wasOpen) : wasOpen ? "1" : "0";
        return single(version, operation, "LogoutResponse", "LogoutResult", result);
    }

    private static byte[] single(SoapVersion version, WireOperation operation, String response, String result,
                                 String text) {
        String ns = operation.namespace();
        return SoapEnvelopeWriter.envelope(version, xml -> {
            xml.writeStartElement("", response, ns);
            xml.writeDefaultNamespace(ns);
            SoapEnvelopeWriter.element(xml, ns, result, text);
            xml.writeEndElement();
        });
    }
}
