package org.ecgridkit.sessionlog.internal.mapping;

import java.util.List;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.soap.documented.ArrayOfSessionIDInfo;
import org.ecgridkit.sessionlog.internal.soap.documented.SessionIDInfo;

/**
 * Maps the documented contract's generated beans ({@code ArrayOfSessionIDInfo}) to records: the six
 * fields, all required; a nil entry is skipped; a missing or empty result is no records.
 */
public final class DocumentedRecords {

    private static final String ENTRY = "SessionIDInfo";

    private DocumentedRecords() {
    }

    /**
     * @param result what the generated port returned, possibly null
     * @param attempts how many attempts the call made, reported if the answer is refused
     * @return an unmodifiable list
     */
    public static List<SessionRecord> of(ArrayOfSessionIDInfo result, int attempts) {
        return EntryCheck.mapAll(result == null ? null : result.getSessionIDInfo(),
                index -> new EntryCheck(ENTRY, index, attempts), DocumentedRecords::record);
    }

    private static SessionRecord record(SessionIDInfo entry, EntryCheck check) {
        return new SessionRecord(
                check.required(entry.getSessionID(), "SessionID"),
                check.required(entry.getUserID(), "UserID"),
                check.required(entry.getNetworkID(), "NetworkID"),
                check.required(entry.getMailboxID(), "MailboxID"),
                check.required(entry.getCreated(), "Created"),
                check.required(entry.getExpires(), "Expires"));
    }
}
