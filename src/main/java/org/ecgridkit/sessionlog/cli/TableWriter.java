package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints records as aligned columns: numbers right-aligned, times in ISO-8601 UTC, and how long
 * each session lasted as hours:minutes:seconds.
 */
final class TableWriter implements RecordWriter {

    private static final String[] HEADERS = {"SESSION ID", "USER ID", "NETWORK ID", "MAILBOX ID", "CREATED", "EXPIRES", "DURATION"};
    private static final boolean[] RIGHT_ALIGNED = {false, true, true, true, false, false, true};
    private static final String GAP = "  ";

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, PrintWriter out) {
        if (records.isEmpty()) {
            out.println("No sessions.");
            return;
        }
        List<String[]> rows = new ArrayList<>(records.size() + 1);
        rows.add(HEADERS);
        for (SessionRecord r : records) {
            rows.add(new String[] {
                TerminalText.clean(sessionIds.apply(r.sessionId())),
                Integer.toString(r.userId()),
                Integer.toString(r.networkId()),
                Integer.toString(r.mailboxId()),
                r.created().toString(),
                r.expires().toString(),
                hoursMinutesSeconds(r.duration())});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    line.append(GAP);
                }
                String padding = " ".repeat(widths[c] - row[c].length());
                line.append(RIGHT_ALIGNED[c] ? padding + row[c] : row[c] + padding);
            }
            out.println(line.toString().stripTrailing());
        }
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
