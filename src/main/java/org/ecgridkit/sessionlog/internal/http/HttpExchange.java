package org.ecgridkit.sessionlog.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.HttpsURLConnection;
import org.ecgridkit.sessionlog.internal.CallContext;
import org.ecgridkit.sessionlog.internal.CallInterruptedException;
import org.ecgridkit.sessionlog.internal.DeadlineExceededException;

/**
 * One HTTP POST of a SessionLog attempt, on HttpURLConnection, bounded in time and size.
 *
 * <ul>
 *   <li>Connect and read timeouts are the configured ones cut to what is left of the call.</li>
 *   <li>From the moment the request is sent until the body has been read (or dropped), the
 *       {@link ExchangeWatchdog} closes the connection if the call runs out of time or its thread
 *       is interrupted: a read blocked in the socket cannot be interrupted, and its read timeout
 *       was fixed when the attempt began, so a stall that starts late in the body would otherwise
 *       end only that long after the deadline.</li>
 *   <li>The body is read in slices with the deadline and the interrupt flag checked between them,
 *       so a server that dribbles bytes cannot stretch the call, and never past
 *       {@code maxResponseBytes}: a declared length over the limit fails before any byte is read.</li>
 *   <li>Only an uncompressed answer is accepted ({@code Accept-Encoding: identity}): a compressed
 *       one is refused with a {@link CompressedAnswerException} naming its encoding.</li>
 *   <li>A status the JDK reads but HTTP does not define (below 100, above 599) and an endless run of
 *       {@code 100 Continue} are I/O failures, as any other answer that is not HTTP.</li>
 * </ul>
 * {@link #post} returns once the status and headers are in; the body is then either read whole
 * ({@link #readAnswer()}: error statuses, which are searched for a SOAP fault, and anything the wire
 * log shows) or handed to the parser as it arrives ({@link #streamBody()}).
 * Any failure disconnects, so a half-read socket never goes back to the keep-alive cache.
 */
public final class HttpExchange {

    private static final String USER_AGENT = "ecgridos-sessionlog (JAX-WS RI)";

    /** Statuses HTTP defines (RFC 9110 §15): three digits, 1xx to 5xx. */
    private static final int LOWEST_STATUS = 100;
    private static final int HIGHEST_STATUS = 599;

    private enum Phase { AWAITING_HEADERS, READING_BODY, DONE, ABORTED_FOR_DEADLINE, ABORTED_FOR_INTERRUPT }

