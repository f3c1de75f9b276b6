package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionLogSummary;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints {@code --format html}: one self-contained audit report, readable offline and safe to
 * attach to a ticket. It holds a timeline ({@link TimelineSvg}), the summary
 * ({@link SummarySections}, as {@code --format summary} has it), the sessions and every API call.
 *
 * <p>Safe because: nothing in it loads from anywhere (no script, font, image or style sheet), and
 * its Content-Security-Policy forbids all of that, so a report that somebody tampered with cannot
 * either; the one style element is allowed by its hash, not by allowing inline styles. Every value
 * from the server is escaped ({@link HtmlText}): a comment holding {@code <script>} shows as text.
 * The output is the same for the same records, with no date of its own, so it can be golden-tested.
 */
final class HtmlReportWriter implements RecordWriter {

    private static final String STYLE = """
            :root { color-scheme: light; }
            body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d2330;
                   margin: 0 auto; padding: 16px 24px 40px; max-width: 1180px; background: #fff; }
            h1 { font-size: 22px; margin: 4px 0 2px; }
            h2 { font-size: 17px; margin: 26px 0 8px; border-bottom: 1px solid #d8dde6; padding-bottom: 3px; }
            h3 { font-size: 14px; margin: 16px 0 4px; }
            p { margin: 4px 0; }
            .meta, .note { color: #4a5364; }
            .notice { background: #fff6e0; border: 1px solid #e8c66a; padding: 6px 10px; border-radius: 4px; }
            table { border-collapse: collapse; margin: 4px 0 8px; font-variant-numeric: tabular-nums; }
            th, td { padding: 3px 10px; border-bottom: 1px solid #e6e9ef; text-align: left; vertical-align: top;
                     white-space: nowrap; }
            th { background: #f3f5f8; font-size: 12px; letter-spacing: .02em; }
            td.num, th.num { text-align: right; }
            tr.failed td { background: #fdecec; }
            .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 0 32px; }
            .summary section { min-width: 0; overflow-x: auto; }
            .summary #addresses, .summary #failed-calls, .summary #open, .summary #longest, .summary #overlaps { grid-column: 1 / -1; }
            .wide { overflow-x: auto; }
            svg.timeline { width: 100%; height: auto; display: block; }
            svg text { font: 12px system-ui, sans-serif; fill: #1d2330; }
            .axis text { fill: #4a5364; font-size: 11px; }
            .grid { stroke: #e3e7ee; }
            .gap rect { fill: #eef1f5; }
            .session .bar { stroke-width: 1; }
            .session.open .bar { fill: #3b82c4; stroke: #1f5f99; stroke-dasharray: 4 2; }
            .session.closed .bar { fill: #8fa3b8; stroke: #5f7389; }
            .session.expired .bar { fill: #e0a64a; stroke: #a8741f; }
            .session.unknown .bar { fill: #b7a6d9; stroke: #7d67ad; }
            .session:hover .bar, .session:focus .bar { stroke: #111; stroke-width: 2.5; }
            .session:focus { outline: none; }
            .call { stroke: #1d2330; stroke-width: 1.6; }
            .call.failed { fill: #d62828; stroke: #fff; stroke-width: 1.2; }
            """;
    private static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; img-src 'none';"
            + " font-src 'none'; connect-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, boolean events, PrintWriter out) {
        SessionLogSummary summary = SessionLogSummary.of(records);
        StringBuilder html = new StringBuilder(8192);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>ECGridOS session log audit</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>ECGridOS session log audit</h1>\n")
                .append("<p class=\"meta\">").append(HtmlText.escape(SummarySections.of(summary, sessionIds).get(0).note()))
                .append(" Times are UTC.</p>\n");
        timeline(html, records, summary, sessionIds);
        summary(html, summary, sessionIds);
        sessions(html, records, sessionIds);
        calls(html, records, summary, sessionIds);
        html.append("</body>\n</html>\n");
        out.print(html);
    }

    private static void timeline(StringBuilder html, List<SessionRecord> records, SessionLogSummary summary,
                                 UnaryOperator<String> sessionIds) {
        html.append("<section id=\"timeline\">\n<h2>Timeline</h2>\n");
        if (records.isEmpty()) {
            html.append("<p class=\"note\">No sessions: nothing to draw.</p>\n</section>\n");
            return;
        }
        if (!summary.statusReported() && !summary.callsReported()) {
            html.append("<p class=\"notice\">The service reported no session status and no API calls (the documented"
                    + " contract carries neither): each bar runs from the session's creation to its expiry, and there"
                    + " are no call marks.</p>\n");
        } else {
            html.append("<p class=\"note\">One bar a session, from its creation to its end (an open session: to its"
                    + " expiry), oldest first. Hover or focus a bar or a mark for its details.</p>\n");
        }
        html.append("<div class=\"wide\">\n").append(TimelineSvg.of(records, summary, sessionIds)).append("</div>\n</section>\n");
    }

    private static void summary(StringBuilder html, SessionLogSummary summary, UnaryOperator<String> sessionIds) {
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"summary\">\n");
        List<SummarySections.Section> sections = SummarySections.of(summary, sessionIds);
        // The period is the report's first line already.
        for (SummarySections.Section section : sections.subList(1, sections.size())) {
            html.append("<section id=\"").append(section.id()).append("\">\n<h3>").append(HtmlText.escape(section.title()))
                    .append("</h3>\n");
            if (!section.note().isEmpty()) {
                html.append("<p class=\"note\">").append(HtmlText.escape(section.note())).append("</p>\n");
            }
            if (!section.table().isEmpty()) {
                table(html, section.table().headers(), section.table().rightAligned(), section.table().rows(), null);
            }
            html.append("</section>\n");
        }
        html.append("</div>\n</section>\n");
    }

    private static void sessions(StringBuilder html, List<SessionRecord> records, UnaryOperator<String> sessionIds) {
        html.append("<section id=\"sessions\">\n<h2>Sessions</h2>\n");
        if (records.isEmpty()) {
            html.append("<p class=\"note\">No sessions.</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">In the order the service listed them. Duration is expiry minus creation.</p>\n");
        String[] headers = append(TableWriter.HEADERS, "CALLS");
        boolean[] rightAligned = Arrays.copyOf(TableWriter.RIGHT_ALIGNED, headers.length);
        rightAligned[headers.length - 1] = true;
        List<String[]> rows = records.stream()
                .map(r -> append(TableWriter.sessionCells(r, sessionIds), Integer.toString(r.events().size()))).toList();
        table(html, headers, rightAligned, rows, null);
        html.append("</section>\n");
    }

    private static void calls(StringBuilder html, List<SessionRecord> records, SessionLogSummary summary,
                              UnaryOperator<String> sessionIds) {
        html.append("<section id=\"calls\">\n<h2>API calls</h2>\n");
        if (!summary.callsReported()) {
            html.append("<p class=\"note\">").append(records.isEmpty() ? "None." : "No API calls listed.")
                    .append("</p>\n</section>\n");
            return;
        }
        html.append("<p class=\"note\">Each session's calls in the order the service listed them; failed calls are"
                + " highlighted.</p>\n");
        String[] headers = prepend("SESSION ID", TableWriter.EVENT_HEADERS);
        boolean[] rightAligned = new boolean[headers.length];
        System.arraycopy(TableWriter.EVENT_RIGHT_ALIGNED, 0, rightAligned, 1, TableWriter.EVENT_RIGHT_ALIGNED.length);
        List<String[]> rows = new ArrayList<>();
        List<Boolean> failed = new ArrayList<>();
        for (SessionRecord r : records) {
            for (SessionEvent e : r.events()) {
                rows.add(prepend(SummarySections.sessionId(r, sessionIds), TableWriter.eventCells(e)));
                failed.add(e.failed());
            }
        }
        table(html, headers, rightAligned, rows, failed);
        html.append("</section>\n");
    }

    /** A table; {@code failed}, when given, marks the rows to highlight. */
    private static void table(StringBuilder html, String[] headers, boolean[] rightAligned, List<String[]> rows,
                              List<Boolean> failed) {
        html.append("<div class=\"wide\"><table>\n<thead><tr>");
        for (int c = 0; c < headers.length; c++) {
            html.append(rightAligned[c] ? "<th class=\"num\">" : "<th>").append(HtmlText.escape(headers[c])).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            html.append(failed != null && failed.get(r) ? "<tr class=\"failed\">" : "<tr>");
            String[] row = rows.get(r);
            for (int c = 0; c < row.length; c++) {
                html.append(rightAligned[c] ? "<td class=\"num\">" : "<td>").append(HtmlText.escape(row[c])).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n");
    }

    private static String[] append(String[] cells, String last) {
        String[] all = Arrays.copyOf(cells, cells.length + 1);
        all[cells.length] = last;
        return all;
    }

    private static String[] prepend(String first, String[] cells) {
        String[] all = new String[cells.length + 1];
        all[0] = first;
        System.arraycopy(cells, 0, all, 1, cells.length);
        return all;
    }

    /** The CSP source expression that allows exactly this style element's text. */
    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
