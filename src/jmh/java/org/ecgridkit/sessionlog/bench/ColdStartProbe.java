package org.ecgridkit.sessionlog.bench;

import java.net.URI;
import java.util.List;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * The program each cold-start JVM runs: build a client, make one call, print
 * {@code first-result N} and exit. {@link ColdStart} times the process from launch to that line.
 *
 * <p>Deliberately plain: no lambdas, no string concatenation, no enum lookups, nothing that would add
 * start-up work of its own (each of those bootstraps method handles on first use). The SDK is
 * pinned to the documented contract, as in the per-call benchmark ({@link SdkCandidate}), so its
 * first call is one request, as the baseline's is.
 */
public final class ColdStartProbe {
    /** The marker line that ends the timed part. */
    static final String MARKER = "first-result ";

    private ColdStartProbe() {
    }

    /**
     * @param args a {@link Candidate} name ({@code SDK} or {@code HAND_WRITTEN}), the endpoint, and
     *     the record count to ask for
     */
    public static void main(String[] args) {
        URI endpoint = URI.create(args[1]);
        int maxRecords = Integer.parseInt(args[2]);
        List<SessionRecord> records;
        if (args[0].equals("SDK")) {
            try (SessionLogClient client = SessionLogClient.builder().endpoint(endpoint)
                    .contract(ServiceContract.DOCUMENTED).build()) {
                records = client.sessionLog(SessionLogBenchmark.SESSION_ID, 0, maxRecords);
            }
        } else if (args[0].equals("HAND_WRITTEN")) {
            records = new HandWrittenClient(endpoint).sessionLog(SessionLogBenchmark.SESSION_ID, 0, maxRecords);
        } else {
            throw new IllegalArgumentException("no cold-start probe for this candidate");
        }
        System.out.print(MARKER);
        System.out.println(records.size());
        System.out.flush();
    }
}
