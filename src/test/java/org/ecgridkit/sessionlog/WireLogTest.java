package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The opt-in wire log: both envelopes at DEBUG on {@code org.ecgridkit.sessionlog.wire}, session ids masked; silent otherwise. */
class WireLogTest {

    private static final String WIRE = "org.ecgridkit.sessionlog.wire";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void debugLogsBothEnvelopesWithEverySessionIdMasked() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        List<String> wire;
        try (LogCapture logs = LogCapture.start();
             SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            client.sessionLog(SoapStub.SESSION_ID, 7, 20);
            wire = logs.textsOf(WIRE);
        }

        assertThat(wire).hasSize(2);
        assertThat(wire.get(0)).startsWith(WIRE + " FINE POST http://localhost:")
                .contains("<UserID>7</UserID>", "<SessionID>****E1F0</SessionID>")
                .doesNotContain(SoapStub.SESSION_ID);
        assertThat(wire.get(1)).contains("HTTP 200 after", "<SessionID>****7890</SessionID>", "<SessionID>****8901</SessionID>")
                .doesNotContain("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", "B2C3D4E5-F6A7-8901-BCDE-F12345678901");
    }

    @Test
    void silentUnlessDebugIsEnabled() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (LogCapture logs = LogCapture.start();
             SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            Logger.getLogger("org.ecgridkit.sessionlog").setLevel(Level.INFO);
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
            assertThat(logs.texts()).isEmpty();
        }
    }
}
