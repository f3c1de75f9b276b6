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
 * methods by self time and by total time, and the biggest allocation sites, counting only the
 * benchmark's own threads (JMH workers) so that the loopback server's work stays out of the picture.
 *
 * <p>Usage: {@code java -cp target/test-classes org.ecgridkit.sessionlog.bench.JfrTopFrames
 * profile.jfr [rows]}.
 */
public final class JfrTopFrames {
    private static final String THREAD = "jmh-worker";

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
        long samples = 0;
        long allocated = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String name = event.getEventType().getName();
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
                allocations.merge(type + " <- " + method(frames.get(0)) + " <- " + caller(frames), weight, Long::sum);
            }
        }
        print("self time, % of " + samples + " samples", self, samples, rows);
        print("total time (on stack), % of " + samples + " samples", total, samples, rows);
        print("allocation sites, % of " + allocated / 1024 + " KiB sampled", allocations, allocated, rows);
    }

    private static boolean fromBenchmarkThread(RecordedEvent event, boolean executionSample) {
        var thread = event.getThread(executionSample ? "sampledThread" : "eventThread");
        return thread != null && thread.getJavaName() != null && thread.getJavaName().contains(THREAD);
    }

    /** The first frame outside the JDK's collections and the allocating method itself: who asked. */
    private static String caller(List<RecordedFrame> frames) {
        for (int i = 1; i < frames.size(); i++) {
            String m = method(frames.get(i));
            if (!m.startsWith("java.") && !m.startsWith("jdk.") && !m.startsWith("sun.")) {
                return m;
            }
        }
        return frames.size() > 1 ? method(frames.get(1)) : "";
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
