package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints records as a JSON array of objects carrying everything a record holds: times are
 * ISO-8601 UTC strings; durations are ISO-8601 duration strings such as {@code "PT1H"}; ids are
 * numbers; the status is its name ({@code "OPEN"}); a value the record lacks is {@code null}; and
 * {@code events} is the array of the session's API calls, with or without {@code --events}. One
 * session a line when it has no calls; otherwise its calls follow, one a line.
 */
final class JsonWriter implements RecordWriter {

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, boolean events, PrintWriter out) {
        if (records.isEmpty()) {
            out.println("[]");
            return;
        }
        out.println("[");
        for (int i = 0; i < records.size(); i++) {
            SessionRecord record = records.get(i);
            StringBuilder object = new StringBuilder("  {");
            members(object, RecordFields.NAMES, RecordFields.values(record, sessionIds));
            object.append(", ").append(string("events")).append(": [");
            if (!record.events().isEmpty()) {
                for (int e = 0; e < record.events().size(); e++) {
                    object.append(e == 0 ? "\n" : ",\n").append("    {");
                    members(object, RecordFields.EVENT_NAMES, RecordFields.eventValues(record.events().get(e)));
                    object.append('}');
                }
                object.append("\n  ");
            }
            out.println(object.append(i < records.size() - 1 ? "]}," : "]}"));
        }
        out.println("]");
    }

    private static void members(StringBuilder object, List<String> names, List<Object> values) {
        for (int f = 0; f < values.size(); f++) {
            Object value = values.get(f);
            object.append(f == 0 ? "" : ", ").append(string(names.get(f))).append(": ")
                    .append(value == null ? "null" : value instanceof String s ? string(s) : value.toString());
        }
    }

    /**
     * A JSON string literal. Beyond what RFC 8259 requires, every other control character (DEL,
     * the C1 range), every format character (such as a right-to-left override) and the two
     * separators JavaScript treats as line ends are escaped too, so the output is safe to show on
     * a terminal and to embed in a script.
     */
    static String string(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    int type = Character.getType(ch);
                    if (type == Character.CONTROL || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                        json.append(String.format("\\u%04x", (int) ch));
                    } else {
                        json.append(ch);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
