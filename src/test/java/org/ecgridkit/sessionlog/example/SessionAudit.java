package org.ecgridkit.sessionlog.example;

import java.time.Instant;
import java.util.List;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;

/** Your code: which of a user's recent sessions were open at a given moment. */
public class SessionAudit {
    private final SessionLogClient client;
    private final String sessionId;

    public SessionAudit(SessionLogClient client, String sessionId) {
        this.client = client;
        this.sessionId = sessionId;
    }

    public List<SessionRecord> openAt(int userId, Instant moment) {
        return client.sessionLog(sessionId, userId, 100).stream()
                .filter(session -> session.isActiveAt(moment))
                .toList();
    }
}
