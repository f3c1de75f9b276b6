package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionLogSummary;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints {@code --format summary}: the {@link SessionLogSummary} of the records as a short text
 * digest for a terminal or a ticket, one titled section after another, each a sentence or a table
 * in aligned columns. Times are ISO-8601 UTC. {@code --events} changes nothing: the digest counts
 * the calls and lists the failed ones whatever it says.
 */
final class SummaryWriter implements RecordWriter {

    private static final String INDENT = "  ";

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, boolean events, PrintWriter out) {
        out.println("Session log summary (times in UTC)");
        for (SummarySections.Section section : SummarySections.of(SessionLogSummary.of(records), sessionIds)) {
            out.println();
            out.println(section.title());
            if (!section.note().isEmpty()) {
                out.println(INDENT + section.note());
            }
            SummarySections.Table table = section.table();
            if (table.isEmpty()) {
                continue;
            }
            List<String[]> rows = new ArrayList<>(table.rows().size() + 1);
            rows.add(table.headers());
            rows.addAll(table.rows());
            AlignedColumns columns = new AlignedColumns(rows, table.rightAligned());
            for (String[] row : rows) {
                out.println(INDENT + columns.line(row));
            }
        }
    }
}
