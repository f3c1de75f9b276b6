package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints records as RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (its quotes
 * doubled) when it holds a comma, a quote or a line break. Times are ISO-8601 UTC; the duration
 * is an ISO-8601 duration such as {@code PT1H}. Field names are those of the JSON format.
 */
final class CsvWriter implements RecordWriter {

    private static final String CRLF = "\r\n";

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, PrintWriter out) {
        out.print(String.join(",", RecordFields.NAMES) + CRLF);
        for (SessionRecord r : records) {
            StringJoiner line = new StringJoiner(",", "", CRLF);
            for (Object value : RecordFields.values(r, sessionIds)) {
                line.add(field(value.toString()));
            }
            out.print(line);
        }
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
