package org.ecgridkit.sessionlog.example;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;

public class QuickStart {

    public static void main(String[] args) {
        String sessionId = System.getenv("ECGRID_SESSION_ID"); // a Login token or an API key
        printSessions(SessionLogClient.DEFAULT_ENDPOINT, sessionId, System.out);
    }

    static void printSessions(URI endpoint, String sessionId, PrintStream out) {
        try (SessionLogClient client = SessionLogClient.builder().endpoint(endpoint).build()) {
            List<SessionRecord> sessions = client.sessionLog(sessionId, 0, 20); // 0 = my own user
            for (SessionRecord s : sessions) {
                out.printf("%s -> %s  user %d  mailbox %d  lasted %s%n",
                        s.created(), s.expires(), s.userId(), s.mailboxId(), s.duration());
            }
        } catch (EcGridOsFaultException e) {
            if (e.category() == ErrorCategory.AUTHENTICATION) {
                out.println("The session id is invalid or expired: log in again.");
            } else {
                out.println("ECGridOS refused the call: " + e.faultString());
            }
        } catch (EcGridOsException e) {
            out.println("SessionLog failed: " + e.getMessage());
        }
    }
}
