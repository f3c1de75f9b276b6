package org.ecgridkit.sessionlog.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionLogSummary;
import org.ecgridkit.sessionlog.SessionLogSummary.AddressUse;
import org.ecgridkit.sessionlog.SessionLogSummary.FailedCall;
import org.ecgridkit.sessionlog.SessionLogSummary.Overlap;
import org.ecgridkit.sessionlog.SessionLogSummary.ReturnCodeCount;
import org.ecgridkit.sessionlog.SessionLogSummary.SessionSpan;
import org.ecgridkit.sessionlog.SessionLogSummary.StatusCount;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * A {@link SessionLogSummary} as titled sections, each a sentence and a table, so that the text
 * digest ({@code --format summary}) and the HTML report say the same things in the same words.
 * Cells hold server text cleaned for a terminal ({@link TerminalText}); the HTML report escapes
 * them further.
 */
final class SummarySections {

    /**
     * One part of the summary.
     *
     * @param id a short name, the HTML element id
     * @param title the heading
     * @param note a sentence about it; empty for none
     * @param table the rows; none when the note says all there is
     */
    record Section(String id, String title, String note, Table table) {
    }

    /**
     * Rows under headers.
     *
     * @param headers the column headers
     * @param rightAligned which columns hold numbers
     * @param rows the rows, each with one cell a column
     */
    record Table(String[] headers, boolean[] rightAligned, List<String[]> rows) {
        /** No rows: nothing to show. */
        static final Table NONE = new Table(new String[0], new boolean[0], List.of());

        boolean isEmpty() {
            return rows.isEmpty();
        }
    }

    private static final String NO_STATUS = " (the documented contract carries none)";

    private SummarySections() {
    }

    /** The sections, in the order they are shown. */
    static List<Section> of(SessionLogSummary summary, UnaryOperator<String> sessionIds) {
        List<Section> sections = new ArrayList<>();
        sections.add(period(summary));
        sections.add(statuses(summary));
        sections.add(returnCodes(summary));
        sections.add(failures(summary, sessionIds));
        sections.add(addresses(summary));
        sections.add(open(summary, sessionIds));
        sections.add(longest(summary, sessionIds));
        sections.add(overlaps(summary, sessionIds));
        return sections;
    }

    /** How a session is named: its (masked) id, cleaned of what a terminal would act on. */
    static String sessionId(SessionRecord session, UnaryOperator<String> sessionIds) {
        return TerminalText.clean(sessionIds.apply(session.sessionId()));
    }

    private static Section period(SessionLogSummary s) {
        String note = s.period()
                .map(p -> p.from() + " to " + p.to() + ": " + plural(s.sessionCount(), "session") + " of "
                        + plural(s.userCount(), "user")
                        // The documented contract carries no calls: a count of 0 would suggest there were none.
                        + (s.callsReported() || s.statusReported() ? ", " + plural(s.callCount(), "API call") : "") + ".")
                .orElse("No sessions.");
        return new Section("period", "Period", note, Table.NONE);
    }

