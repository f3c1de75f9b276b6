package org.ecgridkit.sessionlog.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * Calls SessionLog with zeep ({@code src/test/interop/zeep_session_log.py}, run by Debian's
 * python3) on every fixture in one run, and reads what zeep parsed.
 */
final class ZeepSessionLog {
    private static final Duration LIMIT = Duration.ofMinutes(2);

    /**
     * What zeep made of one response.
     *
     * @param error zeep's exception, as the script printed it, or null when zeep read the response
     * @param records the entries in order, as zeep returned them (null when {@code error} is set)
     */
    record Reading(String error, List<Entry> records) {
    }

    /**
     * One entry as zeep parsed it; any field may be null.
     *
     * @param naive the names of the timestamps zeep parsed without an offset (printed as UTC)
     */
    record Entry(String sessionId, Integer userId, Integer networkId, Integer mailboxId,
                 Instant created, Instant expires, List<String> naive) {

        /** zeep's form of an {@code xsi:nil} entry: an object whose fields are all None. */
        boolean allFieldsNull() {
            return sessionId == null && userId == null && networkId == null && mailboxId == null
                    && created == null && expires == null;
        }
    }

    private ZeepSessionLog() {
    }

    /** Has zeep call each fixture where WireMock replays it; the readings come in the same order. */
    static Map<SuccessFixture, Reading> read(List<SuccessFixture> fixtures, WireMockExtension wireMock) throws IOException {
        List<String> command = new ArrayList<>(List.of(InteropTools.DEBIAN_PYTHON,
                InteropTools.INTEROP.resolve("zeep_session_log.py").toString(), InteropTools.WSDL.toString()));
        for (SuccessFixture fixture : fixtures) {
            String binding = fixture.version() == SoapVersion.SOAP_1_2 ? "soap12" : "soap11";
            command.add(binding + "=" + fixture.endpoint(wireMock));
        }
        String stdout = BoundedCommand.run(command, LIMIT).stdoutIfSucceeded(command);
        List<?> calls = (List<?>) Json.parse(stdout);
        if (calls.size() != fixtures.size()) {
            throw new AssertionError("zeep reported " + calls.size() + " calls for " + fixtures.size() + " fixtures:\n" + stdout);
        }
        Map<SuccessFixture, Reading> readings = new LinkedHashMap<>();
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
        List<Entry> entries = new ArrayList<>();
        for (Object record : records) {
            entries.add(entry((Map<?, ?>) record));
        }
        return new Reading((String) call.get("error"), entries);
    }

    private static Entry entry(Map<?, ?> record) {
        List<String> naive = new ArrayList<>();
        for (Object name : (List<?>) record.get("naive")) {
            naive.add((String) name);
        }
        return new Entry((String) record.get("SessionID"), integer(record.get("UserID")),
                integer(record.get("NetworkID")), integer(record.get("MailboxID")),
                instant(record.get("Created")), instant(record.get("Expires")), List.copyOf(naive));
    }

    private static Integer integer(Object number) {
        return number == null ? null : ((BigDecimal) number).intValueExact();
    }

    private static Instant instant(Object isoWithOffset) {
        return isoWithOffset == null ? null : OffsetDateTime.parse((String) isoWithOffset).toInstant();
    }
}
