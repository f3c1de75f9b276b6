package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.ecgridkit.sessionlog.internal.failure.RedactedCause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session id never shows in anything the client produces, even when the server repeats it. */
class SecretHygieneTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void faultThatEchoesTheSessionIdIsMaskedEverywhere() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-echoing-session-id.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            EcGridOsFaultException e = catchThrowableOfType(EcGridOsFaultException.class,
                    () -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            assertThat(e.faultString()).isEqualTo("Session ****E1F0 is not valid.");
            assertThat(e.errorCode()).contains("AccessDenied");
            assertThat(e.category()).isEqualTo(ErrorCategory.AUTHORIZATION);
            SecretAssertions.assertNoSessionId(e, SoapStub.SESSION_ID);
            // The cause is kept, as a stand-in that names the original type.
            assertThat(e.getCause()).isInstanceOf(RedactedCause.class);
            assertThat(((RedactedCause) e.getCause()).originalClass()).endsWith("SOAPFaultException");
            assertThat(e.getCause().toString()).contains("SOAPFaultException", "****E1F0");
        }
    }

    @Test
    void sessionIdEchoedOnlyInTheFaultDetailIsNotReachableThroughTheCause() throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-session-id-in-detail-only.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            EcGridOsFaultException e = catchThrowableOfType(EcGridOsFaultException.class,
                    () -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            assertThat(e.category()).isEqualTo(ErrorCategory.AUTHORIZATION);
            SecretAssertions.assertNoSessionId(e, SoapStub.SESSION_ID);
            // No SAAJ fault (which would still hold the detail) survives in the cause chain ...
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertThat(t).isNotInstanceOf(jakarta.xml.ws.soap.SOAPFaultException.class);
            }
            // ... and so the exception serializes, and its serialized form holds no session id either.
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
                out.writeObject(e);
            }
            assertThat(bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SoapStub.SESSION_ID);
            try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                    new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
                EcGridOsFaultException copy = (EcGridOsFaultException) in.readObject();
                assertThat(copy.errorCode()).isEqualTo(e.errorCode());
                assertThat(copy.category()).isEqualTo(e.category());
            }
        }
    }

    @Test
    void responseSessionIdsAreMaskedInRecordsToString() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            List<SessionRecord> records = client.sessionLog(SoapStub.SESSION_ID, 0, 20);
            assertThat(records.toString())
                    .doesNotContain("A1B2C3D4-E5F6-7890-ABCD-EF1234567890")
                    .doesNotContain("B2C3D4E5-F6A7-8901-BCDE-F12345678901")
                    .contains("****7890", "****8901");
        }
    }
}
