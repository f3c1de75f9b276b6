package org.ecgridkit.sessionlog.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.soap.ArrayOfSessionIDInfo;
import org.ecgridkit.sessionlog.internal.soap.SessionIDInfo;

/**
 * Turns the generated {@code ArrayOfSessionIDInfo} bean into the public, immutable list of
 * {@link SessionRecord}s. All-or-nothing: a record that lacks a required field fails the whole
 * call rather than being dropped or filled with a default.
 */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    /**
     * Maps a SessionLog result.
     *
     * @param result the {@code SessionLogResult} element, or {@code null} when the response had none
     * @param attempts how many attempts the call made, reported if the result is refused
     * @return an unmodifiable list, empty when there are no entries; nil entries are skipped
     * @throws EcGridOsResponseException if an entry lacks one of the six fields the contract requires
     */
    static List<SessionRecord> toRecords(ArrayOfSessionIDInfo result, int attempts) {
        if (result == null) {
            return List.of();
        }
        List<SessionIDInfo> entries = result.getSessionIDInfo();
        if (entries.isEmpty()) {
            return List.of();
        }
        List<SessionRecord> records = new ArrayList<>(entries.size());
        for (int index = 0; index < entries.size(); index++) {
            SessionIDInfo entry = entries.get(index);
            if (entry != null) {
                records.add(toRecord(entry, index, attempts));
            }
        }
        // No defensive copy: the list never escapes before it is wrapped.
        return Collections.unmodifiableList(records);
    }

    private static SessionRecord toRecord(SessionIDInfo entry, int index, int attempts) {
        return new SessionRecord(
                required(entry.getSessionID(), index, "SessionID", attempts),
                required(entry.getUserID(), index, "UserID", attempts),
                required(entry.getNetworkID(), index, "NetworkID", attempts),
                required(entry.getMailboxID(), index, "MailboxID", attempts),
                required(entry.getCreated(), index, "Created", attempts),
                required(entry.getExpires(), index, "Expires", attempts));
    }

    private static <T> T required(T value, int index, String element, int attempts) {
        if (value == null) {
            throw new EcGridOsResponseException("SessionLog response entry " + index
                    + " (0-based SessionIDInfo position) lacks the required element " + element
                    + " or its value is not valid; no records were returned", null, attempts);
        }
        return value;
    }
}
