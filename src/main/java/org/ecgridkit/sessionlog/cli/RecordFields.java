package org.ecgridkit.sessionlog.cli;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * The fields of the machine-readable formats, CSV and JSON, so both carry the same names and
 * values in the same order: the six fields of both contracts and {@code duration} first (the
 * columns the tool has always printed), then what only the published contract carries. A value the
 * record lacks is {@code null}: JSON prints {@code null}, CSV an empty field.
 */
final class RecordFields {
    /** The CSV header and the JSON keys of a session. */
    static final List<String> NAMES = List.of("sessionId", "userId", "networkId", "mailboxId", "created", "expires",
            "duration", "status", "ended", "version");
    /** The CSV header and the JSON keys of an API call in a session. */
    static final List<String> EVENT_NAMES = List.of("apiCall", "at", "elapsed", "ip", "returnCode", "comment");

    private RecordFields() {
    }

    /**
     * A record's values, in the order of {@link #NAMES}: ids as {@code Integer}s, everything else as
     * {@code String}s (times and the duration in ISO-8601, the status as its enum name) or null.
     */
    static List<Object> values(SessionRecord r, UnaryOperator<String> sessionIds) {
        return Arrays.asList(sessionIds.apply(r.sessionId()), r.userId(), r.networkId(), r.mailboxId(),
                r.created().toString(), r.expires().toString(), r.duration().toString(), r.status().name(),
                r.ended().map(Instant::toString).orElse(null), r.version().orElse(null));
    }

    /**
     * An event's values, in the order of {@link #EVENT_NAMES}: strings (the time and the elapsed
     * time in ISO-8601, e.g. {@code PT0.042S}) or null.
     */
    static List<Object> eventValues(SessionEvent e) {
        return Arrays.asList(e.apiCall(), e.at().toString(), e.elapsed().toString(), e.ip().orElse(null),
                e.returnCode(), e.comment().orElse(null));
    }
}
