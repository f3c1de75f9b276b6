package org.ecgridkit.sessionlog;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a call ended in, and how long it took: records or an {@link EcGridOsException}. Any other
 * exception escapes, failing the test that made the call.
 *
 * @param records the records, or null when the call failed
 * @param failure the failure, or null when the call returned
 * @param elapsed wall time of the call
 */
record Outcome(List<SessionRecord> records, EcGridOsException failure, Duration elapsed) {

    static Outcome of(Supplier<List<SessionRecord>> call) {
        long start = System.nanoTime();
        try {
            List<SessionRecord> records = call.get();
            return new Outcome(records, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (EcGridOsException failure) {
            return new Outcome(null, failure, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
