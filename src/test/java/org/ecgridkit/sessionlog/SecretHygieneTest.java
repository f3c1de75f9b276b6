package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.ecgridkit.sessionlog.internal.RedactedCause;
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

    @Test
    void clientToStringCarriesNoSecretsBecauseItHoldsNone() {
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            assertThat(client.toString()).doesNotContain(SoapStub.SESSION_ID);
        }
    }
}
