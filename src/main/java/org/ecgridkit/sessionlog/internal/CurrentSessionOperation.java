package org.ecgridkit.sessionlog.internal;

import java.util.Optional;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.failure.Secret;

/**
 * The session of the id sent: the published contract's {@code SessionLogCurrent}; on the documented
 * contract, which has no such operation, the entry with that session id among the session user's
 * {@value SessionLogQuery#DEFAULT_MAX_RECORDS} most recent sessions (none when the id is an API key
 * rather than a session token, which no entry carries).
 */
final class CurrentSessionOperation implements ContractCall<Optional<SessionRecord>> {

    private final String sessionId;

    /**
     * @param sessionId the validated session id
     */
    CurrentSessionOperation(String sessionId) {
        this.sessionId = sessionId;
    }

    @Override
    public Optional<SessionRecord> documented(DocumentedPort port, int attempt) {
        return port.sessionLog(sessionId, 0, SessionLogQuery.DEFAULT_MAX_RECORDS, attempt).stream()
                .filter(record -> record.sessionId().equals(sessionId))
                .findFirst();
    }

    @Override
    public Optional<SessionRecord> published(PublishedPort port, int attempt) {
        return port.sessionLogCurrent(sessionId, attempt);
    }

    @Override
    public String name() {
        return "SessionLogCurrent";
    }

    @Override
    public Secret secret() {
        return Secret.sessionId(sessionId);
    }

    @Override
    public String publishedAction() {
        return PublishedPort.SESSION_LOG_CURRENT;
    }
}
