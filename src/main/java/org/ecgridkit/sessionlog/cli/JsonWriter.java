package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Prints records as a JSON array of objects, one object a line. Times are ISO-8601 UTC strings;
 * the duration is an ISO-8601 duration string such as {@code "PT1H"}; ids are numbers.
 */
final class JsonWriter implements RecordWriter {

    @Override
    public void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, PrintWriter out) {
        if (records.isEmpty()) {
            out.println("[]");
            return;
        }
        out.println("[");
        for (int i = 0; i < records.size(); i++) {
            List<Object> values = RecordFields.values(records.get(i), sessionIds);
            StringBuilder object = new StringBuilder("  {");
            for (int f = 0; f < values.size(); f++) {
                Object value = values.get(f);
                object.append(f == 0 ? "" : ", ").append(string(RecordFields.NAMES.get(f))).append(": ")
                        .append(value instanceof String ? string((String) value) : value.toString());
            }
            out.println(object.append(i < records.size() - 1 ? "}," : "}"));
        }
        out.println("]");
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
