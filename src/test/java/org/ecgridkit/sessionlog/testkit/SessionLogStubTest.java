package org.ecgridkit.sessionlog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The stub answers the real client, in both SOAP versions, as the service would. */
class SessionLogStubTest {

    private static final String SESSION_ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";
    private static final SessionRecord FIRST = new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200,
            Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"));
    /** Odd text and sub-millisecond digits: escaping and timestamps must survive the round trip. */
    private static final SessionRecord SECOND = new SessionRecord("<&'\"> id ]]>", Integer.MAX_VALUE, 0, -1,
            Instant.parse("1999-12-31T23:59:59.123456789Z"), Instant.parse("2000-01-01T00:00:00.1Z"));

    private final SessionLogStub stub = SessionLogStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    private SessionLogClient client(SoapVersion version) {
        return SessionLogClient.builder().endpoint(stub.endpoint()).soapVersion(version)
                .connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10)).build();
    }

    private List<SessionRecord> call(SoapVersion version, int userId, int maxRecords) {
        try (SessionLogClient client = client(version)) {
            return client.sessionLog(SESSION_ID, userId, maxRecords);
        }
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void servesTheChosenRecordsExactly(SoapVersion version) {
        stub.respondWith(FIRST, SECOND);
        assertThat(call(version, 0, 20)).containsExactly(FIRST, SECOND);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void recordsWhatTheClientSent(SoapVersion version) {
        call(version, 4711, 7);
        assertThat(stub.requests()).containsExactly(new StubRequest(SESSION_ID, 4711, 7, version));
    }

    @Test
    void honoursMaxRecordsAsTheServiceDoes() {
        stub.respondWith(List.of(FIRST, SECOND));
        assertThat(call(SoapVersion.SOAP_1_1, 0, 1)).containsExactly(FIRST);
    }

    @Test
    void answersWithAnEmptySessionLogUntilToldOtherwise() {
        assertThat(call(SoapVersion.SOAP_1_1, 0, 20)).isEmpty();
    }

    static List<Arguments> faults() {
        return List.of(
                Arguments.of(SoapVersion.SOAP_1_1, ErrorCategory.AUTHENTICATION, "Client", "Authentication"),
                Arguments.of(SoapVersion.SOAP_1_2, ErrorCategory.AUTHENTICATION, "Sender", "Authentication"),
                Arguments.of(SoapVersion.SOAP_1_1, ErrorCategory.AUTHORIZATION, "Client", "Authorization"),
                Arguments.of(SoapVersion.SOAP_1_1, ErrorCategory.OBJECT_NOT_FOUND, "Client", "ObjectNotFound"),
                Arguments.of(SoapVersion.SOAP_1_2, ErrorCategory.INVALID_PARAMETER, "Sender", "InvalidParameter"),
                Arguments.of(SoapVersion.SOAP_1_1, ErrorCategory.SYSTEM_ERROR, "Server", "SystemError"),
                Arguments.of(SoapVersion.SOAP_1_2, ErrorCategory.SYSTEM_ERROR, "Receiver", "SystemError"),
                Arguments.of(SoapVersion.SOAP_1_1, ErrorCategory.UNKNOWN, "Server", null),
                Arguments.of(SoapVersion.SOAP_1_2, ErrorCategory.UNKNOWN, "Receiver", null));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void servesAFaultTheClientDecodesToTheChosenCategory(SoapVersion version, ErrorCategory category,
                                                         String faultCode, String errorCode) {
        stub.respondWithFault(category, "Went <wrong> & stayed \"wrong\".");
        assertThatThrownBy(() -> call(version, 0, 20))
                .isInstanceOfSatisfying(EcGridOsFaultException.class, fault -> {
                    assertThat(fault.category()).isEqualTo(category);
                    assertThat(fault.faultCode()).isEqualTo(faultCode);
                    assertThat(fault.faultString()).isEqualTo("Went <wrong> & stayed \"wrong\".");
                    assertThat(fault.errorCode().orElse(null)).isEqualTo(errorCode);
                });
    }

    @Test
    void servesAnHttpErrorWithoutSoap() {
        stub.respondWithHttpError(503);
        assertThatThrownBy(() -> call(SoapVersion.SOAP_1_1, 0, 20))
                .isInstanceOfSatisfying(EcGridOsTransportException.class,
                        e -> assertThat(e.httpStatus()).hasValue(503));
    }

    @Test
    void servesAnyBody() {
        stub.respondWithBody(200, "text/html", "<html><body>Maintenance</body></html>");
        assertThatThrownBy(() -> call(SoapVersion.SOAP_1_1, 0, 20)).isInstanceOf(EcGridOsResponseException.class);
    }

    @Test
    void aDelayLongerThanTheReadTimeoutTimesTheClientOut() {
        stub.delayResponses(Duration.ofSeconds(5));
        try (SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint())
                .readTimeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> client.sessionLog(SESSION_ID, 0, 20)).isInstanceOf(EcGridOsTimeoutException.class);
        }
    }

    @Test
    void aRequestThatIsNotSessionLogGetsAClientFault() throws IOException {
        RawResponse response = send("POST", stub.endpoint(), "text/xml; charset=utf-8",
                "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                        + "<Login xmlns='http://www.ecgridos.net/'/></soap:Body></soap:Envelope>");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).contains("<faultcode>soap:Client</faultcode>").contains("Not a SessionLog request");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void refusesWhatNoSoapServiceAccepts() throws IOException {
        assertThat(send("POST", stub.endpoint(), "application/json", "{}").status()).isEqualTo(415);
        assertThat(send("GET", stub.endpoint(), null, null).status()).isEqualTo(405);
        assertThat(send("GET", stub.endpoint().resolve("/elsewhere"), null, null).status()).isEqualTo(404);
    }

    /** An HTTP status and body. */
    private record RawResponse(int status, String body) {
    }

    /** A bare HTTP exchange, for requests the SessionLog client would never send. */
    private static RawResponse send(String method, URI uri, String contentType, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new RawResponse(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void endpointIsPlainHttpOnLoopback() {
        URI endpoint = stub.endpoint();
        assertThat(endpoint.getScheme()).isEqualTo("http");
        assertThat(endpoint.getHost()).isIn("127.0.0.1", "[::1]");
        assertThat(endpoint.getPath()).isEqualTo("/v4.1/prod/ECGridOS.asmx");
        assertThat(stub).hasToString("SessionLogStub[" + endpoint + "]");
    }

    @Test
    void afterCloseTheEndpointRefusesConnections() {
        stub.close();
        stub.close(); // idempotent
        assertThatThrownBy(() -> call(SoapVersion.SOAP_1_1, 0, 20))
                .isExactlyInstanceOf(EcGridOsTransportException.class);
    }

    @Test
    void requestToStringMasksTheSessionId() {
        call(SoapVersion.SOAP_1_1, 0, 20);
        assertThat(stub.requests().get(0).toString())
                .isEqualTo("StubRequest[sessionId=****E1F0, userId=0, maxRecords=20, soapVersion=SOAP_1_1]")
                .doesNotContain(SESSION_ID);
    }

    @Test
    void rejectsBadSettingsAtOnce() {
        assertThatThrownBy(() -> stub.respondWithHttpError(200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stub.respondWithBody(99, "text/plain", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stub.delayResponses(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stub.respondWithFault(null, "x")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stub.respondWith((List<SessionRecord>) null)).isInstanceOf(NullPointerException.class);
        SessionRecord unsendable = new SessionRecord("esc\u001b", 1, 2, 3, Instant.EPOCH, Instant.EPOCH);
        assertThatThrownBy(() -> stub.respondWith(FIRST, unsendable))
                .hasMessage("record 1's sessionId contains a character XML 1.0 cannot carry (U+001B at index 3)");
        assertThatThrownBy(() -> stub.respondWithFault(ErrorCategory.UNKNOWN, "\u0000"))
                .hasMessageStartingWith("faultString contains a character XML 1.0 cannot carry");
    }
}