    private static Section statuses(SessionLogSummary s) {
        if (s.sessionCount() == 0) {
            return new Section("status", "Sessions by status", "None.", Table.NONE);
        }
        if (!s.statusReported()) {
            return new Section("status", "Sessions by status", "Not reported" + NO_STATUS + ".", Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (StatusCount c : s.byStatus()) {
            rows.add(new String[] {c.status().name(), Integer.toString(c.sessions())});
        }
        return new Section("status", "Sessions by status", "",
                new Table(new String[] {"STATUS", "SESSIONS"}, new boolean[] {false, true}, rows));
    }

    private static Section addresses(SessionLogSummary s) {
        String title = "IP addresses";
        if (!s.callsReported()) {
            return new Section("addresses", title, noCalls(s), Table.NONE);
        }
        if (s.addresses().isEmpty()) {
            return new Section("addresses", title, "No call has an IP address.", Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (AddressUse a : s.addresses()) {
            rows.add(new String[] {TerminalText.clean(a.ip()), Integer.toString(a.calls()), Integer.toString(a.sessions()),
                a.firstSeen().toString(), a.lastSeen().toString()});
        }
        return new Section("addresses", title, plural(s.addresses().size(), "distinct address") + ".",
                new Table(new String[] {"IP ADDRESS", "CALLS", "SESSIONS", "FIRST SEEN", "LAST SEEN"},
                        new boolean[] {false, true, true, false, false}, rows));
    }

    private static Section returnCodes(SessionLogSummary s) {
        String title = "Calls by return code";
        if (!s.callsReported()) {
            return new Section("return-codes", title, noCalls(s), Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (ReturnCodeCount c : s.returnCodes()) {
            rows.add(new String[] {TerminalText.clean(c.returnCode()), Integer.toString(c.calls()), c.failed() ? "failed" : ""});
        }
        return new Section("return-codes", title, plural(s.callCount(), "call") + ", "
                + s.failures().size() + " failed.",
                new Table(new String[] {"RETURN CODE", "CALLS", ""}, new boolean[] {false, true, false}, rows));
    }

    private static Section failures(SessionLogSummary s, UnaryOperator<String> sessionIds) {
        String title = "Failed calls";
        if (!s.callsReported()) {
            return new Section("failed-calls", title, noCalls(s), Table.NONE);
        }
        if (s.failures().isEmpty()) {
            return new Section("failed-calls", title, "None.", Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (FailedCall f : s.failures()) {
            rows.add(withSession(f.session(), sessionIds, TableWriter.eventCells(f.call())));
        }
        return new Section("failed-calls", title, "",
                new Table(withSessionHeaders(TableWriter.EVENT_HEADERS), withSessionAlignment(TableWriter.EVENT_RIGHT_ALIGNED), rows));
    }

    private static Section open(SessionLogSummary s, UnaryOperator<String> sessionIds) {
        String title = "Sessions still open";
        if (s.sessionCount() > 0 && !s.statusReported()) {
            return new Section("open", title, "Not known: the service reported no status" + NO_STATUS + ".", Table.NONE);
        }
        if (s.open().isEmpty()) {
            return new Section("open", title, "None.", Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (SessionRecord r : s.open()) {
            rows.add(withSession(r, sessionIds, new String[] {r.created().toString(), r.expires().toString()}));
        }
        return new Section("open", title, "",
                new Table(withSessionHeaders(new String[] {"CREATED", "EXPIRES"}), withSessionAlignment(new boolean[2]), rows));
    }

    private static Section longest(SessionLogSummary s, UnaryOperator<String> sessionIds) {
        String title = "Longest sessions";
        if (s.longest().isEmpty()) {
            return new Section("longest", title, "None.", Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (SessionSpan span : s.longest()) {
            rows.add(withSession(span.session(), sessionIds, new String[] {span.session().status().name(),
                span.start().toString(), span.end().toString(), TableWriter.hoursMinutesSeconds(span.duration())}));
        }
        return new Section("longest", title, "From creation to end, or to expiry for a session that has not ended.",
                new Table(withSessionHeaders(new String[] {"STATUS", "CREATED", "END", "DURATION"}),
                        withSessionAlignment(new boolean[] {false, false, false, true}), rows));
    }

    private static Section overlaps(SessionLogSummary s, UnaryOperator<String> sessionIds) {
        String title = "Overlapping sessions of one user";
        if (s.overlapCount() == 0) {
            return new Section("overlaps", title, "None.", Table.NONE);
        }
        List<String[]> rows = new ArrayList<>();
        for (Overlap o : s.overlaps()) {
            rows.add(new String[] {Integer.toString(o.userId()), sessionId(o.first(), sessionIds),
                sessionId(o.second(), sessionIds), o.from().toString(), o.to().toString()});
        }
        String note = plural(s.overlapCount(), "pair") + (s.overlaps().size() < s.overlapCount()
                ? ", the first " + s.overlaps().size() + " listed." : ".");
        return new Section("overlaps", title, note,
                new Table(new String[] {"USER ID", "SESSION", "OVERLAPS SESSION", "FROM", "TO"},
                        new boolean[] {true, false, false, false, false}, rows));
    }

    private static String noCalls(SessionLogSummary s) {
        return s.sessionCount() == 0 ? "None." : "No API calls listed" + (s.statusReported() ? "." : NO_STATUS + ".");
    }

    private static String[] withSession(SessionRecord session, UnaryOperator<String> sessionIds, String[] cells) {
        String[] row = new String[cells.length + 2];
        row[0] = sessionId(session, sessionIds);
        row[1] = Integer.toString(session.userId());
        System.arraycopy(cells, 0, row, 2, cells.length);
        return row;
    }

    private static String[] withSessionHeaders(String[] headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "SESSION ID";
        all[1] = "USER ID";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private static boolean[] withSessionAlignment(boolean[] rightAligned) {
        boolean[] all = new boolean[rightAligned.length + 2];
        all[1] = true;
        System.arraycopy(rightAligned, 0, all, 2, rightAligned.length);
        return all;
    }

    /** {@code 1 session}, {@code 2 sessions}. */
    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : noun.endsWith("s") ? "es" : "s");
    }
}
