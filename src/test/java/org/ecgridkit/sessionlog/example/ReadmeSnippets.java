package org.ecgridkit.sessionlog.example;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.ecgridkit.sessionlog.Credentials;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * The README's code fragments, compiled: each region between {@code // README:begin NAME} and
 * {@code // README:end} is a ```java block of the README, word for word once de-indented
 * ({@link ReadmeSnippetsTest} checks both directions). The helpers around them are stand-ins for
 * the reader's own code.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {

    void otherCalls(SessionLogClient client, String sessionId) {
        // README:begin other-calls
        List<SessionRecord> mine = client.sessionLog(SessionLogQuery.ownSessions());  // the 100 most recent
        List<SessionRecord> theirs = client.sessionLog(SessionLogQuery.ofUser(4711).maxRecords(20));
        List<SessionRecord> lastWeek = client.sessionLog(SessionLogQuery.ofUser(4711)
                .between(Instant.now().minus(Duration.ofDays(7)), Instant.now()));
        CompletableFuture<List<SessionRecord>> later = client.sessionLogAsync(SessionLogQuery.ownSessions());
        Optional<SessionRecord> current = client.currentSession();                   // the credentials' own session
        List<SessionRecord> withAToken = client.sessionLog(sessionId, 4711, 100);    // any client, a session id per call
        // README:end
    }

    SessionLogClient pinnedContract(Credentials credentials) {
        // README:begin pin-contract
        SessionLogClient client = SessionLogClient.builder()
                .credentials(credentials)
                .contract(ServiceContract.PUBLISHED_WSDL)
                .build();
        // README:end
        return client;
    }

    List<SessionRecord> errorHandling(SessionLogClient client, String sessionId, int userId) {
        List<SessionRecord> sessions = List.of();
        // README:begin error-handling
        try {
            sessions = client.sessionLog(sessionId, userId, 50);
        } catch (EcGridOsFaultException e) {
            switch (e.category()) {
                case AUTHENTICATION -> renewSessionId();        // your session id is invalid or expired
                case AUTHORIZATION -> deny(userId);             // may not see this user's sessions
                default -> log.warn(e.getMessage());            // "SessionLog failed with SOAP fault ..."
            }
        } catch (EcGridOsTransportException e) {              // includes EcGridOsTimeoutException; already retried
            retryLater(e.httpStatus());
        } catch (EcGridOsException e) {                       // an answer the client refused, or an interrupt
            log.warn(e.getMessage());                         // the message names the operation: don't prefix it
        }
        // README:end
        return sessions;
    }

    private final Log log = new Log();

    private void renewSessionId() {
    }

    private void deny(int userId) {
    }

    private void retryLater(OptionalInt httpStatus) {
    }

    /** Stands in for whatever logger the reader uses. */
    private static final class Log {
        void warn(String message) {
        }
    }
}
