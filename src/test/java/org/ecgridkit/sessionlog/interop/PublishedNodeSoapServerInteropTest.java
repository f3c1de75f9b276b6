package org.ecgridkit.sessionlog.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.RetryPolicy;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SessionLogClient} against the session operations of the published contract as node soap
 * serves them from {@code wsdl/ECGridOS-published.wsdl} ({@code published-session-log-server.js}),
 * over SOAP 1.1 and 1.2, with the client on {@link ServiceContract#AUTO} (the default, not set) and
 * on {@link ServiceContract#PUBLISHED_WSDL}. node soap parses the requests and writes every
 * response and fault. The server is given {@code src/test/interop/published-sessions.json}, the
 * records in the wire's own text; this test reads the same file and compares each record the
 * client returns with it, field by field, every event included.
 */
@Tag("interop")
class PublishedNodeSoapServerInteropTest {

    private static final Path SESSIONS = InteropTools.INTEROP.resolve("published-sessions.json");

    private static Optional<String> missing;
    private static NodeSoapServer node;
    private static Given given;

    /** What the server was given: its session id, the session's user, and the records. */
    private record Given(String sessionId, int sessionUserId, List<Map<?, ?>> sessions) {

        List<Map<?, ?>> where(Predicate<Map<?, ?>> filter) {
            return sessions.stream().filter(filter).toList();
        }

        List<Map<?, ?>> ofUser(int userId) {
            return where(r -> number(r, "UserID") == userId);
        }
    }

    @BeforeAll
    static void startNodeSoap() throws IOException {
        Map<?, ?> json = (Map<?, ?>) Json.parse(Files.readString(SESSIONS, StandardCharsets.UTF_8));
        List<Map<?, ?>> sessions = new ArrayList<>();
        for (Object session : (List<?>) json.get("sessions")) {
            sessions.add((Map<?, ?>) session);
        }
        given = new Given((String) json.get("sessionId"), ((BigDecimal) json.get("sessionUserId")).intValueExact(),
                List.copyOf(sessions));
        missing = InteropTools.nodeSoapMissing();
        if (missing.isEmpty()) {
            node = NodeSoapServer.startPublished(SESSIONS);
        }
    }

    @BeforeEach
    void requireNodeSoap() {
        InteropTools.require(missing);
    }

    @AfterAll
    static void stopNodeSoap() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    /** Both SOAP versions, each with the default contract (null: not set) and the pinned one. */
    static Stream<Arguments> clients() {
        return Stream.of(SoapVersion.values()).flatMap(version -> Stream.of(
                Arguments.of(version, null), Arguments.of(version, ServiceContract.PUBLISHED_WSDL)));
    }

    private static SessionLogClient client(SoapVersion version, ServiceContract contract) {
        SessionLogClient.Builder builder = SessionLogClient.builder()
                .endpoint(node.endpoint())
                .soapVersion(version)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.none());
        return (contract == null ? builder : builder.contract(contract)).build();
    }

    @ParameterizedTest(name = "{0} contract={1}")
    @MethodSource("clients")
    void ownSessionsAreTheSessionUsersRecordsFieldByField(SoapVersion version, ServiceContract contract) {
        try (SessionLogClient client = client(version, contract)) {
            List<SessionRecord> records = client.sessionLog(given.sessionId(), 0, 20);
            assertSameRecords(records, given.ofUser(given.sessionUserId()));
            assertThat(records).extracting(SessionRecord::status)
                    .containsExactly(SessionStatus.OPEN, SessionStatus.CLOSED, SessionStatus.EXPIRED);
            assertThat(records.get(0).ended()).as("0001-01-01T00:00:00 is no end time").isEmpty();
            assertThat(client.contractInUse()).contains(ServiceContract.PUBLISHED_WSDL);
        }
    }

    /** node soap caps by the MaxRecords it parsed from the client's SessionLog request. */
    @ParameterizedTest(name = "{0} contract={1}")
    @MethodSource("clients")
    void maxRecordsReachesNodeSoap(SoapVersion version, ServiceContract contract) {
        try (SessionLogClient client = client(version, contract)) {
            assertSameRecords(client.sessionLog(given.sessionId(), 0, 2),
                    given.ofUser(given.sessionUserId()).subList(0, 2));
        }
    }

    /**
     * Another user is SessionLogEx over the safe window: node soap filters by the UserID, StartTime
     * and EndTime it parsed. That user's open session is written with an offset
     * (0001-01-01T00:00:00-05:00) and has an empty Events element; the other has no Events at all.
     */
    @ParameterizedTest(name = "{0} contract={1}")
    @MethodSource("clients")
    void anotherUsersSessionsComeFromSessionLogEx(SoapVersion version, ServiceContract contract) {
        try (SessionLogClient client = client(version, contract)) {
            List<SessionRecord> records = client.sessionLog(given.sessionId(), 4711, 20);
            assertSameRecords(records, given.ofUser(4711));
            assertThat(records).hasSize(2).allSatisfy(r -> assertThat(r.events()).isEmpty());
            assertThat(records.get(1).ended()).as("0001-01-01T00:00:00-05:00 is no end time").isEmpty();
        }
    }

    /** A window narrower than the records: node soap keeps only what started inside it. */
    @ParameterizedTest(name = "{0} contract={1}")
    @MethodSource("clients")
    void aWindowReachesNodeSoapAsSent(SoapVersion version, ServiceContract contract) {
        Instant from = Instant.parse("2026-05-04T06:00:00Z");
        Instant to = Instant.parse("2026-05-05T00:00:00Z");
        try (SessionLogClient client = client(version, contract)) {
            List<SessionRecord> records = client.sessionLog(given.sessionId(),
                    SessionLogQuery.ofUser(4711).between(from, to));
            assertSameRecords(records, given.where(r -> number(r, "UserID") == 4711
                    && !instant(r, "StartTime").isBefore(from) && instant(r, "StartTime").isBefore(to)));
            assertThat(records).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0} contract={1}")
    @MethodSource("clients")
    void currentSessionIsSessionLogCurrentsRecord(SoapVersion version, ServiceContract contract) {
        try (SessionLogClient client = client(version, contract)) {
            Optional<SessionRecord> current = client.currentSession(given.sessionId());
            assertThat(current).isPresent();
            assertSameRecords(List.of(current.get()), given.where(r -> number(r, "UserID") == given.sessionUserId()
                    && "Open".equals(r.get("Status"))).subList(0, 1));
        }
    }

    /**
     * node soap's Authentication fault for an unknown session, in each version's shape. On AUTO it
     * is an answer of the published contract (not a routing fault), so the client reports it and
     * remembers nothing.
     */
    @ParameterizedTest(name = "{0} contract={1}")
    @MethodSource("clients")
    void unknownSessionIsAnAuthenticationFault(SoapVersion version, ServiceContract contract) {
        try (SessionLogClient client = client(version, contract)) {
            EcGridOsFaultException e = catchThrowableOfType(EcGridOsFaultException.class,
                    () -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            assertThat(e).as("an EcGridOsFaultException").isNotNull();
            assertThat(e.faultCode()).isEqualTo(version == SoapVersion.SOAP_1_2 ? "Sender" : "Client");
            assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
            if (contract == null) {
                assertThat(client.contractInUse()).isEmpty();
            }
        }
    }

    /** Each record the client returned against what the server was given, in order, field by field. */
    private static void assertSameRecords(List<SessionRecord> records, List<Map<?, ?>> expected) {
        assertThat(records).as("records").hasSameSizeAs(expected);
        for (int i = 0; i < records.size(); i++) {
            assertSameRecord(records.get(i), expected.get(i), "record " + i);
        }
    }

    private static void assertSameRecord(SessionRecord record, Map<?, ?> given, String where) {
        assertThat(record.sessionId()).as(where + " SessionID").isEqualTo(given.get("SessionID"));
        assertThat(record.created()).as(where + " StartTime").isEqualTo(instant(given, "StartTime"));
        assertThat(record.ended()).as(where + " EndTime").isEqualTo(endTime(given));
        assertThat(record.expires()).as(where + " Expires").isEqualTo(instant(given, "Expires"));
        assertThat(record.networkId()).as(where + " NetworkID").isEqualTo(number(given, "NetworkID"));
        assertThat(record.mailboxId()).as(where + " MailboxID").isEqualTo(number(given, "MailboxID"));
        assertThat(record.userId()).as(where + " UserID").isEqualTo(number(given, "UserID"));
        assertThat(record.status()).as(where + " Status")
                .isEqualTo(SessionStatus.valueOf(((String) given.get("Status")).toUpperCase(Locale.ROOT)));
        assertThat(record.version()).as(where + " Version").isEqualTo(Optional.ofNullable(given.get("Version")));
        List<?> events = given.get("Events") == null ? List.of() : (List<?>) given.get("Events");
        assertThat(record.events()).as(where + " Events").hasSameSizeAs(events);
        for (int j = 0; j < events.size(); j++) {
            assertSameEvent(record.events().get(j), (Map<?, ?>) events.get(j), where + " event " + j);
        }
    }

    private static void assertSameEvent(SessionEvent event, Map<?, ?> given, String where) {
        assertThat(event.apiCall()).as(where + " APICall").isEqualTo(given.get("APICall"));
        assertThat(event.at()).as(where + " Date").isEqualTo(instant(given, "Date"));
        assertThat(event.elapsed()).as(where + " Milliseconds").isEqualTo(Duration.ofMillis(number(given, "Milliseconds")));
        assertThat(event.ip()).as(where + " ip").isEqualTo(Optional.ofNullable(given.get("ip")));
        assertThat(event.returnCode()).as(where + " ReturnCode").isEqualTo(given.get("ReturnCode"));
        assertThat(event.comment()).as(where + " Comment").isEqualTo(Optional.ofNullable(given.get("Comment")));
    }

    private static int number(Map<?, ?> given, String name) {
        return ((BigDecimal) given.get(name)).intValueExact();
    }

    /** The contract's reading of an xs:dateTime: with its offset, or UTC when it has none. */
    private static Instant instant(Map<?, ?> given, String name) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse((String) given.get(name));
        return parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? OffsetDateTime.from(parsed).toInstant()
                : LocalDateTime.from(parsed).toInstant(ZoneOffset.UTC);
    }

    /** .NET's unset DateTime, any value dated 0001-01-01, is no end time. */
    private static Optional<Instant> endTime(Map<?, ?> given) {
        String text = (String) given.get("EndTime");
        return text.startsWith("0001-01-01") ? Optional.empty() : Optional.of(instant(given, "EndTime"));
    }
}
