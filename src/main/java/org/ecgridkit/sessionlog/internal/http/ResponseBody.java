package org.ecgridkit.sessionlog.internal.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.internal.CallContext;
import org.ecgridkit.sessionlog.internal.DeadlineExceededException;

/**
 * The body of a successful answer, read by the parser as it arrives, so that a call never holds
 * its answer as a byte array besides the records made from it.
 *
 * <p>It keeps the limits the buffered read had:
 * <ul>
 *   <li>never more than {@code maxResponseBytes}: each read is cut so that at most one byte past the
 *       limit is ever taken from the socket, and that byte fails the read;</li>
 *   <li>every read takes at most {@value #SLICE} bytes and is followed by a check of the call's
 *       deadline and interrupt flag, so a server that dribbles bytes cannot stretch the call;</li>
 *   <li>a body that ends before its declared {@code Content-Length} is a {@link BrokenBodyException}
 *       too: the JDK reports it as a clean end of stream;</li>
 *   <li>a failed read disconnects at once and says what failed (see {@link HttpExchange#failed}):
 *       an I/O error mid-body becomes a {@link BrokenBodyException}, which may be retried; a read
 *       timeout past the deadline, a {@link DeadlineExceededException}.</li>
 * </ul>
 *
 * <p>A read that stalls is bounded by the socket's read timeout, which was cut to what was left of
 * the call when the connection was opened, and by the {@link ExchangeWatchdog}, which closes the
 * connection at the call's deadline whenever the stall began (see {@link HttpExchange}).
 *
 * <p>Every failure is also recorded with the attempt ({@link CallContext#recordFailure}): the parser
 * reading this stream may report it wrapped without a cause (a StAX "nested exception", the RI's
 * {@code XMLStreamReaderException}), and the attempt must still be classified by what broke, not by
 * the parse error it caused.
 *
 * <p>Whoever reads it ends it with exactly one of {@link #finish()} (the answer was used: read the
 * rest, so the connection goes back to the keep-alive cache clean) or {@link #abort()} (anything
 * else: the socket is closed, never reused half-read). Not thread-safe: one attempt's thread reads it.
 */
public final class ResponseBody extends InputStream {

    private static final int SLICE = 8192;
    private static final int NOTHING_PEEKED = -2;

    private final HttpExchange exchange;
    private final InputStream in;
    private final long limit;
    /** The declared {@code Content-Length}, or -1 (chunked, or until the connection closes). */
    private final long declared;
    private long count;
    /** The parser reading this body, closed when the body ends; null if none was named. */
    private XMLStreamReader parser;
    private int peeked = NOTHING_PEEKED;
    private boolean ended;

    ResponseBody(HttpExchange exchange, InputStream in, long limit, long declared) {
        this.exchange = exchange;
        this.in = in;
        this.limit = limit;
        this.declared = declared;
    }

    /**
     * Whether the body has no byte at all; reads one ahead to know.
     *
     * @return true for an empty body
     * @throws IOException if the first read fails
     */
    public boolean isEmpty() throws IOException {
        if (peeked == NOTHING_PEEKED) {
            peeked = read();
        }
        return peeked < 0;
    }

    @Override
    public int read() throws IOException {
        if (peeked != NOTHING_PEEKED) {
            int b = peeked;
            peeked = b < 0 ? b : NOTHING_PEEKED;
            return b;
        }
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (peeked != NOTHING_PEEKED) {
            if (peeked < 0) {
                return -1;
            }
            buffer[offset] = (byte) peeked;
            peeked = NOTHING_PEEKED;
            return 1;
        }
        if (ended) {
            return -1;
        }
        try {
            // Before the read as well: the watchdog may have given up on this exchange between reads.
            exchange.call().checkpoint();
        } catch (IOException stop) {
            throw exchange.failed(stop);
        }
        // At most one byte past the limit: enough to know the body is too large, no more.
        int wanted = (int) Math.min(Math.min(length, SLICE), limit + 1 - count);
        int n;
        try {
            n = in.read(buffer, offset, wanted);
        } catch (SocketTimeoutException timeout) {
            throw exchange.failed(timeout);
        } catch (IOException broken) {
            throw exchange.failed(new BrokenBodyException(broken));
        }
        if (n < 0) {
            if (declared >= 0 && count < declared) {
                // The JDK reports a connection closed before Content-Length as a clean end of
                // stream; it is a broken answer, and retrying it may get the whole one.
                throw exchange.failed(new BrokenBodyException(new EOFException(
                        "the connection closed after " + count + " of the " + declared + " bytes declared")));
            }
            ended = true;
            return -1;
        }
        count += n;
        if (count > limit) {
            throw exchange.refused(new ResponseTooLargeException(limit, "body"));
        }
        try {
            exchange.call().checkpoint();
        } catch (IOException stop) {
            throw exchange.failed(stop);
        }
        return n;
    }

    /**
     * Reads the whole body into an array.
     *
     * @return the body
     * @throws IOException if the body cannot be read within the call's limits
     */
    byte[] readAll() throws IOException {
        byte[] buffer = new byte[(int) Math.min(limit + 1, declared >= 0 ? declared + 1 : SLICE)];
        int length = 0;
        for (int n; (n = read(buffer, length, buffer.length - length)) >= 0; ) {
            length += n;
            if (length == buffer.length) {
                // Never reached at limit + 1: the read that got there failed instead.
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, 2L * buffer.length));
            }
        }
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }

    @Override
    public int available() throws IOException {
        return peeked >= 0 ? 1 : 0;
    }

    /**
     * Reads what the parser left (the envelope's closing tags, usually already buffered) and
     * closes the stream, which returns the connection to the keep-alive cache. Reading to the end
     * ourselves keeps that in this thread: closing early would make the JDK drain it on a cleaner
     * thread of its own, or drop the connection.
     *
     * @throws IOException if the rest of the body cannot be read within the call's limits
     */
    public void finish() throws IOException {
        closeParser();
        byte[] rest = new byte[256];
        while (read(rest, 0, rest.length) >= 0) {
            // discarded: the answer has been read
        }
        exchange.complete();
        try {
            in.close();
        } catch (IOException failure) {
            throw exchange.failed(failure);
        }
    }

    /** Drops the connection without reading further; safe to call more than once. */
    public void abort() {
        closeParser();
        exchange.disconnect();
    }

    /**
     * Names the parser that reads this body, to be closed when the body ends: the generated port
     * reads the payload and leaves its parser open, and only a closed parser hands its buffers back
     * for the next one (Woodstox keeps them per thread). Closing a parser does not close this stream.
     *
     * @param reader the parser
     */
    public void parsedBy(XMLStreamReader reader) {
        parser = reader;
    }

    private void closeParser() {
        XMLStreamReader closing = parser;
        if (closing != null) {
            parser = null;
            try {
                closing.close();
            } catch (XMLStreamException | RuntimeException ignored) {
                // Only its buffers are at stake; the body's own end decides the connection.
            }
        }
    }

    /** Does nothing: the body is ended by {@link #finish()} or {@link #abort()}, never by a parser. */
    @Override
    public void close() {
        // Parsers close their input when they are done or fail; neither decides the connection's fate.
    }
}
