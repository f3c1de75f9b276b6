package org.ecgridkit.sessionlog.example;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import org.ecgridkit.sessionlog.Credentials;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;

public class QuickStart {

    public static void main(String[] args) {
        String loginName = System.getenv("ECGRID_LOGIN");
        String password = System.getenv("ECGRID_PASSWORD");
        if (loginName == null || loginName.isBlank() || password == null || password.isEmpty()) {
            System.err.println("Set ECGRID_LOGIN and ECGRID_PASSWORD to your ECGridOS login name and password.");
            System.exit(2);
        }
        Credentials credentials = Credentials.login(loginName, password.toCharArray());
        boolean printed = printSessions(SessionLogClient.DEFAULT_ENDPOINT, credentials, System.out);
        System.exit(printed ? 0 : 1);
    }

    /** Prints the sessions, or what went wrong; returns whether the sessions were printed. */
    static boolean printSessions(URI endpoint, Credentials credentials, PrintStream out) {
        // One client for the whole application: it logs in on the first call and out on close().
        try (SessionLogClient client = SessionLogClient.builder()
                .endpoint(endpoint)
                .credentials(credentials)
                .build()) {
            List<SessionRecord> sessions = client.sessionLog(SessionLogQuery.ownSessions().maxRecords(20));
            for (SessionRecord s : sessions) {
                out.printf("%s -> %s  %-7s user %d  mailbox %d  %d API calls%n",
                        s.created(), s.expires(), s.status(), s.userId(), s.mailboxId(), s.events().size());
            }
            return true;
        } catch (EcGridOsFaultException e) {
            if (e.category() == ErrorCategory.AUTHENTICATION) {
                out.println("ECGridOS refused the login name or password.");
            } else {
                out.println("ECGridOS refused the call: " + e.faultString());
            }
        } catch (EcGridOsException e) {
            out.println(e.getMessage()); // e.g. "SessionLog failed on the network: ..."
        }
        return false;
    }
}
