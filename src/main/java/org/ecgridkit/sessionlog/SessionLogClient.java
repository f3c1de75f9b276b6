package org.ecgridkit.sessionlog;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.ecgridkit.sessionlog.internal.AsyncPool;
import org.ecgridkit.sessionlog.internal.CallGate;
import org.ecgridkit.sessionlog.internal.RequestValidator;
import org.ecgridkit.sessionlog.internal.SoapPort;
import org.ecgridkit.sessionlog.internal.TransportSettings;

/**
 * Calls the ECGridOS SOAP operation {@code SessionLog}: the recent sessions of a user, for auditing
 * login activity.
 *
 * <pre>{@code
 * try (SessionLogClient client = SessionLogClient.create()) {
 *     List<SessionRecord> sessions = client.sessionLog(sessionId, 0, 20); // 0 = the session's own user
 *     for (SessionRecord s : sessions) {
 *         System.out.println(s.created() + " -> " + s.expires() + " user " + s.userId());
 *     }
 * } catch (EcGridOsFaultException e) {
 *     if (e.category() == ErrorCategory.AUTHENTICATION) {
 *         // the session id is invalid or expired: log in again
 *     }
 * }
 * }</pre>
 *
 * <p>A client is immutable and thread-safe: build one and share it between all threads. Building
 * one does no network I/O (the WSDL ships inside the jar), but does create the JAX-WS service and
 * port: the first client in a JVM takes most of a second (loading JAX-WS and JAXB), later ones a few
 * tens of milliseconds, so do not build one per call. Close it when done to
 * release the port and the client's own async threads.
 *
 * <p>Every failure of a call is an unchecked {@link EcGridOsException}; invalid arguments are
 * rejected with {@link IllegalArgumentException} before anything is sent. No message,
 * {@code toString()} or log line of this library contains a session id.
 */
public final class SessionLogClient implements AutoCloseable {

    /** The ECGridOS v4.1 production endpoint: {@code https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx}. */
    public static final URI DEFAULT_ENDPOINT = TransportSettings.DEFAULT_ENDPOINT;

    private final TransportSettings settings;
    private final SoapPort port;
    private final Executor executor;
    /** The pool this client created and must shut down; null when the user supplied the executor. */
    private final ExecutorService ownedPool;
    /** Admits calls until close(), then closes the port after the last admitted call. */
    private final CallGate gate;

    private SessionLogClient(Builder builder) {
        this.settings = new TransportSettings(builder.endpoint, builder.connectTimeout,
                builder.readTimeout, builder.soapVersion);
        this.port = SoapPort.open(settings);
        this.gate = new CallGate(port::close);
        if (builder.executor != null) {
            this.executor = builder.executor;
            this.ownedPool = null;
        } else {
            this.ownedPool = AsyncPool.create();
            this.executor = ownedPool;
        }
    }

    /**
     * Starts configuring a client.
     *
     * @return a new builder with every setting at its default
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client with every setting at its default: the production endpoint, SOAP 1.1,
     * 10 s connect timeout, 30 s read timeout.
     *
     * @return a new client
     */
    public static SessionLogClient create() {
        return builder().build();
    }

