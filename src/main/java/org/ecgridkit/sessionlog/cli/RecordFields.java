package org.ecgridkit.sessionlog.cli;

import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * The fields of the machine-readable formats, CSV and JSON, so both carry the same names and
 * values in the same order: {@code SessionRecord}'s components, then {@code duration}.
 */
final class RecordFields {
    /** The CSV header and the JSON keys. */
    static final List<String> NAMES = List.of("sessionId", "userId", "networkId", "mailboxId", "created", "expires", "duration");

    private RecordFields() {
    }

    /**
     * A record's values, in the order of {@link #NAMES}: ids as {@code Integer}s, everything else as
     * {@code String}s (times and the duration in ISO-8601).
     */
    static List<Object> values(SessionRecord r, UnaryOperator<String> sessionIds) {
        return List.of(sessionIds.apply(r.sessionId()), r.userId(), r.networkId(), r.mailboxId(),
                r.created().toString(), r.expires().toString(), r.duration().toString());
    }
}
