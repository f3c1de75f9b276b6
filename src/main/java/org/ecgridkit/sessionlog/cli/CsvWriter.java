package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints records as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (its quotes
 * doubled) when it holds a comma, a quote or a line break. Times are ISO-8601 UTC; durations are
 * ISO-8601 durations such as {@code PT1H}; a value the record lacks is an empty field. Field names
 * are those of the JSON format.
 *
 * <p>A CSV row cannot nest, so the two layouts differ: by default one row a session, ending with
 * {@code calls}, the number of its API calls; with {@code --events} one row an API call, the
 * session's fields repeated before the call's, so that the file filters and pivots without a join.
 * A session without calls still gets one row, its call fields empty: nothing is lost.
 */
final class CsvWriter implements RecordWriter {

    private static final String CRLF = "\r\n";
    private static final String CALLS = "calls";

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, boolean events, PrintWriter out) {
        List<String> header = new ArrayList<>(RecordFields.NAMES);
        if (events) {
            header.addAll(RecordFields.EVENT_NAMES);
        } else {
            header.add(CALLS);
        }
        out.print(String.join(",", header) + CRLF);
        for (SessionRecord r : records) {
            List<Object> session = RecordFields.values(r, sessionIds);
            if (!events) {
                List<Object> row = new ArrayList<>(session);
                row.add(r.events().size());
                out.print(line(row));
            } else if (r.events().isEmpty()) {
                List<Object> row = new ArrayList<>(session);
                RecordFields.EVENT_NAMES.forEach(name -> row.add(null));
                out.print(line(row));
            } else {
                for (SessionEvent e : r.events()) {
                    List<Object> row = new ArrayList<>(session);
                    row.addAll(RecordFields.eventValues(e));
                    out.print(line(row));
                }
            }
        }
    }

    private static String line(List<Object> values) {
        StringJoiner line = new StringJoiner(",", "", CRLF);
        for (Object value : values) {
            line.add(value == null ? "" : field(value.toString()));
        }
        return line.toString();
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
