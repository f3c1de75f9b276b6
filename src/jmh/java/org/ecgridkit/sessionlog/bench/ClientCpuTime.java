package org.ecgridkit.sessionlog.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the calling thread spends per call, reported by JMH next to wall time as the secondary
 * results {@code cpuNanos} and {@code calls}.
 *
 * <p>Why: on a shared two-core machine wall time per call mostly measures how long the client and
 * the loopback server wait to be scheduled, which has nothing to do with the client. The client
 * thread's own CPU time is far less sensitive to that, so it shows the client's cost even when
 * wall time is noise. (It leaves out the server's work, which is the same for every candidate.)
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ClientCpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds of the calling thread inside calls, this iteration. */
    public long cpuNanos;
    /** Calls counted this iteration. */
    public long calls;

    /** Counters restart with every iteration; JMH sums them over the measured ones. */
    @Setup(Level.Iteration)
    public void reset() {
        cpuNanos = 0;
        calls = 0;
    }

    static long now() {
        return THREADS.getCurrentThreadCpuTime();
    }

    void add(long startCpuNanos) {
        cpuNanos += THREADS.getCurrentThreadCpuTime() - startCpuNanos;
        calls++;
    }
}