    /**
     * Lists a user's recent sessions.
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key; a secret,
     *     never logged or shown
     * @param userId the user whose sessions to list; 0 means the user that owns {@code sessionId}
     * @param maxRecords the most records to return, 1 to 32767 (the service returns at most 100)
     * @return the sessions, as an unmodifiable list; empty, never null, when there are none
     * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
     * @throws EcGridOsFaultException if the service answered with a SOAP fault
     * @throws EcGridOsTimeoutException if connecting or reading took longer than configured
     * @throws EcGridOsTransportException if the network failed or the server sent an HTTP error
     * @throws EcGridOsResponseException if the response is not what the contract describes
     * @throws IllegalStateException if the client is closed
     */
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        RequestValidator.validate(sessionId, userId, maxRecords);
        gate.enter();
        try {
            return port.sessionLog(sessionId, userId, maxRecords);
        } finally {
            gate.exit();
        }
    }

    /**
     * Lists the recent sessions of the user that owns {@code sessionId}: the same as
     * {@code sessionLog(sessionId, 0, maxRecords)}.
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key
     * @param maxRecords the most records to return, 1 to 32767
     * @return the sessions, as an unmodifiable list; empty, never null, when there are none
     * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
     * @throws EcGridOsException if the call fails; see {@link #sessionLog(String, int, int)}
     * @throws IllegalStateException if the client is closed
     */
    public List<SessionRecord> sessionLog(String sessionId, int maxRecords) {
        return sessionLog(sessionId, 0, maxRecords);
    }

    /**
     * Lists a user's recent sessions without blocking the caller. The call runs on the executor
     * given to {@link Builder#executor(Executor)}, or else on a small pool of daemon threads that
     * this client owns and {@link #close()} shuts down.
     *
     * <p>Arguments are validated at once, in the calling thread. Failures of the call itself
     * complete the future exceptionally with the same {@link EcGridOsException} subtypes that
     * {@link #sessionLog(String, int, int)} throws: {@code get()} wraps them in an
     * {@code ExecutionException}, {@code join()} in a {@code CompletionException}, and
     * {@code whenComplete} sees them directly. If the executor rejects the task, the future fails
     * with a plain {@link EcGridOsException} whose cause is the {@code RejectedExecutionException}.
     * Cancelling the future does not abort a request already on the wire.
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key
     * @param userId the user whose sessions to list; 0 means the user that owns {@code sessionId}
     * @param maxRecords the most records to return, 1 to 32767
     * @return a future of the unmodifiable list of sessions
     * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<List<SessionRecord>> sessionLogAsync(String sessionId, int userId, int maxRecords) {
        RequestValidator.validate(sessionId, userId, maxRecords);
        // Admitted now, not when the task runs: a call queued before close() still runs.
        gate.enter();
        CompletableFuture<List<SessionRecord>> future = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    future.complete(port.sessionLog(sessionId, userId, maxRecords));
                } catch (Throwable failure) {
                    future.completeExceptionally(failure);
                } finally {
                    gate.exit();
                }
            });
        } catch (RejectedExecutionException rejected) {
            gate.exit();
            future.completeExceptionally(new EcGridOsException(
                    "the executor rejected the SessionLog call (is it shut down?)", rejected));
        } catch (RuntimeException | Error unexpected) {
            gate.exit();
            throw unexpected;
        }
        return future;
    }

    /**
     * Closes the client. New calls are rejected with {@link IllegalStateException}; calls already
     * running or queued (async calls accepted before {@code close()}) complete normally, and the
     * SOAP port is released when the last of them finishes. The client's own async pool is shut
     * down; an executor supplied by the user is left running. Idempotent; does not block.
     */
    @Override
    public void close() {
        if (gate.close() && ownedPool != null) {
            ownedPool.shutdown();
        }
    }

    /**
     * Describes the client: endpoint (without query, fragment or user info, which might carry
     * secrets), SOAP version and whether it is open.
     *
     * @return e.g. {@code SessionLogClient[endpoint=https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx, soapVersion=SOAP_1_1, open]}
     */
    @Override
    public String toString() {
        URI endpoint = settings.endpoint();
        String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        return "SessionLogClient[endpoint=" + endpoint.getScheme() + "://" + endpoint.getHost() + port + path
                + ", soapVersion=" + settings.soapVersion() + ", " + (gate.isClosed() ? "closed" : "open") + "]";
    }

    /**
     * Configures a {@link SessionLogClient}. Every setting has a default, so {@code build()} alone
     * gives a working client. Setters reject bad values at once. A builder is mutable and not
     * thread-safe; the clients it builds are both immutable and thread-safe, and it can build any
     * number of them.
     */
    public static final class Builder {
        private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

        private URI endpoint = DEFAULT_ENDPOINT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Executor executor;
        private SoapVersion soapVersion = SoapVersion.SOAP_1_1;

        private Builder() {
        }

        /**
         * Sets the service address. Default: {@link SessionLogClient#DEFAULT_ENDPOINT}.
         *
         * @param endpoint an absolute {@code http} or {@code https} URI with a host
         * @return this builder
         * @throws NullPointerException if {@code endpoint} is null
         * @throws IllegalArgumentException if it is not an absolute http(s) URI with a host
         */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new IllegalArgumentException("endpoint must be an http or https URI, was scheme '" + scheme + "'");
            }
            if (endpoint.getHost() == null || endpoint.getHost().isEmpty()) {
                throw new IllegalArgumentException("endpoint must name a host");
            }
            if (endpoint.getRawUserInfo() != null) {
                throw new IllegalArgumentException("endpoint must not carry user info; ECGridOS authenticates by session id");
            }
            this.endpoint = endpoint;
            return this;
        }

        /**
         * Sets how long to wait for a connection (TCP and TLS). Default: 10 seconds.
         *
         * @param timeout a positive duration of at most {@code Integer.MAX_VALUE} milliseconds
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if it is zero, negative or too long
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = checkTimeout(timeout, "connectTimeout");
            return this;
        }

        /**
         * Sets how long to wait for the next bytes of the response before giving up. Default:
         * 30 seconds.
         *
         * @param timeout a positive duration of at most {@code Integer.MAX_VALUE} milliseconds
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if it is zero, negative or too long
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = checkTimeout(timeout, "readTimeout");
            return this;
        }

        /**
         * Sets the executor that runs {@link SessionLogClient#sessionLogAsync async} calls. Default:
         * a pool of up to four daemon threads owned, and shut down, by the client. An executor set
         * here is never shut down by the client.
         *
         * @param executor the executor
         * @return this builder
         * @throws NullPointerException if {@code executor} is null
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * Sets the SOAP version to speak. Default: {@link SoapVersion#SOAP_1_1}.
         *
         * @param version the version
         * @return this builder
         * @throws NullPointerException if {@code version} is null
         */
        public Builder soapVersion(SoapVersion version) {
            this.soapVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Builds a client with the current settings. Does no network I/O.
         *
         * @return a new, thread-safe client
         */
        public SessionLogClient build() {
            return new SessionLogClient(this);
        }

        private static Duration checkTimeout(Duration timeout, String name) {
            Objects.requireNonNull(timeout, name);
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + timeout);
            }
            if (timeout.compareTo(MAX_TIMEOUT) > 0) {
                throw new IllegalArgumentException(name + " must be at most " + MAX_TIMEOUT + ", was " + timeout);
            }
            return timeout;
        }
    }
}
