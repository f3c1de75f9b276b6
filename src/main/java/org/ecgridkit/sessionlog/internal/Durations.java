package org.ecgridkit.sessionlog.internal;

import java.time.Duration;

/** Writes durations for people: {@code 250 ms}, {@code 2 s}, {@code 1.5 s}, not ISO-8601's {@code PT1.5S}. */
public final class Durations {

    private Durations() {
    }

    /**
     * Writes a duration for people.
     *
     * @param duration the duration
     * @return e.g. {@code 250 ms} or {@code 1.5 s}
     */
    public static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 1000 == 0) {
            return millis / 1000 + " s";
        }
        return String.format(java.util.Locale.ROOT, "%.3f s", millis / 1000.0).replaceAll("0+ s$", " s");
    }
}
