package org.ecgridkit.sessionlog.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Warms a fork up on its set-up thread alone until the JIT compilers have gone quiet, before JMH's
 * own warm-up (at the measured thread count, in throughput forks). Per-call forks need it too: the
 * SDK's call path (the RI, JAXB, our transport) is far larger than the baseline's, and on a busy
 * machine its 1-record CPU per call was still falling through the measured iterations after JMH's
 * 4 s warm-up.
 *
 * <p>Why: on two cores, a fork's few compiler threads share the CPU with every benchmark thread and
 * the loopback server. With 8 busy callers they get a small slice, the compile queue backs up, and
 * the hottest loop of a call (Woodstox's {@code UTF8Reader.read}, which decodes every response
 * byte) runs unoptimised for 10 to 20 s: JFR showed its C2 compilation finishing 18 s into an
 * 8-thread fork, the SDK at about 420 calls/s until then and 1,200 to 1,800 right after (lock events on), and
 * a recorded fork of the baseline (c) never got it compiled in 25 s. A fixed JMH warm-up of 4 s therefore measured
 * the JIT rather than the client at 8 threads, and sometimes at 1. One calling thread leaves the
 * compilers most of a core; {@link CompilationMXBean} says when they have run out of work, which
 * is the condition that matters, however busy the machine is.
 *
 * <p>The warm-up ends after two consecutive windows with at most {@link #QUIET_MILLIS} of
 * compilation, or at the time cap, whichever comes first; it prints what it did, so that a fork
 * that hit the cap is visible in the log.
 */
final class JitWarmup {
    /** System property with the warm-up's time cap in milliseconds; unset or 0: no warm-up. */
    static final String MAX_MILLIS_PROPERTY = "bench.jitWarmupMaxMillis";

    private static final long WINDOW_MILLIS = 500;
    /** At most this much compilation in a window counts as quiet: 2% of it, summed over compiler threads. */
    private static final long QUIET_MILLIS = 10;
    private static final int QUIET_WINDOWS = 2;

    private JitWarmup() {
    }

    /**
     * Calls {@code call} in a loop on this thread until the compilers go quiet or the cap set by
     * {@link #MAX_MILLIS_PROPERTY} is reached; does nothing when it is not set.
     *
     * @param call one benchmark call
     */
    static void untilCompilerQuiet(Runnable call) {
        long maxMillis = Long.getLong(MAX_MILLIS_PROPERTY, 0);
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (maxMillis <= 0 || jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long start = System.nanoTime();
        long calls = 0;
        int quiet = 0;
        long compiledInWindow = -1;
        while (quiet < QUIET_WINDOWS && elapsedMillis(start) < maxMillis) {
            long windowEnd = System.nanoTime() + WINDOW_MILLIS * 1_000_000;
            long compiled = jit.getTotalCompilationTime();
            while (System.nanoTime() < windowEnd) {
                call.run();
                calls++;
            }
            compiledInWindow = jit.getTotalCompilationTime() - compiled;
            quiet = compiledInWindow <= QUIET_MILLIS ? quiet + 1 : 0;
        }
        System.out.printf(Locale.ROOT, "# JIT warm-up on 1 thread: %.1f s, %d calls, %s (%d ms compiling in the last %d ms)%n",
                elapsedMillis(start) / 1000.0, calls, quiet >= QUIET_WINDOWS ? "compilers quiet" : "time cap reached",
                compiledInWindow, WINDOW_MILLIS);
    }

    private static long elapsedMillis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
