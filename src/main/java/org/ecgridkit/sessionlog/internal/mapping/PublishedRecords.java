package org.ecgridkit.sessionlog.internal.mapping;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.internal.soap.published.ArrayOfSessionEvents;
import org.ecgridkit.sessionlog.internal.soap.published.ArrayOfSessionLogInfo;
import org.ecgridkit.sessionlog.internal.soap.published.SessionEvents;
import org.ecgridkit.sessionlog.internal.soap.published.SessionLogInfo;

/**
 * Maps the published contract's generated beans ({@code SessionLogInfo}) to records:
 * {@code StartTime} is {@code created}; an {@code EndTime} dated 0001-01-01 (.NET's unset
 * {@code DateTime}, whatever offset it is written with) is no end time; a {@code Status} this client
 * does not know is {@link SessionStatus#UNKNOWN}; events keep the service's order, and their call
 * names and return codes pass through as strings. Every element the WSDL requires must be there.
 */
public final class PublishedRecords {

    private static final String ENTRY = "SessionLogInfo";
    private static final String EVENT = "SessionEvents";
    /**
     * Any instant before this is dated 0001-01-01 or earlier in some time zone (offsets reach -14:00):
     * an unset .NET {@code DateTime}, never a real end time.
     */
    private static final Instant UNSET_BEFORE = Instant.parse("0001-01-02T14:00:00Z");

    private PublishedRecords() {
    }

    /**
     * @param result what {@code SessionLog} or {@code SessionLogEx} returned, possibly null
     * @param attempts how many attempts the call made, reported if the answer is refused
     * @return an unmodifiable list; nil entries skipped
     */
    public static List<SessionRecord> of(ArrayOfSessionLogInfo result, int attempts) {
        return EntryCheck.mapAll(result == null ? null : result.getSessionLogInfo(),
                index -> new EntryCheck(ENTRY, index, attempts), PublishedRecords::record);
    }

    /**
     * @param entry what {@code SessionLogCurrent} returned, possibly null
     * @param attempts how many attempts the call made
     * @return the record, or empty when the answer held none
     */
    public static Optional<SessionRecord> one(SessionLogInfo entry, int attempts) {
        return entry == null ? Optional.empty() : Optional.of(record(entry, new EntryCheck(ENTRY, 0, attempts)));
    }

    private static SessionRecord record(SessionLogInfo entry, EntryCheck check) {
        String sessionId = check.required(entry.getSessionID(), "SessionID");
        Instant created = check.required(entry.getStartTime(), "StartTime");
        Instant ended = check.required(entry.getEndTime(), "EndTime");
        Instant expires = check.required(entry.getExpires(), "Expires");
        int networkId = check.required(entry.getNetworkID(), "NetworkID");
        int mailboxId = check.required(entry.getMailboxID(), "MailboxID");
        int userId = check.required(entry.getUserID(), "UserID");
        SessionStatus status = status(check.required(entry.getStatus(), "Status"));
        return new SessionRecord(sessionId, userId, networkId, mailboxId, created, expires, status,
                ended.isBefore(UNSET_BEFORE) ? Optional.empty() : Optional.of(ended),
                present(entry.getVersion()), events(entry.getEvents(), check));
    }

    private static SessionStatus status(String status) {
        return switch (status.strip()) {
            case "Open" -> SessionStatus.OPEN;
            case "Closed" -> SessionStatus.CLOSED;
            case "Expired" -> SessionStatus.EXPIRED;
            default -> SessionStatus.UNKNOWN;
        };
    }

    private static List<SessionEvent> events(ArrayOfSessionEvents events, EntryCheck session) {
        return EntryCheck.mapAll(events == null ? null : events.getSessionEvents(),
                index -> session.nested(EVENT, index), PublishedRecords::event);
    }

    private static SessionEvent event(SessionEvents event, EntryCheck check) {
        String apiCall = check.required(event.getAPICall(), "APICall");
        Instant at = check.required(event.getDate(), "Date");
        int milliseconds = check.required(event.getMilliseconds(), "Milliseconds");
        String returnCode = check.required(event.getReturnCode(), "ReturnCode");
        return new SessionEvent(apiCall.strip(), at, Duration.ofMillis(milliseconds), present(event.getIp()),
                returnCode.strip(), present(event.getComment()));
    }

    /** An empty element says no more than a missing one. */
    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }
}
