package org.ecgridkit.sessionlog.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of a benchmark fork (as {@code -prof jfr} writes it): the hottest
 * methods by self time and by total time, the biggest allocation sites and allocated types, and
 * where the calling threads blocked, counting only the benchmark's own threads (JMH workers) so
 * that the loopback server's work stays out of the picture.
 *
 * <p>The blocking table needs a recording with {@code jdk.JavaMonitorEnter}, {@code jdk.JavaMonitorWait}
 * and {@code jdk.ThreadPark} enabled at a low threshold (JFR's {@code profile} settings record only
 * waits of 10 ms or more, which a contended lock on a sub-millisecond call never reaches). It groups
 * the waits by the lock's class and the place that took it (the first frame outside the JDK's lock
 * and park machinery), with the first frame outside the JDK as the caller: a lock on the hot path
 * shows up there, with how often and how long the callers waited.
 *
 * <p>Usage: {@code java -cp target/test-classes org.ecgridkit.sessionlog.bench.JfrTopFrames
 * profile.jfr [rows]}.
 */
public final class JfrTopFrames {
    private static final String THREAD = "jmh-worker";

    /** The blocking events, each with the field that names what the thread blocked on. */
    private static final Map<String, String> BLOCKING = Map.of(
            "jdk.JavaMonitorEnter", "monitorClass",
            "jdk.JavaMonitorWait", "monitorClass",
            "jdk.ThreadPark", "parkedClass");

    private JfrTopFrames() {
    }

    /**
     * @param args the recording, and optionally how many rows per table (default 25)
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> allocations = new HashMap<>();
        Map<String, Long> allocatedTypes = new HashMap<>();
        Map<String, long[]> waits = new HashMap<>();
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String name = event.getEventType().getName();
            String blockedOn = BLOCKING.get(name);
            if (blockedOn != null) {
                addWait(event, blockedOn, waits);
                continue;
            }
            boolean sample = name.equals("jdk.ExecutionSample");
            if (!sample && !name.equals("jdk.ObjectAllocationSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty() || !fromBenchmarkThread(event, sample)) {
                continue;
            }
            List<RecordedFrame> frames = stack.getFrames();
            if (sample) {
                samples++;
                self.merge(method(frames.get(0)), 1L, Long::sum);
                Set<String> onStack = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    onStack.add(method(frame));
                }
                onStack.forEach(m -> total.merge(m, 1L, Long::sum));
            } else {
                long weight = event.getLong("weight");
                allocated += weight;
                String type = event.getClass("objectClass").getName();
                allocations.merge(type + " <- " + method(frames.get(0)) + " <- " + caller(frames, 1), weight, Long::sum);
                allocatedTypes.merge(type, weight, Long::sum);
            }
        }
        print("self time, % of " + samples + " samples", self, samples, rows);
        print("total time (on stack), % of " + samples + " samples", total, samples, rows);
        print("allocation sites, % of " + allocated / 1024 + " KiB sampled", allocations, allocated, rows);
        print("allocated types, % of " + allocated / 1024 + " KiB sampled", allocatedTypes, allocated, rows);
        printWaits(waits, rows);
    }

    /** Adds one wait of a benchmark thread to its group: count and nanoseconds. */
    private static void addWait(RecordedEvent event, String blockedOnField, Map<String, long[]> waits) {
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty() || !fromBenchmarkThread(event, false)) {
            return;
        }
        List<RecordedFrame> frames = stack.getFrames();
        int site = 0;
        while (site < frames.size() - 1 && isLockMachinery(method(frames.get(site)))) {
            site++;
        }
        String caller = caller(frames, site + 1);
        if (isHarness(caller)) {
            return;
        }
        var blockedOn = event.getClass(blockedOnField);
        String kind = event.getEventType().getName().substring("jdk.".length());
        String key = kind + " " + (blockedOn == null ? "?" : blockedOn.getName()) + " @ " + method(frames.get(site))
                + " <- " + caller;
        long[] sum = waits.computeIfAbsent(key, k -> new long[2]);
        sum[0]++;
        sum[1] += event.getDuration().toNanos();
    }

    /**
     * Whether a wait belongs to JMH rather than to a call: its iteration barriers and idle worker
     * pool, whose waits have no caller outside the JDK or one in JMH's own code.
     */
    private static boolean isHarness(String caller) {
        return caller.startsWith("java.") || caller.startsWith("jdk.") || caller.startsWith("sun.")
                || caller.startsWith("org.openjdk.jmh.") || caller.contains(".jmh_generated.");
    }

    /** The JDK's own lock, park and wait frames, which say nothing about whose lock it is. */
    private static boolean isLockMachinery(String method) {
        return method.startsWith("java.util.concurrent.locks.") || method.startsWith("jdk.internal.misc.Unsafe.")
                || method.equals("java.lang.Object.wait");
    }

    private static void printWaits(Map<String, long[]> waits, int rows) {
        long count = waits.values().stream().mapToLong(w -> w[0]).sum();
        long nanos = waits.values().stream().mapToLong(w -> w[1]).sum();
        System.out.println(String.format(Locale.ROOT, "== blocking of benchmark threads: %d waits, %.1f ms in all"
                + " (count, total ms, mean µs, kind and lock class @ where <- caller)", count, nanos / 1e6));
        waits.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .limit(rows)
                .forEach(e -> System.out.println(String.format(Locale.ROOT, "%7d %9.1f %8.1f  %s", e.getValue()[0],
                        e.getValue()[1] / 1e6, e.getValue()[1] / 1e3 / e.getValue()[0], e.getKey())));
        System.out.println();
    }

    private static boolean fromBenchmarkThread(RecordedEvent event, boolean executionSample) {
        var thread = event.getThread(executionSample ? "sampledThread" : "eventThread");
        return thread != null && thread.getJavaName() != null && thread.getJavaName().contains(THREAD);
    }

    /** The first frame from {@code from} on that is outside the JDK: who asked. */
    private static String caller(List<RecordedFrame> frames, int from) {
        for (int i = from; i < frames.size(); i++) {
            String m = method(frames.get(i));
            if (!m.startsWith("java.") && !m.startsWith("jdk.") && !m.startsWith("sun.")) {
                return m;
            }
        }
        return frames.size() > from ? method(frames.get(from)) : "";
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Long> counts, long whole, int rows) {
        System.out.println("== " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(rows)
                .forEach(e -> System.out.println(String.format(Locale.ROOT, "%6.1f%%  %s",
                        100.0 * e.getValue() / Math.max(1, whole), e.getKey())));
        System.out.println();
    }
}
