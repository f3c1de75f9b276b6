package org.ecgridkit.sessionlog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything the library logs, at every level, while open. The library logs through
 * {@link System.Logger}, which the JDK routes to {@code java.util.logging} when no other backend is
 * installed, so a handler on the {@code org.ecgridkit.sessionlog} logger sees every record,
 * including the {@code .wire} envelopes at DEBUG (JUL's FINE).
 */
final class LogCapture implements AutoCloseable {

    private final Logger logger = Logger.getLogger("org.ecgridkit.sessionlog");
    private final Level previousLevel = logger.getLevel();
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (records) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        handler.setLevel(Level.ALL);
        logger.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** Every captured record as text: logger, level, message, and the printed stack trace of any thrown. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        synchronized (records) {
            for (LogRecord record : records) {
                StringBuilder text = new StringBuilder(record.getLoggerName()).append(' ')
                        .append(record.getLevel()).append(' ').append(record.getMessage());
                if (record.getThrown() != null) {
                    StringWriter trace = new StringWriter();
                    record.getThrown().printStackTrace(new PrintWriter(trace));
                    text.append('\n').append(trace);
                }
                texts.add(text.toString());
            }
        }
        return texts;
    }

    /** The captured records of one logger. */
    List<String> textsOf(String loggerName) {
        return texts().stream().filter(t -> t.startsWith(loggerName + " ")).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(previousLevel);
    }
}
