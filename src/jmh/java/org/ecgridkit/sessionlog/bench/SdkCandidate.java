package org.ecgridkit.sessionlog.bench;

import java.net.URI;
import java.util.List;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;

/** Candidate (a): the SDK exactly as a user builds it, with default settings but the endpoint. */
final class SdkCandidate implements SessionLogCandidate {
    private final SessionLogClient client;

    SdkCandidate(URI endpoint) {
        this.client = SessionLogClient.builder().endpoint(endpoint).build();
    }

    @Override
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        return client.sessionLog(sessionId, userId, maxRecords);
    }

    @Override
    public String runtime() {
        return SoapRuntimeFinder.find(client);
    }

    @Override
    public void close() {
        client.close();
    }
}
