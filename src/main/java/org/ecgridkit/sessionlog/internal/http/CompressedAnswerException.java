package org.ecgridkit.sessionlog.internal.http;

import java.io.IOException;

/**
 * The server compressed a successful answer although we asked for none ({@code Accept-Encoding:
 * identity}). We refuse it rather than decode it: SessionLog answers are small (100 records are a
 * few dozen kilobytes), and a decoder is one more thing a hostile server can attack (the JDK's
 * {@code GZIPInputStream} reads each further gzip member with one more recursive call, so a stream
 * of empty members overflows the stack, and a small body can inflate to gigabytes). Not retried: the
 * same server will answer the same way.
 */
public final class CompressedAnswerException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Longer header values are cut: the message is for people, and the header is the server's text. */
    private static final int MAX_SHOWN = 40;

    CompressedAnswerException(String encoding) {
        super("the answer is compressed (Content-Encoding " + shown(encoding)
                + "), which this client does not ask for or accept; configure the server or proxy to send it uncompressed");
    }

    private static String shown(String encoding) {
        return encoding.length() <= MAX_SHOWN ? encoding : encoding.substring(0, MAX_SHOWN) + "...";
    }
}
