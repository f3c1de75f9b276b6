package org.ecgridkit.sessionlog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.HttpsURLConnection;

/**
 * One HTTP POST of a SessionLog attempt, on HttpURLConnection, bounded in time and size.
 *
 * <ul>
 *   <li>Connect and read timeouts are the configured ones cut to what is left of the call.</li>
 *   <li>While the request is sent and the headers awaited, the {@link ExchangeWatchdog} closes
 *       the connection if the call runs out of time or its thread is interrupted.</li>
 *   <li>The body is read in slices with the deadline and the interrupt flag checked between them,
 *       so a server that dribbles bytes cannot stretch the call, and never past
 *       {@code maxResponseBytes}: a declared length over the limit fails before any byte is read.</li>
 * </ul>
 * {@link #post} returns once the status and headers are in; the body is then either read whole
 * ({@link #readAnswer()}: error statuses, which are searched for a SOAP fault, and anything the wire
 * log shows) or handed to the parser as it arrives ({@link #streamBody()}).
 * Any failure disconnects, so a half-read socket never goes back to the keep-alive cache.
 */
final class HttpExchange {

    private static final String USER_AGENT = "ecgridos-sessionlog (JAX-WS RI)";

    private enum Phase { AWAITING_HEADERS, READING_BODY, ABORTED_FOR_DEADLINE, ABORTED_FOR_INTERRUPT }

    private final HttpURLConnection connection;
    private final CallContext call;
    private final long maxResponseBytes;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.AWAITING_HEADERS);
    private int status;

    private HttpExchange(HttpURLConnection connection, CallContext call, long maxResponseBytes) {
        this.connection = connection;
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
    static HttpExchange post(TransportSettings settings, URL url, CallContext call, ExchangeWatchdog watchdog,
                             Map<String, String> headers, byte[] body) throws IOException {
        call.checkpoint();
        HttpExchange exchange = new HttpExchange(open(settings, url, call, headers), call, settings.maxResponseBytes());
        return exchange.step(() -> {
            exchange.send(watchdog, body);
            return exchange;
        });
    }

    /** Whether the status is 2xx. */
    boolean isSuccess() {
        return status / 100 == 2;
    }

    int status() {
        return status;
    }

    String contentType() {
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
    HttpAnswer readAnswer() throws IOException {
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
    ResponseBody streamBody() throws IOException {
        return step(() -> {
            checkDeclaredLength();
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

    /** Closes the connection, so that it is never reused; safe to call more than once. */
    void disconnect() {
        connection.disconnect();
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
        if (failure instanceof SocketTimeoutException && call.expired()) {
            return (IOException) new DeadlineExceededException(call.callTimeout()).initCause(failure);
        }
        return failure;
    }

    private static HttpURLConnection open(TransportSettings settings, URL url, CallContext call,
                                          Map<String, String> headers) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
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
            if (settings.sslSocketFactory() != null) {
                https.setSSLSocketFactory(settings.sslSocketFactory());
            }
            if (settings.hostnameVerifier() != null) {
                https.setHostnameVerifier(settings.hostnameVerifier());
            }
        }
        headers.forEach(connection::setRequestProperty);
        connection.setRequestProperty("User-Agent", USER_AGENT);
        return connection;
    }

    private void send(ExchangeWatchdog watchdog, byte[] body) throws IOException {
        try (ExchangeWatchdog.Watch watch = watchdog.watch(this::abortIfDue)) {
            try (OutputStream out = connection.getOutputStream()) {
                out.write(body);
            }
            status = connection.getResponseCode();
        } catch (IOException closedByWatchdog) {
            throw abortedOr(closedByWatchdog);
        }
        if (!phase.compareAndSet(Phase.AWAITING_HEADERS, Phase.READING_BODY)) {
            throw abortedOr(null);
        }
        if (status < 100) {
            throw new IOException("the server's answer is not a valid HTTP response");
        }
    }

    /** Runs on the watchdog's thread; closing the connection ends the caller's blocked wait. */
    private void abortIfDue() {
        Phase reason = call.callerInterrupted() ? Phase.ABORTED_FOR_INTERRUPT
                : call.expired() ? Phase.ABORTED_FOR_DEADLINE : null;
        if (reason != null && phase.compareAndSet(Phase.AWAITING_HEADERS, reason)) {
            connection.disconnect();
        }
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

    private void checkDeclaredLength() throws ResponseTooLargeException {
        long declared = connection.getContentLengthLong();
        if (declared > maxResponseBytes) {
            throw new ResponseTooLargeException(maxResponseBytes, "declares " + declared + " bytes, which");
        }
    }

    private byte[] readBody() throws IOException {
        checkDeclaredLength();
        InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            return new ResponseBody(this, in, maxResponseBytes, connection.getContentLengthLong()).readAll();
        }
    }
}