    private final HttpURLConnection connection;
    /** The client's TLS sockets, which can cut a blocked body read; null for plain http. */
    private final WatchedSslSockets sslSockets;
    private final CallContext call;
    private final long maxResponseBytes;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.AWAITING_HEADERS);
    /** The watchdog's hold on this exchange, from sending until the body ends; null before and after. */
    private volatile ExchangeWatchdog.Watch watch;
    private int status;

    private HttpExchange(HttpURLConnection connection, CallContext call, long maxResponseBytes) {
        this.connection = connection;
        this.sslSockets = connection instanceof HttpsURLConnection https
                && https.getSSLSocketFactory() instanceof WatchedSslSockets watched ? watched : null;
        this.call = call;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Posts the body and waits for the answer's status and headers.
     *
     * @param settings the client's settings (timeouts, TLS, size limit)
     * @param url the endpoint, made once per client: {@code URI.toURL()} takes a JVM-wide lock
     * @param call the call this attempt belongs to
     * @param watchdog aborts the exchange while it waits for headers
     * @param headers request headers beyond the standard ones
     * @param body the encoded SOAP envelope
     * @return the exchange, its body not yet read
     * @throws IOException if the exchange fails; {@link DeadlineExceededException} or
     *     {@link CallInterruptedException} when the call ran out of time or was interrupted
     */
    public static HttpExchange post(TransportSettings settings, URL url, CallContext call, ExchangeWatchdog watchdog,
                             Map<String, String> headers, byte[] body) throws IOException {
        call.checkpoint();
        Proxy proxy = ProxyChoice.of(settings.proxySelector(), settings.endpoint());
        HttpExchange exchange = new HttpExchange(open(settings, url, proxy, call, watchdog, headers), call,
                settings.maxResponseBytes());
        return exchange.step(() -> {
            exchange.send(watchdog, body, settings.proxySelector(), proxy, settings.endpoint());
            return exchange;
        });
    }

    /**
     * Whether the status is 2xx.
     *
     * @return true for a successful answer
     */
    public boolean isSuccess() {
        return status / 100 == 2;
    }

    /**
     * The answer's HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The answer's {@code Content-Type}.
     *
     * @return the header's value, or null
     */
    public String contentType() {
        return connection.getContentType();
    }

    CallContext call() {
        return call;
    }

    /**
     * Reads the whole answer, within the size limit.
     *
     * @return the answer
     * @throws IOException if the body cannot be read; the connection is then closed
     */
    public HttpAnswer readAnswer() throws IOException {
        return step(() -> {
            byte[] content = readBody();
            return new HttpAnswer(status, connection.getResponseMessage(), connection.getContentType(),
                    connection.getHeaderField("Retry-After"), content);
        });
    }

    /**
     * The body of a 2xx answer as a stream for the parser, within the same limits as
     * {@link #readAnswer()}; its reader must end it (see {@link ResponseBody}).
     *
     * @return the body
     * @throws IOException if the declared length is over the limit or the stream cannot be opened
     */
    public ResponseBody streamBody() throws IOException {
        return step(() -> {
            checkDeclaredLength();
            checkEncoding();
            return new ResponseBody(this, connection.getInputStream(), maxResponseBytes, connection.getContentLengthLong());
        });
    }

    /** One step of the exchange that may fail. */
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs a step; whatever it throws closes the connection first (see {@link #failed}). */
    private <T> T step(Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException failure) {
            throw failed(failure);
        } catch (RuntimeException | Error failure) {
            disconnect();
            throw failure;
        }
    }

    /**
     * Closes the connection after the body grew past the limit, and says so to the attempt.
     *
     * @param tooLarge the refusal
     * @return the refusal, to throw
     */
    ResponseTooLargeException refused(ResponseTooLargeException tooLarge) {
        disconnect();
        call.recordFailure(tooLarge);
        return tooLarge;
    }

    /** Closes the connection, so that it is never reused, and ends the watch; safe to call more than once. */
    void disconnect() {
        connection.disconnect();
        endWatch();
    }

    /**
     * Marks the body as read whole, before its stream is closed and the connection goes back to the
     * keep-alive cache: from then on the watchdog leaves the connection alone.
     *
     * @throws IOException if the watchdog aborted the exchange first
     */
    void complete() throws IOException {
        if (!phase.compareAndSet(Phase.READING_BODY, Phase.DONE)) {
            IOException aborted = abortedOr(null);
            throw failed(aborted != null ? aborted : new IOException("the exchange already ended"));
        }
        endWatch();
    }

    private void endWatch() {
        ExchangeWatchdog.Watch held = watch;
        if (held != null) {
            watch = null;
            held.close();
        }
    }

    /**
     * Closes the connection after a failure and says what failed: the socket timeouts were cut to
     * the time left, so past the deadline a timeout means the call ran out of time.
     *
     * @param failure what went wrong
     * @return the failure to throw
     */
    IOException failed(IOException failure) {
        disconnect();
        boolean alreadySaid = failure instanceof DeadlineExceededException || failure instanceof CallInterruptedException;
        IOException reported = alreadySaid ? failure : abortedOr(failure);
        if (reported == failure && failure instanceof SocketTimeoutException && call.expired()) {
            reported = new DeadlineExceededException(call.callTimeout());
            reported.initCause(failure);
        }
        // Parsers do not always keep what broke their input as a cause; the attempt does (see CallContext).
        call.recordFailure(reported);
        return reported;
    }

    private static HttpURLConnection open(TransportSettings settings, URL url, Proxy proxy, CallContext call,
                                          ExchangeWatchdog watchdog, Map<String, String> headers) throws IOException {
        // No selector of the user's: openConnection() lets the JDK ask the JVM's default selector,
        // which is also what fails over to its next proxy.
        HttpURLConnection connection = (HttpURLConnection) (proxy == null ? url.openConnection() : url.openConnection(proxy));
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setUseCaches(false);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(call.capMillis(settings.connectTimeout()));
        connection.setReadTimeout(call.capMillis(settings.readTimeout()));
        // No streaming mode: buffered, the small request leaves in one write with its headers.
        // Streamed, headers and body are two TCP segments, and Nagle's algorithm holds the second
        // until the first is acknowledged: ~1.4 ms instead of ~0.09 ms per call on loopback, and a
        // delayed-ACK wait per call against servers that delay their ACKs.
        if (connection instanceof HttpsURLConnection https) {
            https.setSSLSocketFactory(watchdog.sslSockets(settings.sslSocketFactory() != null
                    ? settings.sslSocketFactory() : HttpsURLConnection.getDefaultSSLSocketFactory()));
            if (settings.hostnameVerifier() != null) {
                https.setHostnameVerifier(settings.hostnameVerifier());
            }
        }
        headers.forEach(connection::setRequestProperty);
        connection.setRequestProperty("User-Agent", USER_AGENT);
        // We never decode a compressed answer (see CompressedAnswerException); say so, so that no
        // server or proxy has a reason to send one.
        connection.setRequestProperty("Accept-Encoding", "identity");
        return connection;
    }

    /** Sends the request and reads the status and headers; the watch stays on until the body ends. */
    private void send(ExchangeWatchdog watchdog, byte[] body, ProxySelector selector, Proxy proxy, URI endpoint)
            throws IOException {
        watch = watchdog.watch(this::abortIfDue);
        try {
            connect(selector, proxy, endpoint);
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            status = connection.getResponseCode();
        } catch (IOException closedByWatchdog) {
            throw abortedOr(closedByWatchdog);
        } catch (StackOverflowError endless) {
            // The JDK reads each "100 Continue" with one more recursive call, so a server that sends
            // them without end overflows the stack; the stack has unwound by now, and the
            // connection is dropped below like any other failed one.
            throw new IOException("the server sent informational (1xx) answers without end");
        }
        if (!phase.compareAndSet(Phase.AWAITING_HEADERS, Phase.READING_BODY)) {
            throw abortedOr(null);
        }
        if (status < LOWEST_STATUS || status > HIGHEST_STATUS) {
            // Our exceptions carry only statuses HTTP defines; anything else is not an HTTP answer.
            throw new IOException(status < 0 ? "the server's answer is not a valid HTTP response"
                    : "the server's answer has status " + status + ", which is not an HTTP status ("
                    + LOWEST_STATUS + " to " + HIGHEST_STATUS + ")");
        }
    }

    /** Connects, telling the user's proxy selector when its proxy could not be reached, as the JDK does for its own. */
    private void connect(ProxySelector selector, Proxy proxy, URI endpoint) throws IOException {
        try {
            connection.connect();
        } catch (IOException unreachable) {
            if (selector != null && proxy != null && proxy.type() != Proxy.Type.DIRECT && proxy.address() != null) {
                ProxyChoice.reportFailure(selector, endpoint, proxy, unreachable);
            }
            throw unreachable;
        }
    }

    /**
     * Runs on the watchdog's thread, and ends the caller's blocked wait. While the headers are
     * awaited, {@code disconnect()} closes the socket. Once the body is read it would not: the JDK's
     * body stream holds a lock for the length of a read, and {@code disconnect()} waits for it, up to
     * the read timeout, which would also hold up this sweep for every other call. So over https the
     * socket the caller is blocked in is closed directly ({@link WatchedSslSockets}), again on each
     * sweep until the caller has noticed (it may have been between two reads); over plain http the
     * read ends at its socket timeout, and the body's own deadline checks end the call then.
     */
    private void abortIfDue() {
        Phase reason = call.callerInterrupted() ? Phase.ABORTED_FOR_INTERRUPT
                : call.expired() ? Phase.ABORTED_FOR_DEADLINE : null;
        if (reason == null) {
            return;
        }
        if (phase.compareAndSet(Phase.AWAITING_HEADERS, reason)) {
            connection.disconnect();
        } else if ((phase.compareAndSet(Phase.READING_BODY, reason) || isAborted()) && sslSockets != null) {
            sslSockets.closeWhatIsRead(call.caller());
        }
    }

    private boolean isAborted() {
        Phase now = phase.get();
        return now == Phase.ABORTED_FOR_DEADLINE || now == Phase.ABORTED_FOR_INTERRUPT;
    }

    /** The failure to report: the watchdog's reason if it aborted the exchange, else the failure itself. */
    private IOException abortedOr(IOException failure) {
        IOException reported = switch (phase.get()) {
            case ABORTED_FOR_DEADLINE -> new DeadlineExceededException(call.callTimeout());
            case ABORTED_FOR_INTERRUPT -> new CallInterruptedException();
            default -> null;
        };
        if (reported == null) {
            return failure;
        }
        if (failure != null) {
            reported.initCause(failure);
        }
        return reported;
    }

    /** A 2xx body is parsed, so it must be what we asked for: uncompressed. */
    private void checkEncoding() throws CompressedAnswerException {
        String encoding = connection.getContentEncoding();
        if (encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new CompressedAnswerException(encoding.strip().toLowerCase(Locale.ROOT));
        }
    }

    private void checkDeclaredLength() throws ResponseTooLargeException {
        long declared = connection.getContentLengthLong();
        if (declared > maxResponseBytes) {
            throw new ResponseTooLargeException(maxResponseBytes, "declares " + declared + " bytes, which");
        }
    }

    private byte[] readBody() throws IOException {
        checkDeclaredLength();
        if (isSuccess()) {
            checkEncoding();
        }
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (in == null) {
            complete();
            return new byte[0];
        }
        try (in) {
            byte[] content = new ResponseBody(this, in, maxResponseBytes, connection.getContentLengthLong()).readAll();
            // Before the stream is closed, which hands the connection back to the keep-alive cache.
            complete();
            return content;
        }
    }
}
