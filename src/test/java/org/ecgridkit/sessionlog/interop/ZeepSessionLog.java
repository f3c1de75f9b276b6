package org.ecgridkit.sessionlog.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the session-log operations with zeep ({@code src/test/interop/zeep_session_log.py}, run by
 * Debian's python3) on every fixture in one run, and reads what zeep parsed. The script loads
 * either WSDL; {@link Reading#entries()} reads the documented contract's {@code SessionIDInfo},
 * {@link Reading#publishedEntries()} the published contract's {@code SessionLogInfo}.
 */
final class ZeepSessionLog {
    private static final Duration LIMIT = Duration.ofMinutes(2);

    /**
     * What zeep made of one response.
     *
     * @param error zeep's exception, as the script printed it, or null when zeep read the response
     * @param json the entries in order, as the script printed them (null when {@code error} is set)
     */
    record Reading(String error, List<Map<?, ?>> json) {

        /** The entries as the documented contract's {@code SessionIDInfo}; null when zeep failed. */
        List<Entry> entries() {
            return json == null ? null : json.stream().map(ZeepSessionLog::entry).toList();
        }

        /** The entries as the published contract's {@code SessionLogInfo}; null when zeep failed. */
        List<PublishedEntry> publishedEntries() {
            return json == null ? null : json.stream().map(ZeepSessionLog::publishedEntry).toList();
        }

        /**
         * The timestamps zeep parsed without an offset (and the script printed as UTC), as
         * {@code entry <i> <path>}, e.g. {@code entry 0 Created}, {@code entry 1 Events.SessionEvents[1].Date};
         * none when zeep failed.
         */
        List<String> naive() {
            List<String> naive = new ArrayList<>();
            for (int i = 0; json != null && i < json.size(); i++) {
                for (Object path : (List<?>) json.get(i).get("naive")) {
                    naive.add("entry " + i + " " + path);
                }
            }
            return naive;
        }
    }

    /** One {@code SessionIDInfo} as zeep parsed it; any field may be null. */
    record Entry(String sessionId, Integer userId, Integer networkId, Integer mailboxId,
                 Instant created, Instant expires) {

        /** zeep's form of an {@code xsi:nil} entry: an object whose fields are all None. */
        boolean allFieldsNull() {
            return sessionId == null && userId == null && networkId == null && mailboxId == null
                    && created == null && expires == null;
        }
    }

    /**
     * One {@code SessionLogInfo} as zeep parsed it; any field may be null. Timestamps keep the
     * offset zeep gave them (UTC for an offset-less one), so that a .NET unset {@code EndTime}
     * can be seen as the date it is on the wire.
     *
     * @param events zeep's {@code Events/SessionEvents} in order, null when {@code Events} is absent
     */
    record PublishedEntry(String sessionId, OffsetDateTime startTime, OffsetDateTime endTime, OffsetDateTime expires,
                          Integer networkId, Integer mailboxId, Integer userId, String status, String version,
                          List<Event> events) {

        /** zeep's form of an {@code xsi:nil} entry: an object whose fields are all None. */
        boolean allFieldsNull() {
            return sessionId == null && startTime == null && endTime == null && expires == null && networkId == null
                    && mailboxId == null && userId == null && status == null && version == null && events == null;
        }
    }

    /** One {@code SessionEvents} as zeep parsed it; any field may be null. */
    record Event(String apiCall, OffsetDateTime date, Integer milliseconds, String ip, String returnCode, String comment) {

        /** zeep's form of an {@code xsi:nil} event, as of an entry. */
        boolean allFieldsNull() {
            return apiCall == null && date == null && milliseconds == null && ip == null && returnCode == null
                    && comment == null;
        }
    }

    private ZeepSessionLog() {
    }

    /**
     * Has zeep, loading the WSDL, call each fixture's operation where WireMock replays it; the
     * readings come in the same order.
     */
    static <F extends ReplayedFixture> Map<F, Reading> read(Path wsdl, List<F> fixtures, WireMockExtension wireMock)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(InteropTools.DEBIAN_PYTHON,
                InteropTools.INTEROP.resolve("zeep_session_log.py").toString(), wsdl.toString()));
        for (F fixture : fixtures) {
            command.add(fixture.zeepCall(wireMock));
        }
        String stdout = BoundedCommand.run(command, LIMIT).stdoutIfSucceeded(command);
        List<?> calls = (List<?>) Json.parse(stdout);
        if (calls.size() != fixtures.size()) {
            throw new AssertionError("zeep reported " + calls.size() + " calls for " + fixtures.size() + " fixtures:\n" + stdout);
        }
        Map<F, Reading> readings = new LinkedHashMap<>();
        for (int i = 0; i < fixtures.size(); i++) {
            readings.put(fixtures.get(i), reading((Map<?, ?>) calls.get(i)));
        }
        return readings;
    }

    private static Reading reading(Map<?, ?> call) {
        List<?> records = (List<?>) call.get("records");
        if (records == null) {
            return new Reading((String) call.get("error"), null);
        }
        List<Map<?, ?>> json = new ArrayList<>();
        for (Object record : records) {
            json.add((Map<?, ?>) record);
        }
        return new Reading((String) call.get("error"), List.copyOf(json));
    }

    private static Entry entry(Map<?, ?> record) {
        return new Entry((String) record.get("SessionID"), integer(record.get("UserID")),
                integer(record.get("NetworkID")), integer(record.get("MailboxID")),
                instant(record.get("Created")), instant(record.get("Expires")));
    }

    private static PublishedEntry publishedEntry(Map<?, ?> record) {
        List<Event> events = null;
        Map<?, ?> wrapper = (Map<?, ?>) record.get("Events");
        if (wrapper != null) {
            events = new ArrayList<>();
            // An empty Events element: zeep gives SessionEvents as an empty list or None.
            List<?> list = (List<?>) wrapper.get("SessionEvents");
            for (Object event : list == null ? List.of() : list) {
                events.add(event((Map<?, ?>) event));
            }
        }
        return new PublishedEntry((String) record.get("SessionID"), dateTime(record.get("StartTime")),
                dateTime(record.get("EndTime")), dateTime(record.get("Expires")), integer(record.get("NetworkID")),
                integer(record.get("MailboxID")), integer(record.get("UserID")), (String) record.get("Status"),
                (String) record.get("Version"), events == null ? null : List.copyOf(events));
    }

    private static Event event(Map<?, ?> event) {
        return new Event((String) event.get("APICall"), dateTime(event.get("Date")), integer(event.get("Milliseconds")),
                (String) event.get("ip"), (String) event.get("ReturnCode"), (String) event.get("Comment"));
    }

    private static Integer integer(Object number) {
        return number == null ? null : ((BigDecimal) number).intValueExact();
    }

    private static Instant instant(Object isoWithOffset) {
        OffsetDateTime dateTime = dateTime(isoWithOffset);
        return dateTime == null ? null : dateTime.toInstant();
    }

    private static OffsetDateTime dateTime(Object isoWithOffset) {
        return isoWithOffset == null ? null : OffsetDateTime.parse((String) isoWithOffset);
    }
}
