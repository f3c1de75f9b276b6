package org.ecgridkit.sessionlog.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.failure.Secret;

/**
 * A session log query as each contract carries it out (see {@link SessionLogQuery} for the rules):
 * the published contract's {@code SessionLogEx} for another user's sessions, its {@code SessionLog}
 * for the session's own; the documented {@code SessionLog} for both. A window that the request
 * cannot carry is applied to what came back.
 */
final class SessionLogOperation implements ContractCall<List<SessionRecord>> {

    /** The start of the window that covers every session the service can hold (see DESIGN: SQL Server's date types). */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Duration PAST_NOW = Duration.ofDays(1);
    /**
     * The last second of .NET's {@code DateTime}: the service cannot read a later bound, and
     * {@code Instant.toString()} writes one past 9999 as {@code +10000-...}, which is no
     * {@code xs:dateTime} (nor is year {@code 0000}, below {@link #EARLIEST}).
     */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final String sessionId;
    private final SessionLogQuery query;

    /**
     * @param sessionId the validated session id
     * @param query what to ask for
     */
    SessionLogOperation(String sessionId, SessionLogQuery query) {
        this.sessionId = sessionId;
        this.query = query;
    }

    @Override
    public List<SessionRecord> documented(DocumentedPort port, int attempt) {
        return window(port.sessionLog(sessionId, query.userId(), query.maxRecords(), attempt));
    }

    @Override
    public List<SessionRecord> published(PublishedPort port, int attempt) {
        if (query.userId() == 0) {
            return window(port.sessionLog(sessionId, query.maxRecords(), attempt));
        }
        return port.sessionLogEx(sessionId, query.userId(), sendable(query.from().orElse(EARLIEST)),
                sendable(query.to().orElseGet(() -> Instant.now().plus(PAST_NOW))), query.maxRecords(), attempt);
    }

    @Override
    public String name() {
        return "SessionLog";
    }

    @Override
    public Secret secret() {
        return Secret.sessionId(sessionId);
    }

    @Override
    public String publishedAction() {
        return query.userId() == 0 ? PublishedPort.SESSION_LOG : PublishedPort.SESSION_LOG_EX;
    }

    /**
     * A window bound as the request can carry it: within {@link #EARLIEST} and {@link #LATEST}.
     * No session starts outside that range, so the cut window selects the same sessions, and
     * the request stays valid (e.g. {@code between(Instant.MIN, Instant.MAX)}).
     */
    private static Instant sendable(Instant bound) {
        return bound.isBefore(EARLIEST) ? EARLIEST : bound.isAfter(LATEST) ? LATEST : bound;
    }

    private List<SessionRecord> window(List<SessionRecord> records) {
        if (query.from().isEmpty()) {
            return records;
        }
        return records.stream().filter(query::covers).toList();
    }
}
