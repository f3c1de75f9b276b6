package org.ecgridkit.sessionlog.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Maps instants to x positions for the timeline, cutting out long idle gaps. Sessions of an hour
 * spread over a week would be slivers on a plain axis; so where nothing happens for more than a
 * tenth of the whole range, the axis skips ahead, and the gap is drawn at a fixed narrow width
 * instead. (Gaps that long add up to less than the range, so there are at most nine.) Between gaps
 * the scale is linear and the same everywhere, so bar lengths stay comparable.
 */
final class TimeScale {

    /** What a cut-out gap takes on the axis. */
    static final double GAP_WIDTH = 28;
    /** A gap is cut out when it is longer than this share of the whole range. */
    private static final int GAP_SHARE = 10;
    /** The least margin at each end of a stretch; it also gives a range of no length (one instant) a scale. */
    private static final Duration LEAST_MARGIN = Duration.ofSeconds(30);

    /**
     * A stretch of the axis drawn to scale.
     *
     * @param from its first instant
     * @param to its last instant
     * @param x where {@code from} is drawn
     */
    record Segment(Instant from, Instant to, double x) {
    }

    private final List<Segment> segments;
    private final double unitsPerMilli;

    /**
     * Lays out intervals (each a start and an end; either order) from {@code left} to {@code right}.
     */
    TimeScale(List<Instant[]> intervals, double left, double right) {
        List<Instant[]> sorted = new ArrayList<>();
        for (Instant[] interval : intervals) {
            boolean ordered = !interval[1].isBefore(interval[0]);
            sorted.add(ordered ? interval : new Instant[] {interval[1], interval[0]});
        }
        sorted.sort(Comparator.comparing(i -> i[0]));
        Instant first = sorted.get(0)[0];
        Instant last = sorted.stream().map(i -> i[1]).max(Comparator.naturalOrder()).orElseThrow();
        Duration range = Duration.between(first, last);
        // Merge into busy stretches, cutting where the idle time is long.
        Duration longGap = range.dividedBy(GAP_SHARE);
        List<Instant[]> busy = new ArrayList<>();
        for (Instant[] interval : sorted) {
            Instant[] current = busy.isEmpty() ? null : busy.get(busy.size() - 1);
            if (current != null && Duration.between(current[1], interval[0]).compareTo(longGap) <= 0) {
                current[1] = interval[1].isAfter(current[1]) ? interval[1] : current[1];
            } else {
                busy.add(new Instant[] {interval[0], interval[1]});
            }
        }
        Duration active = busy.stream().map(b -> Duration.between(b[0], b[1])).reduce(Duration.ZERO, Duration::plus);
        // A margin at each end of a stretch, so that no mark sits on an edge or a gap.
        Duration margin = active.dividedBy(40L * busy.size());
        margin = margin.compareTo(LEAST_MARGIN) < 0 ? LEAST_MARGIN : margin;
        double width = right - left - GAP_WIDTH * (busy.size() - 1);
        long millis = active.plus(margin.multipliedBy(2L * busy.size())).toMillis();
        unitsPerMilli = width / millis;
        segments = new ArrayList<>();
        double x = left;
        for (Instant[] b : busy) {
            Segment segment = new Segment(b[0].minus(margin), b[1].plus(margin), x);
            segments.add(segment);
            x += Duration.between(segment.from(), segment.to()).toMillis() * unitsPerMilli + GAP_WIDTH;
        }
    }

    /** The stretches drawn to scale, in time order; a gap lies between each two. */
    List<Segment> segments() {
        return segments;
    }

    /** The time drawn to scale, all stretches together. */
    Duration scaled() {
        return segments.stream().map(s -> Duration.between(s.from(), s.to())).reduce(Duration.ZERO, Duration::plus);
    }

    /** Where an instant is drawn: in its stretch, or at the nearer edge of the stretch before a gap it falls in. */
    double x(Instant t) {
        Segment last = segments.get(0);
        for (Segment s : segments) {
            if (t.isBefore(s.from())) {
                return s == last ? s.x() : end(last);
            }
            last = s;
            if (!t.isAfter(s.to())) {
                return s.x() + Duration.between(s.from(), t).toMillis() * unitsPerMilli;
            }
        }
        return end(last);
    }

    /** Where a stretch ends on the axis. */
    double end(Segment s) {
        return s.x() + Duration.between(s.from(), s.to()).toMillis() * unitsPerMilli;
    }
}
