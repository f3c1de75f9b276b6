package org.ecgridkit.sessionlog.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecgridkit.sessionlog.SessionRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One SessionLog call of one candidate against the in-process loopback server, answered with
 * {@code records} canned records. {@link BenchMain} runs it in average-time mode (per call, with the
 * GC profiler for bytes per call) and in throughput mode with 1 to 8 threads sharing the one client
 * ({@link Scope#Benchmark} state).
 *
 * <p>Each fork builds only its own candidate, so no other SOAP stack's classes are loaded or warmed
 * up in it. Setup checks that the candidate returns exactly the canned records, so no candidate
 * can win by doing less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionLogBenchmark {
    /** The session id every call sends. */
    static final String SESSION_ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";

    /** Which client: a name of {@link Candidate}. */
    @Param({"SDK", "STOCK_PORT", "HAND_WRITTEN", "CXF"})
    public String candidate;

    /** How many records the answer carries. */
    @Param({"1", "100", "10000"})
    public int records;

    private LoopbackSoapServer server;
    private SessionLogCandidate client;

    /**
     * Starts the server, builds the candidate, checks its answer, and in throughput forks warms it
     * up on this one thread until the JIT has compiled the call path ({@link JitWarmup}).
     *
     * @throws IOException if the server cannot start
     */
    @Setup
    public void setUp() throws IOException {
        server = LoopbackSoapServer.start(records);
        client = Candidate.valueOf(candidate).open(server.endpoint(records));
        String expected = CannedSessionLog.fingerprint(CannedSessionLog.records(records));
        String actual = CannedSessionLog.fingerprint(client.sessionLog(SESSION_ID, 0, records));
        if (!expected.equals(actual)) {
            throw new IllegalStateException(candidate + " returned " + actual + ", expected " + expected);
        }
        JitWarmup.untilCompilerQuiet(() -> client.sessionLog(SESSION_ID, 0, records));
    }

    /**
     * Stops the client and the server.
     *
     * @throws IOException if the server fails to close
     */
    @TearDown
    public void tearDown() throws IOException {
        client.close();
        server.close();
    }

    /**
     * One call; the records go to JMH's blackhole.
     *
     * @param cpu where the calling thread's CPU time is added up
     * @return the mapped records
     */
    @Benchmark
    public List<SessionRecord> sessionLog(ClientCpuTime cpu) {
        long start = ClientCpuTime.now();
        List<SessionRecord> result = client.sessionLog(SESSION_ID, 0, records);
        cpu.add(start);
        return result;
    }
}
