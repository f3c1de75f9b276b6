package org.ecgridkit.sessionlog.bench;

import java.net.URI;
import java.util.List;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Candidate (a): the SDK as a user builds it, default settings but the endpoint and the contract.
 * The contract is pinned to {@link ServiceContract#DOCUMENTED} because the canned answers are
 * documented-contract responses: on the default {@code AUTO} the client's first call would try the
 * published contract, get a documented answer and fall back, and from then on send one request per
 * call anyway; pinning makes every call, the first included, one request, as for (b), (c) and (d).
 */
final class SdkCandidate implements SessionLogCandidate {
    private final SessionLogClient client;

    SdkCandidate(URI endpoint) {
        this.client = SessionLogClient.builder().endpoint(endpoint).contract(ServiceContract.DOCUMENTED).build();
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
