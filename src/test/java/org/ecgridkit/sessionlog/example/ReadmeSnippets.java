package org.ecgridkit.sessionlog.example;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import org.ecgridkit.sessionlog.Credentials;
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

    void otherCalls(SessionLogClient client, String sessionId, String tokenFromYourOwnLogin) {
        // README:begin other-calls
        Credentials key = Credentials.apiKey(System.getenv("ECGRID_API_KEY"));   // no Login, no Logout
        Credentials yours = Credentials.sessionId(tokenFromYourOwnLogin);           // yours to renew

        List<SessionRecord> mine = client.sessionLog(SessionLogQuery.ownSessions());  // the 100 most recent
        List<SessionRecord> theirs = client.sessionLog(SessionLogQuery.ofUser(4711).maxRecords(20));
        List<SessionRecord> lastWeek = client.sessionLog(SessionLogQuery.ofUser(4711)
                .between(Instant.now().minus(Duration.ofDays(7)), Instant.now()));
        CompletableFuture<List<SessionRecord>> later = client.sessionLogAsync(SessionLogQuery.ownSessions());
        List<SessionRecord> withAToken = client.sessionLog(sessionId, 4711, 100);    // any client, a session id per call
        // README:end
    }

    SessionLogClient pinnedContract() {
        // README:begin pin-contract
        SessionLogClient client = SessionLogClient.builder()
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
                case AUTHENTICATION -> relogin();               // session id invalid or expired
                case AUTHORIZATION -> deny(userId);             // may not see this user's sessions
                default -> log.warn(e.getMessage());
            }
        } catch (EcGridOsTransportException e) {              // includes EcGridOsTimeoutException
            retryLater(e.httpStatus());
        }
        // README:end
        return sessions;
    }

    private final Log log = new Log();

    private void relogin() {
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
