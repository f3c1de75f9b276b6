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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionStatus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stub answers as the service would, in both SOAP versions and both contracts: the documented
 * contract through the real client, and every answer on the wire, by raw HTTP, against the
 * schemas in the two contracts' WSDLs; then both contracts through the client again.
 */
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
        // Pinned: these tests are about the stub's documented answers, whatever the client's default.
        return SessionLogClient.builder().endpoint(stub.endpoint()).soapVersion(version).contract(ServiceContract.DOCUMENTED)
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
                .contract(ServiceContract.DOCUMENTED).readTimeout(Duration.ofMillis(200)).build()) {
            assertThatThrownBy(() -> client.sessionLog(SESSION_ID, 0, 20)).isInstanceOf(EcGridOsTimeoutException.class);
        }
    }

    @Test
    void aRequestThatIsNotSessionLogGetsAClientFault() throws IOException {
        RawResponse response = send("POST", stub.endpoint(), "text/xml; charset=utf-8",
                "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                        + "<WhoAmI xmlns='http://www.ecgridos.net/'/></soap:Body></soap:Envelope>");
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.body()).contains("<faultcode>soap:Client</faultcode>").contains("Not an operation the stub serves");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void refusesWhatNoSoapServiceAccepts() throws IOException {
        assertThat(send("POST", stub.endpoint(), "application/json", "{}").status()).isEqualTo(415);
        assertThat(send("GET", stub.endpoint(), null, null).status()).isEqualTo(405);
        assertThat(send("GET", stub.endpoint().resolve("/elsewhere"), null, null).status()).isEqualTo(404);
    }

    /** An HTTP status, content type and body. */
    private record RawResponse(int status, String contentType, String body) {
        Document xml() {
            return parse(body);
        }
    }

    /** A bare HTTP exchange, for requests the SessionLog client would never send. */
    private static RawResponse send(String method, URI uri, String contentType, String body) throws IOException {
        return send(method, uri, contentType, null, body);
    }

    private static RawResponse send(String method, URI uri, String contentType, String soapAction, String body)
            throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setRequestMethod(method);
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                if (soapAction != null) {
                    connection.setRequestProperty("SOAPAction", soapAction);
                }
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body.getBytes(StandardCharsets.UTF_8));
                }
            }
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                return new RawResponse(status, connection.getContentType(),
                        in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
                .isEqualTo("StubRequest[sessionId=****E1F0, userId=0, maxRecords=20, soapVersion=SOAP_1_1,"
                        + " contract=DOCUMENTED, operation=SessionLog]")
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

    // ---- Both contracts on the wire, by raw HTTP ------------------------------------------------

    private static final String DOCUMENTED_NS = "http://www.ecgridos.net/";
    private static final String PUBLISHED_NS = "https://os.ecgrid.io/";

    /** An open session with events: one with IP and no comment, a failed one, one with neither. */
    private static final SessionRecord OPEN = new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200,
            Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"), SessionStatus.OPEN,
            Optional.empty(), Optional.of("v4.1 (Build 472)"), List.of(
                    new SessionEvent("Login", Instant.parse("2026-05-07T08:00:00.25Z"), Duration.ofMillis(42),
                            Optional.of("203.0.113.10"), "Success", Optional.empty()),
                    new SessionEvent("SessionLogEx", Instant.parse("2026-05-07T08:05:00Z"), Duration.ofMillis(17),
                            Optional.of("203.0.113.10"), "AccessDenied", Optional.of("UserID 4711 <not> in network & co")),
                    new SessionEvent("WhoAmI", Instant.parse("2026-05-07T08:06:00Z"), Duration.ofMillis(3),
                            Optional.empty(), "Success", Optional.empty())));
    /** A closed session: an end time, no version, no events. */
    private static final SessionRecord CLOSED = new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901", 12345, 100, 200,
            Instant.parse("2026-05-06T14:30:00Z"), Instant.parse("2026-05-06T15:30:00Z"), SessionStatus.CLOSED,
            Optional.of(Instant.parse("2026-05-06T14:52:10Z")), Optional.empty(), List.of());

    private static String documentedSessionLog(int userId, int maxRecords) {
        return "<SessionLog xmlns='" + DOCUMENTED_NS + "'><SessionID>" + SESSION_ID + "</SessionID><UserID>" + userId
                + "</UserID><MaxRecords>" + maxRecords + "</MaxRecords></SessionLog>";
    }

    private static String publishedSessionLog(int maxRecords) {
        return "<SessionLog xmlns='" + PUBLISHED_NS + "'><SessionID>" + SESSION_ID + "</SessionID><MaxRecords>"
                + maxRecords + "</MaxRecords></SessionLog>";
    }

    /** A request as a client of that SOAP version sends it: the action in SOAPAction (1.1) or the content type (1.2). */
    private RawResponse soap(SoapVersion version, String action, String bodyContent) throws IOException {
        String ns = version == SoapVersion.SOAP_1_2 ? "http://www.w3.org/2003/05/soap-envelope"
                : "http://schemas.xmlsoap.org/soap/envelope/";
        String envelope = "<?xml version='1.0' encoding='utf-8'?><soap:Envelope xmlns:soap='" + ns + "'><soap:Body>"
                + bodyContent + "</soap:Body></soap:Envelope>";
        return version == SoapVersion.SOAP_1_2
                ? send("POST", stub.endpoint(), "application/soap+xml; charset=utf-8; action=\"" + action + "\"", null, envelope)
                : send("POST", stub.endpoint(), "text/xml; charset=utf-8", '"' + action + '"', envelope);
    }

    private static String expectedContentType(SoapVersion version) {
        return version == SoapVersion.SOAP_1_2 ? "application/soap+xml; charset=utf-8" : "text/xml; charset=utf-8";
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aDocumentedRequestGetsSixFieldSessionIdInfoEntries(SoapVersion version) throws Exception {
        stub.respondWith(OPEN, CLOSED);
        RawResponse response = soap(version, DOCUMENTED_NS + "SessionLog", documentedSessionLog(4711, 20));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(expectedContentType(version));
        Element answer = bodyChild(response.xml());
        documentedSchema().newValidator().validate(new DOMSource(answer));
        List<Element> entries = elements(answer, DOCUMENTED_NS, "SessionIDInfo");
        assertThat(entries).hasSize(2);
        assertThat(childNames(entries.get(0))).containsExactly("SessionID", "UserID", "NetworkID", "MailboxID", "Created", "Expires");
        assertThat(texts(answer, DOCUMENTED_NS, "Created")).containsExactly("2026-05-07T08:00:00Z", "2026-05-06T14:30:00Z");
        assertThat(stub.requests()).containsExactly(new StubRequest(SESSION_ID, 4711, 20, version));
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aPublishedSessionLogGetsSessionLogInfoEntriesWithStatusEndTimeAndEvents(SoapVersion version) throws Exception {
        stub.respondWith(OPEN, CLOSED);
        RawResponse response = soap(version, PUBLISHED_NS + "SessionLog", publishedSessionLog(20));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo(expectedContentType(version));
        Element answer = bodyChild(response.xml());
        assertThat(answer.getLocalName()).isEqualTo("SessionLogResponse");
        publishedSchema().newValidator().validate(new DOMSource(answer));
        List<Element> entries = elements(answer, PUBLISHED_NS, "SessionLogInfo");
        assertThat(entries).hasSize(2);
        assertThat(childNames(entries.get(0))).containsExactly("SessionID", "StartTime", "EndTime", "Expires",
                "NetworkID", "MailboxID", "UserID", "Status", "Version", "Events");
        assertThat(childNames(entries.get(1))).as("no Version element when there is none").containsExactly("SessionID",
                "StartTime", "EndTime", "Expires", "NetworkID", "MailboxID", "UserID", "Status", "Events");
        assertThat(texts(answer, PUBLISHED_NS, "EndTime")).as("an open session's end time is .NET's unset DateTime")
                .containsExactly("0001-01-01T00:00:00", "2026-05-06T14:52:10Z");
        assertThat(texts(answer, PUBLISHED_NS, "Status")).containsExactly("Open", "Closed");
        assertThat(texts(answer, PUBLISHED_NS, "StartTime")).containsExactly("2026-05-07T08:00:00Z", "2026-05-06T14:30:00Z");
        List<Element> events = elements(answer, PUBLISHED_NS, "SessionEvents");
        assertThat(events).extracting(SessionLogStubTest::childNames).containsExactly(
                List.of("APICall", "Date", "Milliseconds", "ip", "ReturnCode"),
                List.of("APICall", "Date", "Milliseconds", "ip", "ReturnCode", "Comment"),
                List.of("APICall", "Date", "Milliseconds", "ReturnCode"));
        assertThat(texts(answer, PUBLISHED_NS, "Milliseconds")).containsExactly("42", "17", "3");
        assertThat(texts(answer, PUBLISHED_NS, "Date")).first().isEqualTo("2026-05-07T08:00:00.250Z");
        assertThat(texts(answer, PUBLISHED_NS, "Comment")).containsExactly("UserID 4711 <not> in network & co");
        assertThat(stub.requests()).containsExactly(new StubRequest(SESSION_ID, 0, 20, version,
                ServiceContract.PUBLISHED_WSDL, "SessionLog", Optional.empty(), Optional.empty()));
    }

    @Test
    void aPublishedAnswerHoldsAtMostMaxRecords() throws Exception {
        stub.respondWith(OPEN, CLOSED);
        Element answer = bodyChild(soap(SoapVersion.SOAP_1_1, PUBLISHED_NS + "SessionLog", publishedSessionLog(1)).xml());
        assertThat(elements(answer, PUBLISHED_NS, "SessionLogInfo")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void sessionLogExIsAnsweredAndItsWindowRecorded(SoapVersion version) throws Exception {
        stub.respondWith(OPEN, CLOSED);
        RawResponse response = soap(version, PUBLISHED_NS + "SessionLogEx", "<SessionLogEx xmlns='" + PUBLISHED_NS + "'>"
                + "<SessionID>" + SESSION_ID + "</SessionID><UserID>4711</UserID><StartTime>2000-01-01T00:00:00Z</StartTime>"
                + "<EndTime>2026-12-03T18:00:00</EndTime><MaxRecords>100</MaxRecords></SessionLogEx>");

        assertThat(response.status()).isEqualTo(200);
        Element answer = bodyChild(response.xml());
        assertThat(answer.getLocalName()).isEqualTo("SessionLogExResponse");
        assertThat(childNames(answer)).containsExactly("SessionLogExResult");
        publishedSchema().newValidator().validate(new DOMSource(answer));
        assertThat(elements(answer, PUBLISHED_NS, "SessionLogInfo")).as("the window is recorded, not applied").hasSize(2);
        StubRequest request = stub.requests().get(0);
        assertThat(request).isEqualTo(new StubRequest(SESSION_ID, 4711, 100, version, ServiceContract.PUBLISHED_WSDL,
                "SessionLogEx", Optional.of(Instant.parse("2000-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2026-12-03T18:00:00Z")))); // no offset: UTC
        assertThat(request.toString()).isEqualTo("StubRequest[sessionId=****E1F0, userId=4711, maxRecords=100,"
                + " soapVersion=" + version + ", contract=PUBLISHED_WSDL, operation=SessionLogEx,"
                + " startTime=2000-01-01T00:00:00Z, endTime=2026-12-03T18:00:00Z]");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void sessionLogCurrentGetsOneSessionLogInfo(SoapVersion version) throws Exception {
        stub.respondWith(OPEN, CLOSED);
        String request = "<SessionLogCurrent xmlns='" + PUBLISHED_NS + "'><SessionID>" + SESSION_ID + "</SessionID></SessionLogCurrent>";
        Element answer = bodyChild(soap(version, PUBLISHED_NS + "SessionLogCurrent", request).xml());

        assertThat(answer.getLocalName()).isEqualTo("SessionLogCurrentResponse");
        publishedSchema().newValidator().validate(new DOMSource(answer));
        Element result = elements(answer, PUBLISHED_NS, "SessionLogCurrentResult").get(0);
        assertThat(texts(result, PUBLISHED_NS, "SessionID")).containsExactly(OPEN.sessionId());
        assertThat(texts(result, PUBLISHED_NS, "Status")).containsExactly("Open");
        assertThat(stub.requests()).containsExactly(new StubRequest(SESSION_ID, 0, 0, version,
                ServiceContract.PUBLISHED_WSDL, "SessionLogCurrent", Optional.empty(), Optional.empty()));

        stub.respondWith(List.of());
        Element empty = bodyChild(soap(version, PUBLISHED_NS + "SessionLogCurrent", request).xml());
        assertThat(childNames(empty)).as("no session: the result is left out, as XmlSerializer does with null").isEmpty();
    }

    @Test
    void aSixFieldRecordIsSentWithAStatusOutsideTheEnumerationAndNoEvents() throws Exception {
        stub.respondWith(FIRST);
        Element answer = bodyChild(soap(SoapVersion.SOAP_1_1, PUBLISHED_NS + "SessionLog", publishedSessionLog(20)).xml());
        assertThat(texts(answer, PUBLISHED_NS, "Status")).containsExactly("Unknown");
        assertThat(texts(answer, PUBLISHED_NS, "EndTime")).containsExactly("0001-01-01T00:00:00");
        assertThat(elements(answer, PUBLISHED_NS, "Events")).singleElement().satisfies(e -> assertThat(childNames(e)).isEmpty());
    }

    @ParameterizedTest(name = "{0}, speaking {1}: {2}")
    @CsvSource({
        "SOAP_1_1, PUBLISHED_WSDL, http://www.ecgridos.net/SessionLog",
        "SOAP_1_2, PUBLISHED_WSDL, http://www.ecgridos.net/SessionLog",
        "SOAP_1_1, DOCUMENTED, https://os.ecgrid.io/SessionLog",
        "SOAP_1_2, DOCUMENTED, https://os.ecgrid.io/SessionLog"})
    void aServerOfOneContractAnswersTheOtherWithTheAsmxRoutingFault(SoapVersion version, ServiceContract speaks,
                                                                   String action) throws Exception {
        stub.speaks(speaks).respondWith(OPEN);
        String body = action.startsWith(DOCUMENTED_NS) ? documentedSessionLog(0, 20) : publishedSessionLog(20);
        RawResponse response = soap(version, action, body);

        assertRoutingFault(response, version, action);
        assertThat(stub.requests()).as("the service never reads an unroutable request").isEmpty();
    }

    @Test
    void loginIssuesASessionThatLogoutEndsAndExpiryRefuses() throws Exception {
        stub.acceptLogin("alice", "pw-1").respondWith(OPEN);
        RawResponse refused = soap(SoapVersion.SOAP_1_1, PUBLISHED_NS + "Login", "<Login xmlns='" + PUBLISHED_NS
                + "'><LoginName>alice</LoginName><Password>pw-2</Password></Login>");
        assertThat(refused.status()).isEqualTo(500);
        assertThat(refused.body()).contains("<ECGridOSSOAPErrorCode>Authentication</ECGridOSSOAPErrorCode>");
        RawResponse login = soap(SoapVersion.SOAP_1_1, DOCUMENTED_NS + "Login", "<Login xmlns='" + DOCUMENTED_NS
                + "'><UserName>alice</UserName><Password>pw-1</Password></Login>");
        assertThat(login.status()).isEqualTo(200);
        String issued = stub.sessionIds().get(0);
        assertThat(login.body()).contains("<LoginResult>" + issued + "</LoginResult>");
        assertThat(stub.requests()).extracting(StubRequest::loginName)
                .containsExactly(Optional.of("alice"), Optional.of("alice"));
        assertThat(stub.requests().toString()).doesNotContain("pw-1").doesNotContain("pw-2");

        String sessionLog = "<SessionLog xmlns='" + PUBLISHED_NS + "'><SessionID>" + issued
                + "</SessionID><MaxRecords>5</MaxRecords></SessionLog>";
        assertThat(soap(SoapVersion.SOAP_1_2, PUBLISHED_NS + "SessionLog", sessionLog).status()).isEqualTo(200);
        stub.expireSessions();
        assertThat(soap(SoapVersion.SOAP_1_2, PUBLISHED_NS + "SessionLog", sessionLog).body()).contains("SessionTimeout");

        String logout = "<Logout xmlns='" + PUBLISHED_NS + "'><SessionID>" + issued + "</SessionID></Logout>";
        assertThat(soap(SoapVersion.SOAP_1_1, PUBLISHED_NS + "Logout", logout).body())
                .contains("<LogoutResult>0</LogoutResult>");
        assertThat(stub.logouts()).containsExactly(issued);
    }

    @Test
    void aDocumentedLogoutAnswersWhetherTheSessionWasOpen() throws Exception {
        stub.acceptLogin("bob", "pw-3");
        soap(SoapVersion.SOAP_1_1, DOCUMENTED_NS + "Login", "<Login xmlns='" + DOCUMENTED_NS
                + "'><UserName>bob</UserName><Password>pw-3</Password></Login>");
        String logout = "<Logout xmlns='" + DOCUMENTED_NS + "'><SessionID>" + stub.sessionIds().get(0)
                + "</SessionID></Logout>";
        assertThat(soap(SoapVersion.SOAP_1_1, DOCUMENTED_NS + "Logout", logout).body())
                .contains("<LogoutResult>true</LogoutResult>");
        assertThat(soap(SoapVersion.SOAP_1_1, DOCUMENTED_NS + "Logout", logout).body())
                .contains("<LogoutResult>false</LogoutResult>");
        assertThat(stub.logouts()).hasSize(2);
    }

    @Test
    void anActionTheStubHasNoOperationForIsUnroutable() throws Exception {
        RawResponse response = soap(SoapVersion.SOAP_1_1, PUBLISHED_NS + "WhoAmI", publishedSessionLog(20));
        assertRoutingFault(response, SoapVersion.SOAP_1_1, PUBLISHED_NS + "WhoAmI");
    }

    @Test
    void speakingBothIsTheDefaultAndCanBeRestored() throws Exception {
        stub.speaks(ServiceContract.DOCUMENTED).speaks(ServiceContract.AUTO);
        assertThat(soap(SoapVersion.SOAP_1_1, PUBLISHED_NS + "SessionLog", publishedSessionLog(20)).status()).isEqualTo(200);
        assertThat(soap(SoapVersion.SOAP_1_2, DOCUMENTED_NS + "SessionLog", documentedSessionLog(0, 20)).status()).isEqualTo(200);
    }

    private static void assertRoutingFault(RawResponse response, SoapVersion version, String action) {
        assertThat(response.status()).isEqualTo(500);
        assertThat(response.contentType()).isEqualTo(expectedContentType(version));
        Element fault = bodyChild(response.xml());
        assertThat(fault.getLocalName()).isEqualTo("Fault");
        if (version == SoapVersion.SOAP_1_1) {
            assertThat(childNames(fault)).containsExactly("faultcode", "faultstring", "detail");
            assertThat(texts(fault, null, "faultcode")).containsExactly("soap:Client");
            assertThat(texts(fault, null, "faultstring")).singleElement().asString()
                    .startsWith("System.Web.Services.Protocols.SoapException: Server did not recognize the value of"
                            + " HTTP Header SOAPAction: " + action + ".\n   at System.Web.Services.Protocols.");
            assertThat(childNames(elements(fault, null, "detail").get(0))).isEmpty();
        } else {
            String soap12 = "http://www.w3.org/2003/05/soap-envelope";
            assertThat(childNames(fault)).containsExactly("Code", "Reason", "Detail");
            assertThat(texts(fault, soap12, "Value")).containsExactly("soap:Sender");
            assertThat(texts(fault, soap12, "Text")).singleElement().asString()
                    .startsWith("System.Web.Services.Protocols.SoapException: Unable to handle request. The action '"
                            + action + "' was not recognized.\n   at System.Web.Services.Protocols.");
            assertThat(childNames(elements(fault, soap12, "Detail").get(0))).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"SOAP_1_1, AccessDenied, soap:Client", "SOAP_1_2, AccessDenied, soap:Sender",
        "SOAP_1_1, SQLError, soap:Server", "SOAP_1_2, InternalError, soap:Receiver"})
    void anErrorInfoFaultCarriesTheCodeInTheRequestsContract(SoapVersion version, String code, String faultCode)
            throws Exception {
        stub.respondWithErrorInfo(code, "Went <wrong>.");
        Element fault = bodyChild(soap(version, PUBLISHED_NS + "SessionLog", publishedSessionLog(20)).xml());
        String envelopeNs = version == SoapVersion.SOAP_1_2 ? "http://www.w3.org/2003/05/soap-envelope" : null;
        assertThat(texts(fault, envelopeNs, version == SoapVersion.SOAP_1_2 ? "Value" : "faultcode")).containsExactly(faultCode);
        Element errorInfo = elements(fault, PUBLISHED_NS, "ErrorInfo").get(0);
        assertThat(childNames(errorInfo)).containsExactly("ErrorCode", "ErrorMessage");
        assertThat(texts(errorInfo, PUBLISHED_NS, "ErrorCode")).containsExactly(code);
        assertThat(texts(errorInfo, PUBLISHED_NS, "ErrorMessage")).containsExactly("Went <wrong>.");
    }

    @Test
    void theClientDecodesAnErrorInfoFault() {
        stub.respondWithErrorInfo("AccessDenied", "Access denied.");
        assertThatThrownBy(() -> call(SoapVersion.SOAP_1_1, 4711, 20))
                .isInstanceOfSatisfying(EcGridOsFaultException.class, fault -> {
                    assertThat(fault.category()).isEqualTo(ErrorCategory.AUTHORIZATION);
                    assertThat(fault.errorCode()).hasValue("AccessDenied");
                    assertThat(fault.faultString()).isEqualTo("Access denied.");
                });
    }

    @Test
    void rejectsUnsendableContractSettingsAtOnce() {
        assertThatThrownBy(() -> stub.speaks(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> stub.respondWithErrorInfo(null, "x")).isInstanceOf(NullPointerException.class);
        SessionEvent tooLong = new SessionEvent("Login", Instant.EPOCH, Duration.ofDays(30), Optional.empty(), "Success",
                Optional.empty());
        SessionRecord withTooLong = new SessionRecord("id", 1, 2, 3, Instant.EPOCH, Instant.EPOCH, SessionStatus.OPEN,
                Optional.empty(), Optional.empty(), List.of(tooLong));
        assertThatThrownBy(() -> stub.respondWith(withTooLong)).hasMessageStartingWith("record 0's event 0's elapsed must be");
        SessionEvent badComment = new SessionEvent("Login", Instant.EPOCH, Duration.ZERO, Optional.empty(), "Success",
                Optional.of("bell\u0007"));
        assertThatThrownBy(() -> stub.respondWith(new SessionRecord("id", 1, 2, 3, Instant.EPOCH, Instant.EPOCH,
                SessionStatus.OPEN, Optional.empty(), Optional.empty(), List.of(badComment))))
                .hasMessageStartingWith("record 0's event 0's comment contains a character XML 1.0 cannot carry");
        assertThatThrownBy(() -> new StubRequest("id", 0, 1, SoapVersion.SOAP_1_1, ServiceContract.AUTO, "SessionLog",
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StubRequest("id", 0, 1, SoapVersion.SOAP_1_1, ServiceContract.DOCUMENTED, "WhoAmI",
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- Through the client, in the published contract and with AUTO ---------------------------

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void clientReadsPublishedRecordsExactly(SoapVersion version) {
        stub.speaks(ServiceContract.PUBLISHED_WSDL).respondWith(OPEN, CLOSED);
        try (SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).soapVersion(version)
                .contract(ServiceContract.PUBLISHED_WSDL).build()) {
            assertThat(client.sessionLog(SESSION_ID, 0, 20)).containsExactly(OPEN, CLOSED);
            assertThat(client.sessionLog(SESSION_ID, 4711, 20)).containsExactly(OPEN, CLOSED);
        }
        assertThat(stub.requests()).extracting(StubRequest::operation).containsExactly("SessionLog", "SessionLogEx");
        assertThat(stub.requests().get(1).startTime()).hasValue(Instant.parse("2000-01-01T00:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void clientOnAutoFallsBackFromTheRoutingFaultOfADocumentedServer(SoapVersion version) {
        stub.speaks(ServiceContract.DOCUMENTED).respondWith(FIRST);
        try (SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).soapVersion(version).build()) {
            assertThat(client.sessionLog(SESSION_ID, 0, 20)).containsExactly(FIRST);
            assertThat(client.sessionLog(SESSION_ID, 0, 20)).containsExactly(FIRST);
        }
        assertThat(stub.requests()).extracting(StubRequest::contract)
                .containsExactly(ServiceContract.DOCUMENTED, ServiceContract.DOCUMENTED);
    }

    // ---- XML helpers -----------------------------------------------------------------------------

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    /** The element inside soap:Body. */
    private static Element bodyChild(Document envelope) {
        Element body = firstChildElement(envelope.getDocumentElement());
        assertThat(body.getLocalName()).isEqualTo("Body");
        return firstChildElement(body);
    }

    private static Element firstChildElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError(parent.getLocalName() + " has no child element");
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    /** Descendants by namespace (null: unqualified) and local name, in document order. */
    private static List<Element> elements(Element root, String namespace, String localName) {
        NodeList found = root.getElementsByTagNameNS(namespace == null ? "" : namespace, localName);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            Element e = (Element) found.item(i);
            if (namespace != null || e.getNamespaceURI() == null) {
                list.add(e);
            }
        }
        if (namespace == null && list.isEmpty()) { // DOM matches "no namespace" only with null
            found = root.getElementsByTagNameNS(null, localName);
            for (int i = 0; i < found.getLength(); i++) {
                list.add((Element) found.item(i));
            }
        }
        return list;
    }

    private static List<String> texts(Element root, String namespace, String localName) {
        return elements(root, namespace, localName).stream().map(Element::getTextContent).toList();
    }

    private static Schema publishedSchema() throws Exception {
        return schemaInWsdl("ECGridOS-published.wsdl");
    }

    private static Schema documentedSchema() throws Exception {
        return schemaInWsdl("ECGridOS.wsdl");
    }

    /** The schema inside one of the contracts' WSDLs under {@code wsdl/}. */
    private static Schema schemaInWsdl(String file) throws Exception {
        Document wsdl = parse(java.nio.file.Files.readString(Path.of("wsdl", file)));
        Element schema = (Element) wsdl.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema").item(0);
        return schemaFactory().newSchema(new DOMSource(schema));
    }

    private static SchemaFactory schemaFactory() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
