package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints records as aligned columns: the status, numbers right-aligned, times in ISO-8601 UTC
 * ({@code -} for a session that has not ended), and how long each session lasted as
 * hours:minutes:seconds. With {@code --events}, each session's row is followed by its API calls,
 * indented, in columns of their own: time, call, milliseconds, IP, return code and comment.
 */
final class TableWriter implements RecordWriter {

    /** The session columns; the HTML report's sessions table has the same. */
    static final String[] HEADERS = {"SESSION ID", "STATUS", "USER ID", "NETWORK ID", "MAILBOX ID",
        "CREATED", "ENDED", "EXPIRES", "DURATION"};
    /** Which of {@link #HEADERS} hold numbers. */
    static final boolean[] RIGHT_ALIGNED = {false, false, true, true, true, false, false, false, true};
    /** The API call columns; the summary's and the HTML report's failed calls have the same. */
    static final String[] EVENT_HEADERS = {"TIME", "CALL", "MS", "IP", "RETURN CODE", "COMMENT"};
    /** Which of {@link #EVENT_HEADERS} hold numbers. */
    static final boolean[] EVENT_RIGHT_ALIGNED = {false, false, true, false, false, false};
    /** Events sit under their session, indented so the eye finds the next session's row. */
    private static final String EVENT_INDENT = "    ";
    private static final String NONE = "-";

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, boolean events, PrintWriter out) {
        if (records.isEmpty()) {
            out.println("No sessions.");
            return;
        }
        List<String[]> rows = new ArrayList<>(records.size() + 1);
        rows.add(HEADERS);
        for (SessionRecord r : records) {
            rows.add(sessionCells(r, sessionIds));
        }
        AlignedColumns columns = new AlignedColumns(rows, RIGHT_ALIGNED);
        List<List<String[]>> eventRows = new ArrayList<>(records.size());
        List<String[]> allEventRows = new ArrayList<>();
        allEventRows.add(EVENT_HEADERS);
        for (SessionRecord r : records) {
            List<String[]> sessionRows = eventRows(r.events());
            eventRows.add(sessionRows);
            allEventRows.addAll(sessionRows);
        }
        // One layout for every session's calls, so that their columns line up down the page.
        AlignedColumns eventColumns = new AlignedColumns(allEventRows, EVENT_RIGHT_ALIGNED);
        out.println(columns.line(rows.get(0)));
        for (int i = 0; i < records.size(); i++) {
            out.println(columns.line(rows.get(i + 1)));
            if (!events) {
                continue;
            }
            if (eventRows.get(i).isEmpty()) {
                out.println(EVENT_INDENT + "(no API calls listed)");
                continue;
            }
            out.println(EVENT_INDENT + eventColumns.line(EVENT_HEADERS));
            for (String[] row : eventRows.get(i)) {
                out.println(EVENT_INDENT + eventColumns.line(row));
            }
        }
    }

    /** A session's cells under {@link #HEADERS}, server text cleaned for a terminal. */
    static String[] sessionCells(SessionRecord r, UnaryOperator<String> sessionIds) {
        return new String[] {
            TerminalText.clean(sessionIds.apply(r.sessionId())),
            r.status().name(),
            Integer.toString(r.userId()),
            Integer.toString(r.networkId()),
            Integer.toString(r.mailboxId()),
            r.created().toString(),
            r.ended().map(Instant::toString).orElse(NONE),
            r.expires().toString(),
            hoursMinutesSeconds(r.duration())};
    }

    /** A call's cells under {@link #EVENT_HEADERS}, server text cleaned for a terminal. */
    static String[] eventCells(SessionEvent e) {
        return new String[] {
            e.at().toString(),
            TerminalText.clean(e.apiCall()),
            Long.toString(e.elapsed().toMillis()),
            e.ip().map(TerminalText::clean).orElse(NONE),
            TerminalText.clean(e.returnCode()),
            e.comment().map(TerminalText::clean).orElse("")};
    }

    private static List<String[]> eventRows(List<SessionEvent> events) {
        List<String[]> rows = new ArrayList<>(events.size());
        for (SessionEvent e : events) {
            rows.add(eventCells(e));
        }
        return rows;
    }

    /** {@code 1:00:00} for an hour; hours go past 24 rather than switching unit; a negative duration gets a minus. */
    static String hoursMinutesSeconds(Duration duration) {
        if (duration.isNegative()) {
            return "-" + hoursMinutesSeconds(duration.negated());
        }
        long seconds = duration.getSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
