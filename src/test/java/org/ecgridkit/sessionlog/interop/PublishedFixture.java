package org.ecgridkit.sessionlog.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * A {@code published-*} response fixture that answers one of the published contract's session
 * operations, in SOAP 1.1 or 1.2. The fault fixtures are not here: a fault's body is SOAP's, not
 * the contract schema's.
 *
 * @param version the SOAP version of the fixture
 * @param name the fixture's file name, the same for both versions
 * @param operation the operation it answers: {@code SessionLog}, {@code SessionLogEx} or
 *     {@code SessionLogCurrent}
 */
record PublishedFixture(SoapVersion version, String name, String operation) implements ReplayedFixture {

    /** The user whose sessions the client asks for with {@code SessionLogEx}; any but 0 would do. */
    static final int OTHER_USER = 4711;

    /** Every published fixture of an answer, in both versions. */
    static final List<PublishedFixture> ALL = Stream.of(SoapVersion.values()).flatMap(version -> Stream.of(
            new PublishedFixture(version, "published-sessions.xml", "SessionLog"),
            new PublishedFixture(version, "published-empty-result.xml", "SessionLog"),
            new PublishedFixture(version, "published-sessionlogex.xml", "SessionLogEx"),
            new PublishedFixture(version, "published-current.xml", "SessionLogCurrent"),
            new PublishedFixture(version, "published-unknown-status-and-call.xml", "SessionLog"),
            new PublishedFixture(version, "published-missing-status.xml", "SessionLog"),
            new PublishedFixture(version, "published-event-missing-return-code.xml", "SessionLog"),
            new PublishedFixture(version, "published-invalid-start-time.xml", "SessionLog"))).toList();

    /**
     * Why a fixture breaks the schema on purpose, and what the schema validator's first complaint
     * about it names (which {@code SchemaValidationTest} checks, so that each fixture is outside
     * the schema for its stated reason and for no other).
     */
    record Violation(String firstComplaintNames, String reason) {
    }

    /**
     * The fixtures that break the published schema on purpose: they test how the client reads
     * what the schema does not allow, so no other stack's reading of them is the contract's.
     */
    private static final Map<String, Violation> OUTSIDE_THE_SCHEMA = Map.of(
            "published-unknown-status-and-call.xml", new Violation("Suspended",
                    "Status Suspended, APICall QuantumEntangle and ReturnCode NewCodeFromTheFuture are outside the"
                            + " enumerations: values the service may add, which the client must pass through"),
            "published-missing-status.xml", new Violation("Status",
                    "the second SessionLogInfo stops after UserID: the required Status is missing"),
            "published-event-missing-return-code.xml", new Violation("ReturnCode",
                    "an event lacks the required ReturnCode"),
            "published-invalid-start-time.xml", new Violation("yesterday",
                    "StartTime 'yesterday' is not an xs:dateTime"));

    /** The fixtures whose bodies are meant to be valid against the published WSDL's schema. */
    static Stream<PublishedFixture> insideTheSchema() {
        return ALL.stream().filter(f -> !OUTSIDE_THE_SCHEMA.containsKey(f.name));
    }

    /** The fixtures that break the schema on purpose. */
    static Stream<PublishedFixture> outsideTheSchema() {
        return ALL.stream().filter(f -> OUTSIDE_THE_SCHEMA.containsKey(f.name));
    }

    /** Why the fixture is outside the schema; empty for a fixture inside it. */
    Optional<Violation> violation() {
        return Optional.ofNullable(OUTSIDE_THE_SCHEMA.get(name));
    }

    /**
     * What {@link SessionLogClient}, pinned to the published contract, reads from the fixture
     * replayed by WireMock, calling the operation the fixture answers: {@code SessionLog} for the
     * session's own sessions, {@code SessionLogEx} for another user's, {@code SessionLogCurrent}
     * for the current session (as a list of the one record, or none).
     */
    List<SessionRecord> readWithClient(WireMockExtension wireMock) {
        try (SessionLogClient client = SoapStub.clientFor(endpoint(wireMock), version)
                .contract(ServiceContract.PUBLISHED_WSDL).build()) {
            return switch (operation) {
                case "SessionLog" -> client.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ownSessions().maxRecords(20));
                case "SessionLogEx" -> client.sessionLog(SoapStub.SESSION_ID,
                        SessionLogQuery.ofUser(OTHER_USER).maxRecords(20));
                case "SessionLogCurrent" -> client.currentSession(SoapStub.SESSION_ID).stream().toList();
                default -> throw new IllegalStateException("no such operation: " + operation);
            };
        }
    }

    @Override
    public String toString() {
        return resource();
    }
}
