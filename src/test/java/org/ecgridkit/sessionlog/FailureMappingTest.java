package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every row of the failure mapping table (DESIGN.md section 5): each kind of failure becomes
 * exactly one {@link EcGridOsException} subtype, with the cause kept and no session id in sight.
 */
class FailureMappingTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static EcGridOsException callExpectingFailure(SessionLogClient.Builder builder) {
        try (SessionLogClient client = builder.build()) {
            EcGridOsException e = catchThrowableOfType(EcGridOsException.class,
                    () -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            assertThat(e).as("an EcGridOsException").isNotNull();
            SecretAssertions.assertNoSessionId(e, SoapStub.SESSION_ID);
            return e;
        }
    }

    private static EcGridOsException failWith(SoapVersion version, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        SoapStub.answer(wireMock, response);
        return callExpectingFailure(SoapStub.clientFor(wireMock, version));
    }

    // --- SOAP faults -------------------------------------------------------------------------

    /**
     * Each detail form, over both SOAP versions. Columns: fixture, fault code under SOAP 1.1 and
     * 1.2, fault string, decoded error code (empty for none), category.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "fault-numeric-code.xml              | Server | Receiver | Server was unable to process request. ---> Error 5 | 5               | UNKNOWN",
            "fault-authentication-category.xml   | Client | Sender   | Authentication failed.                             | Authentication  | AUTHENTICATION",
            "fault-errorinfo-session-timeout.xml | Client | Sender   | Session has timed out.                             | SesssionTimeout | AUTHENTICATION",
            "fault-without-detail.xml            | Server | Receiver | Server was unable to process request.              |                 | UNKNOWN",
    })
    void soapFaultIsDecoded(String fixture, String code11, String code12, String faultString,
                            String errorCode, ErrorCategory category) {
        for (SoapVersion version : SoapVersion.values()) {
            EcGridOsException failure = failWith(version, SoapStub.soapResponse(version, 500, fixture));
            assertThat(failure).as(version.toString()).isInstanceOf(EcGridOsFaultException.class);
            EcGridOsFaultException e = (EcGridOsFaultException) failure;
            assertThat(e.faultCode()).isEqualTo(version == SoapVersion.SOAP_1_2 ? code12 : code11);
            assertThat(e.faultString()).isEqualTo(faultString);
            assertThat(e.errorCode()).isEqualTo(java.util.Optional.ofNullable(errorCode));
            assertThat(e.category()).isEqualTo(category);
            assertThat(e.getMessage()).contains(faultString, category.name());
            assertThat(e.getCause()).isNotNull();
        }
    }

    @Test
    void faultWithHttp200IsStillAFault() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1,
                SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "fault-authentication-category.xml"));
        assertThat(e).isInstanceOf(EcGridOsFaultException.class);
    }

    // --- HTTP status without a SOAP fault ----------------------------------------------------

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void http500WithHtmlBodyIsTransportFailureWithStatus(SoapVersion version) {
        EcGridOsException e = failWith(version, aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody(Fixtures.read("server-error-page.html")));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
        assertThat(((EcGridOsTransportException) e).httpStatus()).hasValue(500);
        assertThat(e.getCause()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void http503WithNoBodyIsTransportFailureWithStatus(SoapVersion version) {
        EcGridOsException e = failWith(version, aResponse().withStatus(503));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
        assertThat(((EcGridOsTransportException) e).httpStatus()).hasValue(503);
    }

    /**
     * An error status whose body is not a SOAP fault keeps its status, whatever the body: plain
     * text, XML that is not an envelope, an envelope that is not a fault, or a SOAP body under the
     * other SOAP version's content type.
     */
    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "SOAP_1_1 | 500 | text/plain                      | boom",
            "SOAP_1_1 | 500 | text/xml; charset=utf-8         | <error>boom</error>",
            "SOAP_1_1 | 500 | text/xml; charset=utf-8         | <soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body/></soap:Envelope>",
            "SOAP_1_1 | 502 | text/xml; charset=utf-8         | <x/>",
            "SOAP_1_2 | 500 | text/xml; charset=utf-8         | <error>boom</error>",
            "SOAP_1_2 | 400 | text/plain                      | bad request",
            "SOAP_1_2 | 503 | text/plain                      | down for maintenance",
            "SOAP_1_1 | 429 | text/plain                      | slow down",
    })
    void errorStatusWithoutSoapFaultKeepsTheStatusWhateverTheBody(SoapVersion version, int status,
                                                                   String contentType, String body) {
        EcGridOsException e = failWith(version, aResponse().withStatus(status)
                .withHeader("Content-Type", contentType).withBody(body));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
        assertThat(((EcGridOsTransportException) e).httpStatus()).hasValue(status);
        assertThat(e.getMessage()).contains("HTTP " + status);
    }

    @Test
    void http404IsTransportFailureWithStatus() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Not Found</body></html>"));
        assertThat(((EcGridOsTransportException) e).httpStatus()).hasValue(404);
    }

    // --- timeouts and network failures -------------------------------------------------------

    @Test
    void responseStallingPastReadTimeoutIsTimeout() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml")
                .withFixedDelay(5_000));
        EcGridOsException e = callExpectingFailure(SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1)
                .readTimeout(Duration.ofMillis(300)));
        assertThat(e).isInstanceOf(EcGridOsTimeoutException.class);
        assertThat(((EcGridOsTimeoutException) e).httpStatus()).isEmpty();
        assertThat(e.getMessage()).contains("read timeout");
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void connectionThatIsNeverAcceptedIsConnectTimeout() throws Exception {
        try (UnacceptedPort port = UnacceptedPort.open()) {
            EcGridOsException e = callExpectingFailure(SessionLogClient.builder()
                    .endpoint(URI.create("http://127.0.0.1:" + port.port() + SoapStub.PATH))
                    .connectTimeout(Duration.ofMillis(300)));
            assertThat(e).isInstanceOf(EcGridOsTimeoutException.class);
            assertThat(e.getMessage()).contains("connect");
        }
    }

    @Test
    void connectionResetIsTransportFailureWithoutStatus() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
        assertThat(((EcGridOsTransportException) e).httpStatus()).isEmpty();
        assertThat(e.getCause()).isNotNull();
    }

    @Test
    void emptyResponseIsTransportFailure() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, aResponse().withFault(Fault.EMPTY_RESPONSE));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
    }

    @Test
    void garbageThenCloseIsTransportFailure() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
    }

    @Test
    void refusedConnectionIsTransportFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EcGridOsException e = callExpectingFailure(SessionLogClient.builder()
                .endpoint(URI.create("http://127.0.0.1:" + closedPort + SoapStub.PATH)));
        assertThat(e).isExactlyInstanceOf(EcGridOsTransportException.class);
        assertThat(e.getMessage()).contains("ConnectException");
    }

    // --- bodies that are not the expected SOAP -----------------------------------------------

    @Test
    void http200WithEmptyBodyIsResponseFailure() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml; charset=utf-8"));
        assertThat(e).isInstanceOf(EcGridOsResponseException.class);
        assertThat(e.getMessage()).contains("empty body");
    }

    @Test
    void http200WithHtmlBodyIsResponseFailure() {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody(Fixtures.read("server-error-page.html")));
        assertThat(e).isInstanceOf(EcGridOsResponseException.class);
    }

    /**
     * Each fixture is a 200 answer that is not the response the contract describes; the message
     * must say what was wrong (the RI's reason, the element, or the record field).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "truncated-envelope.xml,          Unexpected EOF",
            "unexpected-body-element.xml,     LoginResponse",
            "not-an-envelope.xml,             Envelope",
            "live-v41-namespace-response.xml, https://os.ecgrid.io/",
            "invalid-created-timestamp.xml,   has an invalid Created value",
            "overflowing-user-id.xml,         has an invalid UserID value",
            "missing-created.xml,             Created",
    })
    void bodyThatIsNotTheContractsResponseIsResponseFailure(String fixture, String named) {
        EcGridOsException e = failWith(SoapVersion.SOAP_1_1, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, fixture));
        assertThat(e).isInstanceOf(EcGridOsResponseException.class);
        assertThat(e.getMessage()).contains(named);
    }
}
