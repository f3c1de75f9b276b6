package org.ecgridkit.sessionlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.SessionRecord;

/** Prints session records in one output format. */
interface RecordWriter {

    /**
     * Prints the records, in order.
     *
     * @param records the sessions; may be empty
     * @param sessionIds how to show each record's session id: masked, or as sent with {@code --show-tokens}
     * @param events whether {@code --events} asked for each session's API calls
     * @param out where to print
     */
    void write(List<SessionRecord> records, UnaryOperator<String> sessionIds, boolean events, PrintWriter out);
}
