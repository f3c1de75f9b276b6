package org.ecgridkit.sessionlog.internal.soap;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.xml.ws.BindingProvider;
import java.util.List;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.soap.documented.ECGridOS;
import org.ecgridkit.sessionlog.internal.soap.documented.ECGridOSSoap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Our transport serves our client's ports and nobody else's: a plain JAX-WS port in the same JVM,
 * even of the very same generated service class, still goes through the RI's own transport.
 */
class TransportIsolationTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static String userAgentOfOnlyRequest() {
        List<com.github.tomakehurst.wiremock.verification.LoggedRequest> requests =
                wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0).getHeader("User-Agent");
    }

    @Test
    void clientPortsUseOurTransport() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(2);
        }
        assertThat(userAgentOfOnlyRequest()).startsWith("ecgridos-sessionlog");
    }

    @Test
    void otherJaxWsPortsInTheSameJvmKeepTheDefaultTransport() {
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            // A client of ours exists in the JVM while another, plain port is used.
            assertThat(client).isNotNull();
            SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
            ECGridOSSoap plain = new ECGridOS().getECGridOSSoap();
            ((BindingProvider) plain).getRequestContext()
                    .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, SoapStub.endpoint(wireMock).toString());
            assertThat(plain.sessionLog(SoapStub.SESSION_ID, 0, (short) 20).getSessionIDInfo()).hasSize(2);
        }
        assertThat(userAgentOfOnlyRequest()).doesNotContain("ecgridos-sessionlog");
    }
}
