package org.ecgridkit.sessionlog.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionLogSummary;
import org.ecgridkit.sessionlog.SessionLogSummary.SessionSpan;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;

/**
 * The HTML report's timeline: an inline SVG with one row a session, oldest first, and a bar from
 * its creation to its end (or expiry), coloured by status, with a mark for each API call; failed
 * calls are red diamonds that stand out from the small ticks of the others. Long idle gaps are cut
 * out of the time axis ({@link TimeScale}) and shown as a narrow band. Every bar and mark
 * carries a {@code <title>}, which a browser shows on hover, and each session is focusable, so its
 * details are there without a script. The time axis is in UTC.
 *
 * <p>Geometry is in the SVG's own units (the report scales it to the page width); positions are
 * rounded to a tenth of a unit so that the output is the same on every machine.
 */
final class TimelineSvg {

    private static final int WIDTH = 1120;
    private static final int LABEL_WIDTH = 190;
    private static final int RIGHT_MARGIN = 24;
    private static final int AXIS_HEIGHT = 34;
    private static final int ROW_HEIGHT = 26;
    private static final int BAR_HEIGHT = 14;
    private static final int LEGEND_HEIGHT = 36;
    /** A session of a few seconds in a log of weeks would be invisible: every bar is at least this wide. */
    private static final double MIN_BAR_WIDTH = 3;
    private static final int MAX_TICKS = 8;
    private static final double MIN_LABEL_DISTANCE = 80;
    /** Characters of a session id that fit the label column beside the user id. */
    private static final int MAX_LABEL = 14;
    /** Tick spacings to choose from, each a whole unit a reader counts in. */
    private static final List<Duration> TICK_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
            Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7),
            Duration.ofDays(14), Duration.ofDays(28), Duration.ofDays(91), Duration.ofDays(364));
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final StringBuilder svg = new StringBuilder();
    private final TimeScale scale;

    private TimelineSvg(TimeScale scale) {
        this.scale = scale;
    }

    /**
     * The timeline of the sessions, or an empty string when there are none (the report says so
     * instead of drawing an empty chart).
     */
    static String of(List<SessionRecord> records, SessionLogSummary summary, UnaryOperator<String> sessionIds) {
        if (summary.period().isEmpty()) {
            return "";
        }
        List<SessionSpan> spans = records.stream().map(SessionSpan::of)
                .sorted(Comparator.comparing(SessionSpan::start)).toList();
        // Every session and every call is on the axis, a call the service dated outside its session too.
        List<Instant[]> intervals = new ArrayList<>();
        for (SessionSpan span : spans) {
            intervals.add(new Instant[] {span.start(), span.end()});
            span.session().events().forEach(e -> intervals.add(new Instant[] {e.at(), e.at()}));
        }
        TimelineSvg timeline = new TimelineSvg(new TimeScale(intervals, LABEL_WIDTH, WIDTH - RIGHT_MARGIN));
        timeline.draw(spans, sessionIds, summary.callsReported());
        return timeline.svg.toString();
    }

    private void draw(List<SessionSpan> spans, UnaryOperator<String> sessionIds, boolean calls) {
        int bottom = AXIS_HEIGHT + spans.size() * ROW_HEIGHT;
        int height = bottom + LEGEND_HEIGHT;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"timeline-title\">\n")
                .append("<title id=\"timeline-title\">Timeline of ").append(SummarySections.plural(spans.size(), "session"))
                .append(", times in UTC</title>\n");
        axis(bottom);
        for (int i = 0; i < spans.size(); i++) {
            row(spans.get(i), AXIS_HEIGHT + i * ROW_HEIGHT, sessionIds);
        }
        legend(bottom + 14, spans, calls);
        svg.append("</svg>\n");
    }

    /** Ticks at whole hours (or minutes, or days) in UTC, the same spacing in every stretch; a band for each gap cut out. */
    private void axis(int bottom) {
        Duration scaled = scale.scaled();
        Duration step = TICK_STEPS.stream().filter(s -> scaled.dividedBy(s) < MAX_TICKS).findFirst()
                .orElse(TICK_STEPS.get(TICK_STEPS.size() - 1));
        DateTimeFormatter labels = step.compareTo(Duration.ofDays(1)) < 0 ? TIME_OF_DAY : DAY;
        long stepSeconds = step.getSeconds();
        svg.append("<g class=\"axis\">\n");
        List<TimeScale.Segment> segments = scale.segments();
        // Labels are about 70 units wide: a tick too close to the last labelled one (across a gap, say) is left out.
        double lastLabel = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < segments.size(); i++) {
            TimeScale.Segment segment = segments.get(i);
            long firstTick = Math.floorDiv(segment.from().getEpochSecond() + stepSeconds - 1, stepSeconds) * stepSeconds;
            for (long t = firstTick; t <= segment.to().getEpochSecond(); t += stepSeconds) {
                Instant tick = Instant.ofEpochSecond(t);
                if (scale.x(tick) - lastLabel < MIN_LABEL_DISTANCE) {
                    continue;
                }
                lastLabel = scale.x(tick);
                String x = number(lastLabel);
                svg.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(AXIS_HEIGHT - 6)
                        .append("\" x2=\"").append(x).append("\" y2=\"").append(bottom).append("\"/>")
                        .append("<text x=\"").append(x).append("\" y=\"").append(AXIS_HEIGHT - 12)
                        // A label at the right edge would be cut off in the middle.
                        .append("\" text-anchor=\"").append(lastLabel > WIDTH - RIGHT_MARGIN - 40 ? "end" : "middle")
                        .append("\">").append(labels.format(tick)).append("</text>\n");
            }
            if (i + 1 < segments.size()) {
                gap(segment, segments.get(i + 1), bottom);
            }
        }
        svg.append("</g>\n");
    }

    /** The band where the axis skips an idle gap, saying how long it was. */
    private void gap(TimeScale.Segment before, TimeScale.Segment after, int bottom) {
        double x = scale.end(before);
        Duration idle = Duration.between(before.to(), after.from());
        svg.append("<g class=\"gap\"><title>").append(HtmlText.escape("No activity from " + before.to() + " to "
                        + after.from() + " (" + TableWriter.hoursMinutesSeconds(idle) + "), cut out of the axis"))
                .append("</title><rect x=\"").append(number(x + 4)).append("\" y=\"").append(AXIS_HEIGHT - 6)
                .append("\" width=\"").append(number(TimeScale.GAP_WIDTH - 8)).append("\" height=\"")
                .append(bottom - AXIS_HEIGHT + 6).append("\"/></g>\n");
    }

    private void row(SessionSpan span, int top, UnaryOperator<String> sessionIds) {
        SessionRecord r = span.session();
        String status = r.status().name().toLowerCase(Locale.ROOT);
        double barTop = top + (ROW_HEIGHT - BAR_HEIGHT) / 2.0;
        double start = x(span.start());
        double width = Math.max(MIN_BAR_WIDTH, x(span.end()) - start);
        String id = HtmlText.escape(label(SummarySections.sessionId(r, sessionIds)));
        svg.append("<g class=\"session ").append(status).append("\" tabindex=\"0\">")
                .append("<title>").append(lines(details(span, sessionIds))).append("</title>\n")
                .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 10).append("\" y=\"").append(number(barTop + BAR_HEIGHT - 2))
                .append("\" text-anchor=\"end\">").append(id).append(", user ").append(r.userId()).append("</text>\n")
                .append("<rect class=\"bar\" x=\"").append(number(start)).append("\" y=\"").append(number(barTop))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(BAR_HEIGHT)
                .append("\" rx=\"2\"/>\n");
        double middle = barTop + BAR_HEIGHT / 2.0;
        // Successful calls first, so that a failed call's diamond is drawn on top of any tick.
        r.events().stream().filter(e -> !e.failed()).forEach(e -> tick(e, barTop));
        r.events().stream().filter(SessionEvent::failed).forEach(e -> diamond(e, middle));
        svg.append("</g>\n");
    }

    private void tick(SessionEvent e, double barTop) {
        String x = number(x(e.at()));
        svg.append("<line class=\"call\" x1=\"").append(x).append("\" y1=\"").append(number(barTop - 2))
                .append("\" x2=\"").append(x).append("\" y2=\"").append(number(barTop + BAR_HEIGHT + 2)).append("\">")
                .append("<title>").append(lines(call(e, ""))).append("</title></line>\n");
    }

    private void diamond(SessionEvent e, double middle) {
        double x = x(e.at());
        svg.append("<path class=\"call failed\" d=\"M").append(number(x)).append(' ').append(number(middle - 8))
                .append(" l7 8 l-7 8 l-7 -8 z\"><title>").append(lines(call(e, "FAILED ")))
                .append("</title></path>\n");
    }

    private void legend(int y, List<SessionSpan> spans, boolean calls) {
        svg.append("<g class=\"legend\">\n");
        int x = LABEL_WIDTH;
        for (SessionStatus status : SessionStatus.values()) {
            if (spans.stream().noneMatch(s -> s.session().status() == status)) {
                continue;
            }
            String name = status.name().toLowerCase(Locale.ROOT);
            svg.append("<g class=\"session ").append(name).append("\"><rect class=\"bar\" x=\"").append(x).append("\" y=\"")
                    .append(y).append("\" width=\"22\" height=\"12\" rx=\"2\"/></g>")
                    .append("<text x=\"").append(x + 28).append("\" y=\"").append(y + 11).append("\">")
                    .append(status == SessionStatus.UNKNOWN ? "status not reported" : name).append("</text>\n");
            x += status == SessionStatus.UNKNOWN ? 170 : 110;
        }
        if (calls) {
            svg.append("<line class=\"call\" x1=\"").append(x + 6).append("\" y1=\"").append(y - 2).append("\" x2=\"")
                    .append(x + 6).append("\" y2=\"").append(y + 14).append("\"/>")
                    .append("<text x=\"").append(x + 16).append("\" y=\"").append(y + 11).append("\">API call</text>\n");
            x += 100;
            svg.append("<path class=\"call failed\" d=\"M").append(x + 7).append(' ').append(y - 2)
                    .append(" l7 8 l-7 8 l-7 -8 z\"/>")
                    .append("<text x=\"").append(x + 20).append("\" y=\"").append(y + 11).append("\">failed call</text>\n");
        }
        svg.append("</g>\n");
    }

    /** A session id short enough for the label column (a full one, with --show-tokens, is not); the title has it whole. */
    private static String label(String sessionId) {
        return sessionId.length() <= MAX_LABEL ? sessionId : sessionId.substring(0, MAX_LABEL - 1) + "\u2026";
    }

    /** What hovering a session's bar shows, a line each: who, status, when, how long, its calls and version. */
    private static List<String> details(SessionSpan span, UnaryOperator<String> sessionIds) {
        SessionRecord r = span.session();
        long failed = r.events().stream().filter(SessionEvent::failed).count();
        String end = r.ended().map(ended -> "ended " + ended)
                .orElse((r.status() == SessionStatus.OPEN ? "open, expires " : "expires ") + r.expires());
        List<String> lines = new ArrayList<>();
        lines.add("Session " + SummarySections.sessionId(r, sessionIds) + ", user " + r.userId() + ", " + r.status().name());
        lines.add("created " + r.created() + ", " + end + " (" + TableWriter.hoursMinutesSeconds(span.duration()) + ")");
        lines.add(SummarySections.plural(r.events().size(), "API call") + (failed > 0 ? ", " + failed + " failed" : ""));
        r.version().ifPresent(v -> lines.add("version " + v));
        return lines;
    }

    /** What hovering a call's mark shows: the call, and the service's comment on a line of its own. */
    private static List<String> call(SessionEvent e, String prefix) {
        List<String> lines = new ArrayList<>();
        lines.add(prefix + e.apiCall() + " at " + e.at() + ": " + e.returnCode() + " (" + e.elapsed().toMillis() + " ms)"
                + e.ip().map(ip -> " from " + ip).orElse(""));
        e.comment().ifPresent(lines::add);
        return lines;
    }

    /**
     * Lines for a {@code <title>}, each escaped (a line break inside server text becomes {@code ?}
     * like any control character), joined by the line breaks a tooltip shows.
     */
    private static String lines(List<String> lines) {
        return String.join("\n", lines.stream().map(HtmlText::escape).toList());
    }

    private double x(Instant t) {
        return scale.x(t);
    }

    /** A coordinate with at most one decimal, the same on every machine. */
    private static String number(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
