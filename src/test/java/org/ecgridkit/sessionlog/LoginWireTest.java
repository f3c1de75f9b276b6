package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.ecgridkit.sessionlog.internal.SdkVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a Login and a Logout put on the wire in each contract, read from the bytes WireMock received:
 * the documented contract's {@code Sender*} fields carry this SDK's name and version and the
 * contact the builder set; the published contract's Login carries the login name and password alone.
 */
class LoginWireTest {

    private static final String SESSION = "7d3e1c9a-5b2f-4a6e-9c8d-1f0e2d3c4b5a";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static void answer(String action, String body) {
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withHeader("SOAPAction", containing(action))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                                + body + "</soap:Body></soap:Envelope>")));
    }

    /** A server of one contract that answers Login with {@link #SESSION}, SessionLog with no records, and Logout. */
    private static void answerLoginSessionLogAndLogout(String ns, String logoutResult) {
        answer(ns + "Login", "<LoginResponse xmlns=\"" + ns + "\"><LoginResult>" + SESSION + "</LoginResult></LoginResponse>");
        answer(ns + "SessionLog", "<SessionLogResponse xmlns=\"" + ns + "\"><SessionLogResult/></SessionLogResponse>");
        answer(ns + "Logout", "<LogoutResponse xmlns=\"" + ns + "\"><LogoutResult>" + logoutResult
                + "</LogoutResult></LogoutResponse>");
    }

    private static String bodyOf(String action) {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH))
                .withHeader("SOAPAction", containing(action)));
        assertThat(requests).hasSize(1);
        return requests.get(0).getBodyAsString();
    }

    @Test
    void theDocumentedLoginNamesThisSdkAndTheContactTheBuilderSet() {
        String ns = "http://www.ecgridos.net/";
        answerLoginSessionLogAndLogout(ns, "true");
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1)
                .contract(ServiceContract.DOCUMENTED)
                .senderContact("ACME Freight", "Ann Example", "edi@acme.example")
                .credentials(Credentials.login("ann", "pa<ss&word".toCharArray())).build()) {
            assertThat(client.sessionLog(SessionLogQuery.ownSessions())).isEmpty();
        }
        assertThat(bodyOf(ns + "Login"))
                .contains("<UserName>ann</UserName>", "<Password>pa&lt;ss&amp;word</Password>",
                        "<SenderSolution>ecgridos-sessionlog</SenderSolution>",
                        "<SenderVersion>" + SdkVersion.version() + "</SenderVersion>",
                        "<SenderCompanyName>ACME Freight</SenderCompanyName>",
                        "<SenderContact>Ann Example</SenderContact>",
                        "<SenderContactEmail>edi@acme.example</SenderContactEmail>");
        assertThat(SdkVersion.version()).doesNotContain("unknown");
        assertThat(bodyOf(ns + "SessionLog")).contains("<SessionID>" + SESSION + "</SessionID>");
        assertThat(bodyOf(ns + "Logout")).contains("<SessionID>" + SESSION + "</SessionID>");
    }

    @Test
    void thePublishedLoginCarriesTheLoginNameAndPasswordAlone() {
        String ns = "https://os.ecgrid.io/";
        answerLoginSessionLogAndLogout(ns, "1");
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1)
                .contract(ServiceContract.PUBLISHED_WSDL)
                .credentials(Credentials.login("ann", "secret-1".toCharArray())).build()) {
            assertThat(client.sessionLog(SessionLogQuery.ownSessions())).isEmpty();
        }
        assertThat(bodyOf(ns + "Login")).contains("<LoginName>ann</LoginName>", "<Password>secret-1</Password>")
                .doesNotContain("Sender");
        assertThat(bodyOf(ns + "Logout")).contains("<SessionID>" + SESSION + "</SessionID>");
    }

    @Test
    void aLoginAnsweredWithoutASessionIdIsARefusedResponseNotAnEmptyToken() {
        String ns = "https://os.ecgrid.io/";
        answer(ns + "Login", "<LoginResponse xmlns=\"" + ns + "\"><LoginResult>  </LoginResult></LoginResponse>");
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1)
                .contract(ServiceContract.PUBLISHED_WSDL)
                .credentials(Credentials.login("ann", "secret-1".toCharArray())).build()) {
            EcGridOsException failure = Outcome.of(() -> client.sessionLog(SessionLogQuery.ownSessions())).failure();
            assertThat(failure).isInstanceOf(EcGridOsResponseException.class)
                    .hasMessage("Login answered without a session id (LoginResult is empty)");
        }
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH))
                .withHeader("SOAPAction", containing(ns + "SessionLog")))).isEmpty();
    }
}
