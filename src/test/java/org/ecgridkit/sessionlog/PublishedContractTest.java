package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The published contract, pinned, over both SOAP versions: what each query sends, and how
 * {@code SessionLogInfo} maps onto records (status, end time, version, events).
 */
class PublishedContractTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String A = "A1B2C3D4-E5F6-7890-ABCD-EF1234567890";

    private <T> T call(SoapVersion version, String fixture, Function<SessionLogClient, T> call) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, fixture));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version)
                .contract(ServiceContract.PUBLISHED_WSDL).build()) {
            return call.apply(client);
        }
    }

    private List<SessionRecord> sessions(SoapVersion version, String fixture) {
        return call(version, fixture, client -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void openClosedAndExpiredSessionsMapWithTheirEvents(SoapVersion version) {
        List<SessionRecord> records = sessions(version, "published-sessions.xml");

        assertThat(records).extracting(SessionRecord::status)
                .containsExactly(SessionStatus.OPEN, SessionStatus.CLOSED, SessionStatus.EXPIRED);
        SessionRecord open = records.get(0);
        assertThat(open.sessionId()).isEqualTo(A);
        assertThat(open.created()).isEqualTo(Instant.parse("2026-05-07T08:00:00Z"));
        assertThat(open.expires()).isEqualTo(Instant.parse("2026-05-07T09:00:00Z"));
        assertThat(open.ended()).as("0001-01-01T00:00:00 is .NET's unset DateTime").isEmpty();
        assertThat(open.version()).contains("4.1.472");
        assertThat(open.userId()).isEqualTo(12345);
        assertThat(open.networkId()).isEqualTo(100);
        assertThat(open.mailboxId()).isEqualTo(200);
        assertThat(open.events()).containsExactly(
                new SessionEvent("Login", Instant.parse("2026-05-07T08:00:00.1234567Z"), Duration.ofMillis(42),
                        Optional.of("203.0.113.7"), "Success", Optional.empty()),
                new SessionEvent("SessionLog", Instant.parse("2026-05-07T08:05:00Z"), Duration.ofMillis(17),
                        Optional.of("203.0.113.7"), "Success", Optional.of("20 records")));

        SessionRecord closed = records.get(1);
        assertThat(closed.ended()).contains(Instant.parse("2026-05-06T15:10:00.5Z"));
        assertThat(closed.version()).isEmpty();
        assertThat(closed.events()).extracting(SessionEvent::apiCall).containsExactly("Login", "ParcelUpload", "Logout");
        SessionEvent denied = closed.events().get(1);
        assertThat(denied.at()).as("an offset-less time is UTC").isEqualTo(Instant.parse("2026-05-06T14:45:00Z"));
        assertThat(denied.ip()).isEmpty();
        assertThat(denied.returnCode()).isEqualTo("AccessDenied");
        assertThat(denied.failed()).isTrue();
        assertThat(denied.comment()).contains("mailbox 200 is not yours");

        SessionRecord expired = records.get(2);
        assertThat(expired.ended()).contains(Instant.parse("2026-05-06T00:50:00Z"));
        assertThat(expired.events()).as("the nil event is skipped; empty ip and comment are absent")
                .containsExactly(new SessionEvent("WhoAmI", Instant.parse("2026-05-05T23:51:00Z"), Duration.ofMillis(9),
                        Optional.empty(), "SessionTimeout", Optional.empty()));
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void ownSessionsAreOneSessionLogRequestInThePublishedNamespace(SoapVersion version) {
        sessions(version, "published-sessions.xml");
        LoggedRequest request = onlyRequest();
        String body = request.getBodyAsString();
        assertThat(body).contains("https://os.ecgrid.io/").contains("<MaxRecords>20</MaxRecords>")
                .doesNotContain("UserID").doesNotContain("SessionLogEx");
        String action = version == SoapVersion.SOAP_1_1 ? request.getHeader("SOAPAction") : request.getHeader("Content-Type");
        assertThat(action).contains("\"https://os.ecgrid.io/SessionLog\"");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void anotherUsersSessionsAreSessionLogExOverTheSafeWindow(SoapVersion version) {
        Instant before = Instant.now();
        List<SessionRecord> records = call(version, "published-sessionlogex.xml",
                client -> client.sessionLog(SoapStub.SESSION_ID, 4711, 50));
        assertThat(records).hasSize(1);
        String body = onlyRequest().getBodyAsString();
        assertThat(body).contains("<UserID>4711</UserID>").contains("<StartTime>2000-01-01T00:00:00Z</StartTime>")
                .contains("<MaxRecords>50</MaxRecords>");
        Instant end = Instant.parse(body.replaceAll("(?s).*<EndTime>([^<]+)</EndTime>.*", "$1"));
        assertThat(end).isBetween(before.plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aWindowForAnotherUserIsSentAsIs(SoapVersion version) {
        Instant from = Instant.parse("2026-05-01T00:00:00Z");
        Instant to = Instant.parse("2026-06-01T00:00:00Z");
        call(version, "published-sessionlogex.xml", client -> client.sessionLog(SoapStub.SESSION_ID,
                SessionLogQuery.ofUser(4711).between(from, to)));
        assertThat(onlyRequest().getBodyAsString()).contains("<StartTime>2026-05-01T00:00:00Z</StartTime>")
                .contains("<EndTime>2026-06-01T00:00:00Z</EndTime>");
    }

    /**
     * Instant.toString() writes a bound past 9999 as "+10000-..." (and Instant.MAX with nine more
     * digits), which is no xs:dateTime; such a window is cut to what the service can hold.
     */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aWindowBeyondWhatTheServiceCanHoldIsCutToIt(SoapVersion version) {
        call(version, "published-sessionlogex.xml", client -> client.sessionLog(SoapStub.SESSION_ID,
                SessionLogQuery.ofUser(4711).between(Instant.MIN, Instant.MAX)));
        assertThat(onlyRequest().getBodyAsString()).contains("<StartTime>2000-01-01T00:00:00Z</StartTime>")
                .contains("<EndTime>9999-12-31T23:59:59Z</EndTime>");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aWindowOnOwnSessionsKeepsThoseThatStartedWithinIt(SoapVersion version) {
        List<SessionRecord> records = call(version, "published-sessions.xml", client -> client.sessionLog(
                SoapStub.SESSION_ID, SessionLogQuery.ownSessions().between(
                        Instant.parse("2026-05-06T00:00:00Z"), Instant.parse("2026-05-07T00:00:00Z"))));
        assertThat(records).extracting(SessionRecord::status).containsExactly(SessionStatus.CLOSED);
        assertThat(onlyRequest().getBodyAsString()).doesNotContain("SessionLogEx");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void currentSessionIsSessionLogCurrent(SoapVersion version) {
        Optional<SessionRecord> current = call(version, "published-current.xml",
                client -> client.currentSession(SoapStub.SESSION_ID));
        assertThat(current).map(SessionRecord::sessionId).contains(A);
        assertThat(current.get().events()).hasSize(2);
        assertThat(onlyRequest().getBodyAsString()).contains("SessionLogCurrent");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void emptyResultIsAnEmptyList(SoapVersion version) {
        assertThat(sessions(version, "published-empty-result.xml")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void anUnknownStatusIsUnknownAndNewCallsAndCodesPassThrough(SoapVersion version) {
        SessionRecord record = sessions(version, "published-unknown-status-and-call.xml").get(0);
        assertThat(record.status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(record.ended()).as("0001-01-01T00:00:00-05:00 is unset too").isEmpty();
        assertThat(record.events()).singleElement().satisfies(event -> {
            assertThat(event.apiCall()).isEqualTo("QuantumEntangle");
            assertThat(event.returnCode()).isEqualTo("NewCodeFromTheFuture");
            assertThat(event.ip()).contains("2001:db8::1");
        });
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void anEntryWithoutStatusFailsTheWholeCallNamingIt(SoapVersion version) {
        assertThatThrownBy(() -> sessions(version, "published-missing-status.xml"))
                .isInstanceOf(EcGridOsResponseException.class)
                .hasMessageContaining("entry 1 (0-based SessionLogInfo position)")
                .hasMessageContaining("lacks the required element Status");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void anEventWithoutReturnCodeFailsTheWholeCallNamingIt(SoapVersion version) {
        assertThatThrownBy(() -> sessions(version, "published-event-missing-return-code.xml"))
                .isInstanceOf(EcGridOsResponseException.class)
                .hasMessageContaining("SessionLogInfo 0 / SessionEvents position")
                .hasMessageContaining("entry 1")
                .hasMessageContaining("ReturnCode");
    }

    @Test
    void anInvalidStartTimeFailsTheCallNamingTheValueAndKeepsTheCause() {
        assertThatThrownBy(() -> sessions(SoapVersion.SOAP_1_1, "published-invalid-start-time.xml"))
                .isInstanceOf(EcGridOsResponseException.class)
                .hasMessageContaining("entry 0 (0-based SessionLogInfo position) has an invalid StartTime value")
                .hasMessageContaining("yesterday")
                .satisfies(e -> assertThat(e.getCause()).as("the parse failure, kept (as a masked copy)")
                        .isNotNull().hasMessageContaining("yesterday"));
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aDocumentedAnswerToAPinnedPublishedClientIsAResponseFailure(SoapVersion version) {
        assertThatThrownBy(() -> sessions(version, "seed-example.xml"))
                .isInstanceOf(EcGridOsResponseException.class)
                .hasMessageContaining("http://www.ecgridos.net/");
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)))).as("a pinned contract never probes")
                .hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void theRoutingFaultOfADocumentedServerIsReportedAsTheFaultItIs(SoapVersion version) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 500, "routing-fault-published-SessionLog.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version)
                .contract(ServiceContract.PUBLISHED_WSDL).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOf(EcGridOsFaultException.class)
                    .hasMessageContaining("https://os.ecgrid.io/SessionLog");
        }
        wireMock.verify(1, postRequestedFor(urlEqualTo(SoapStub.PATH)).withRequestBody(containing("os.ecgrid.io")));
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void anErrorInfoFaultIsDecodedOnThePublishedContractToo(SoapVersion version) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 500, "published-fault-errorinfo-session-timeout.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version)
                .contract(ServiceContract.PUBLISHED_WSDL).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOfSatisfying(EcGridOsFaultException.class,
                            e -> assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION));
        }
    }
}
