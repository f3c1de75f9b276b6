package org.ecgridkit.sessionlog.bench;

import java.util.List;
import org.ecgridkit.sessionlog.SessionRecord;

/** One way of calling SessionLog that the benchmarks compare; each maps the answer to the same records. */
public interface SessionLogCandidate extends AutoCloseable {

    /**
     * Calls SessionLog once.
     *
     * @param sessionId the session token
     * @param userId the user, 0 for the session's own
     * @param maxRecords the most records to return
     * @return the mapped records
     */
    List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords);

    /**
     * The SOAP stack this candidate runs on, as the class name of its runtime's port object (for
     * the check that the SDK really runs on the JAX-WS RI and CXF on CXF, though both register as
     * the {@code jakarta.xml.ws} provider in the benchmark JVM).
     *
     * @return a class name, or {@code "none"} for the hand-written client
     */
    String runtime();

    @Override
    void close();
}
