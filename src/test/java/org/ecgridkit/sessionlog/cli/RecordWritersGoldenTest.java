package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format, with and without {@code --events}, on record lists given directly: what the
 * published contract adds (status, end time, version, API calls) is printed whichever contract the
 * client speaks. Compared with {@code golden/cli/writer-*.txt}.
 */
class RecordWritersGoldenTest {

    /**
     * Server text a hostile or broken server might put in an event: separators, quotes, a line
     * break, a C1 terminal escape (CSI) and a right-to-left override.
     */
    private static final List<SessionRecord> AWKWARD_EVENTS = List.of(new SessionRecord("comma,id", 1, 2, 3,
            Instant.parse("2026-05-07T08:00:00.1234567Z"), Instant.parse("2026-05-07T09:00:00Z"), SessionStatus.UNKNOWN,
            Optional.of(Instant.parse("2026-05-07T08:30:00.5Z")), Optional.of("v\"5\",\u202ebeta"), List.of(
                    new SessionEvent("Future\u009b2JCall", Instant.parse("2026-05-07T08:00:00.0000001Z"), Duration.ZERO,
                            Optional.of("::1,\n10.0.0.1"), "NewCode", Optional.of("said \"no\",\r\nthen\u2028yes")))));

    /** One case: the golden file, the records, the format, whether --events, whether ids show. */
    record Case(String name, List<SessionRecord> records, OutputFormat format, boolean events, boolean showTokens) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("writer-table", DemoSessionLog.PUBLISHED_RECORDS, OutputFormat.TABLE, false, false),
                new Case("writer-table-events", DemoSessionLog.PUBLISHED_RECORDS, OutputFormat.TABLE, true, false),
                new Case("writer-csv", DemoSessionLog.PUBLISHED_RECORDS, OutputFormat.CSV, false, false),
                new Case("writer-csv-events", DemoSessionLog.PUBLISHED_RECORDS, OutputFormat.CSV, true, false),
                new Case("writer-json", DemoSessionLog.PUBLISHED_RECORDS, OutputFormat.JSON, false, false),
                new Case("writer-json-events", DemoSessionLog.PUBLISHED_RECORDS, OutputFormat.JSON, true, false),
                new Case("writer-table-events-documented", DemoSessionLog.DOCUMENTED_RECORDS, OutputFormat.TABLE, true, false),
                new Case("writer-csv-events-documented", DemoSessionLog.DOCUMENTED_RECORDS, OutputFormat.CSV, true, false),
                new Case("writer-table-events-awkward", AWKWARD_EVENTS, OutputFormat.TABLE, true, true),
                new Case("writer-csv-events-awkward", AWKWARD_EVENTS, OutputFormat.CSV, true, true),
                new Case("writer-json-awkward", AWKWARD_EVENTS, OutputFormat.JSON, false, true),
                new Case("writer-summary-hostile", AuditLogs.HOSTILE, OutputFormat.SUMMARY, false, true),
                new Case("writer-html-hostile", AuditLogs.HOSTILE, OutputFormat.HTML, false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesItsGoldenFile(Case c) {
        StringWriter text = new StringWriter();
        UnaryOperator<String> sessionIds = c.showTokens() ? UnaryOperator.identity() : SecretMask::mask;
        try (PrintWriter out = new PrintWriter(text)) {
            c.format().writer().write(c.records(), sessionIds, c.events(), out);
        }
        GoldenFile.assertMatches("cli/" + c.name() + ".txt", text.toString());
    }
}
