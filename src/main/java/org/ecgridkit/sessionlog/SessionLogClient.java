package org.ecgridkit.sessionlog;

import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import org.ecgridkit.sessionlog.internal.AsyncPool;
import org.ecgridkit.sessionlog.internal.CallGate;
import org.ecgridkit.sessionlog.internal.ClientSettings;
import org.ecgridkit.sessionlog.internal.LoopbackHost;
import org.ecgridkit.sessionlog.internal.RequestValidator;
import org.ecgridkit.sessionlog.internal.LoginSender;
import org.ecgridkit.sessionlog.internal.SessionCalls;
import org.ecgridkit.sessionlog.internal.http.TransportSettings;
import org.ecgridkit.sessionlog.internal.XmlChars;

/**
 * Calls the ECGridOS SOAP operation {@code SessionLog}: the recent sessions of a user, for auditing
 * login activity.
 *
 * <pre>{@code
 * try (SessionLogClient client = SessionLogClient.builder()
 *         .credentials(Credentials.login(loginName, password)) // logs in on the first call, out on close()
 *         .build()) {
 *     for (SessionRecord s : client.sessionLog(SessionLogQuery.ownSessions().maxRecords(20))) {
 *         System.out.println(s.created() + " -> " + s.expires() + " " + s.status() + " user " + s.userId());
 *     }
 * } catch (EcGridOsFaultException e) {
 *     if (e.category() == ErrorCategory.AUTHENTICATION) {
 *         // the login name or password was refused
 *     }
 * }
 * }</pre>
 *
 * <p>With {@linkplain Credentials credentials} the client manages the session: see
 * {@link #sessionLog(SessionLogQuery)} for when it logs in again. Without, every call names a session
 * id the caller manages: {@link #sessionLog(String, int, int)}.
 *
 * <p>A client is immutable and thread-safe: build one and share it between all threads. Building
 * one does no network I/O. Each contract's generated JAX-WS port is created once per client, from
 * the WSDL bundled in the jar: at {@code build()} for a pinned
 * {@linkplain Builder#contract(ServiceContract) contract}, on the first call with
 * {@link ServiceContract#AUTO}. The first client in a JVM also loads the JAX-WS runtime and JAXB,
 * which later ones find loaded, so do not build one per call. Close it when
 * done to release the ports, its watchdog thread and the client's own async threads.
 *
 * <p>With {@link ServiceContract#AUTO} (the default), the first call against a server of the
 * documented contract makes two requests: the published contract's, which the server refuses, then
 * the documented one. Both count in {@link EcGridOsException#attempts()} and share the call timeout;
 * the client then remembers the contract, and every later call makes one request per attempt.
 *
 * <p>Every failure of a call is an unchecked {@link EcGridOsException}; invalid arguments are
 * rejected with {@link IllegalArgumentException} before anything is sent. No message,
 * {@code toString()} or log line of this library contains a session id, an API key or a password.
 */
public final class SessionLogClient implements AutoCloseable {

    /** The ECGridOS v4.1 production endpoint: {@code https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx}. */
    public static final URI DEFAULT_ENDPOINT = TransportSettings.DEFAULT_ENDPOINT;

    private final ClientSettings settings;
    private final ServiceContract contract;
    /** For toString(): the kind of credentials, never their secret. Null when the client has none. */
    private final Credentials credentials;
    private final SessionCalls calls;
    private final Executor executor;
    /** The pool this client created and must shut down; null when the user supplied the executor. */
    private final ExecutorService ownedPool;
    /** Admits calls until close(), then closes the port after the last admitted call. */
    private final CallGate gate;

    private SessionLogClient(Builder builder) {
        this.settings = new ClientSettings(new TransportSettings(builder.endpoint, builder.connectTimeout,
                builder.readTimeout, builder.maxResponseBytes,
                builder.sslContext == null ? null : builder.sslContext.getSocketFactory(), builder.hostnameVerifier,
                builder.proxySelector), builder.soapVersion, builder.callTimeout, builder.retryPolicy);
        this.contract = builder.contract;
        this.calls = openCalls(settings, builder);
        this.credentials = builder.credentials;
        this.gate = new CallGate(calls::close);
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

    /** The client's calls, with a session source for its credentials, if any. */
    private static SessionCalls openCalls(ClientSettings settings, Builder builder) {
        Credentials credentials = builder.credentials;
        if (credentials == null) {
            return SessionCalls.withoutCredentials(settings, builder.contract);
        }
        return switch (credentials.kind()) {
            case API_KEY, SESSION_ID -> SessionCalls.withSessionId(settings, builder.contract, credentials.token());
            case LOGIN -> SessionCalls.withLogin(settings, builder.contract, credentials.loginName(),
                    credentials.passwordCopy(), LoginSender.thisSdk(builder.senderCompanyName, builder.senderContact,
                            builder.senderContactEmail));
        };
    }

    /**
     * Creates a client with every setting at its default: the production endpoint over https,
     * SOAP 1.1, 10 s connect timeout, 30 s read timeout, 2 min call timeout, the
     * {@linkplain RetryPolicy#standard() standard} retry policy and a 16 MiB response limit.
     *
     * @return a new client
     */
    public static SessionLogClient create() {
        return builder().build();
    }

    /**
     * Lists sessions as a {@link SessionLogQuery} describes them (whose, how many, optionally within
     * a time window), with the client's {@linkplain Builder#credentials(Credentials) credentials}.
     *
     * <p>With {@link Credentials#login login credentials} the first call logs in (one Login however
     * many threads make the first call), and a call that fails because the session expired (an
     * {@link ErrorCategory#AUTHENTICATION} fault) logs in again once and is repeated once; the
     * Login requests count in {@link EcGridOsException#attempts()} and share the call timeout. A
     * Login that fails (a wrong password, say) fails the call as it is, with no retry.
     *
     * @param query what to ask for
     * @return the sessions, as an unmodifiable list; empty, never null, when there are none
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalStateException if the client has no credentials, or is closed
     * @throws EcGridOsFaultException if the service answered with a SOAP fault
     * @throws EcGridOsTimeoutException if connecting or reading took longer than configured, or the
     *     call as a whole outlasted the call timeout
     * @throws EcGridOsTransportException if the network failed or the server sent an HTTP error
     *     (after the retries the {@link RetryPolicy} allows)
     * @throws EcGridOsResponseException if the response is not what the contract describes, or is
     *     longer than the response limit
     * @throws EcGridOsException if the calling thread was interrupted; its interrupt flag stays set
     */
    public List<SessionRecord> sessionLog(SessionLogQuery query) {
        Objects.requireNonNull(query, "query");
        requireCredentials("sessionLog(query)");
        return admitted(() -> calls.sessionLog(query));
    }

    /**
     * Lists sessions as {@link #sessionLog(SessionLogQuery)} does, without blocking the caller; see
     * {@link #sessionLogAsync(String, int, int)} for where the call runs and how it fails.
     *
     * @param query what to ask for
     * @return a future of the unmodifiable list of sessions
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalStateException if the client has no credentials, or is closed
     */
    public CompletableFuture<List<SessionRecord>> sessionLogAsync(SessionLogQuery query) {
        Objects.requireNonNull(query, "query");
        requireCredentials("sessionLogAsync(query)");
        return async(() -> calls.sessionLog(query));
    }

    /**
     * Lists a user's recent sessions with a session id the caller manages itself. Clients built
     * with {@linkplain Builder#credentials(Credentials) credentials} can use
     * {@link #sessionLog(SessionLogQuery)} instead, which needs no session id.
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key; a secret,
     *     never logged or shown
     * @param userId the user whose sessions to list; 0 means the user that owns {@code sessionId}
     * @param maxRecords the most records to return, 1 to 32767 (the service returns at most 100)
     * @return the sessions, as an unmodifiable list; empty, never null, when there are none
     * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
     * @throws EcGridOsException if the call fails; see {@link #sessionLog(SessionLogQuery)}
     * @throws IllegalStateException if the client is closed
     */
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        RequestValidator.validate(sessionId, userId, maxRecords);
        return sessionLog(sessionId, SessionLogQuery.ofUser(userId).maxRecords(maxRecords));
    }

    /**
     * Lists sessions as a {@link SessionLogQuery} describes them, with a session id the caller
     * manages itself (never renewed: an expired one is an {@link ErrorCategory#AUTHENTICATION} fault).
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key; a secret,
     *     never logged or shown
     * @param query what to ask for
     * @return the sessions, as an unmodifiable list; empty, never null, when there are none
     * @throws IllegalArgumentException if {@code sessionId} is invalid (nothing is sent)
     * @throws NullPointerException if {@code query} is null
     * @throws EcGridOsException if the call fails; see {@link #sessionLog(SessionLogQuery)}
     * @throws IllegalStateException if the client is closed
     */
    public List<SessionRecord> sessionLog(String sessionId, SessionLogQuery query) {
        RequestValidator.validateSessionId(sessionId);
        Objects.requireNonNull(query, "query");
        return admitted(() -> calls.sessionLog(sessionId, query));
    }

    /**
     * The session of the client's credentials: its start, expiry, status and API calls so far; see
     * {@link #currentSession(String)} for what each contract does.
     *
     * @return the session, or empty when the service returned none
     * @throws IllegalStateException if the client has no credentials, or is closed
     * @throws EcGridOsException if the call fails; see {@link #sessionLog(SessionLogQuery)}
     */
    public Optional<SessionRecord> currentSession() {
        requireCredentials("currentSession()");
        return admitted(calls::currentSession);
    }

    /**
     * The session of a session id: its start, expiry, status and API calls so far. On the published
     * contract this is the service's {@code SessionLogCurrent}; the documented contract has no such
     * operation, so there the client lists the session user's 100 most recent sessions and returns
     * the one with this session id (none when {@code sessionId} is an API key, which no session
     * carries).
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key
     * @return the session, or empty when the service returned none
     * @throws IllegalArgumentException if {@code sessionId} is invalid (nothing is sent)
     * @throws EcGridOsException if the call fails; see {@link #sessionLog(SessionLogQuery)}
     * @throws IllegalStateException if the client is closed
     */
    public Optional<SessionRecord> currentSession(String sessionId) {
        RequestValidator.validateSessionId(sessionId);
        return admitted(() -> calls.currentSession(sessionId));
    }

    /**
     * The contract this client speaks: the one set with {@link Builder#contract(ServiceContract)},
     * or, on {@link ServiceContract#AUTO}, the one the first successful call found; empty until then.
     *
     * @return the contract in use, or empty
     */
    public Optional<ServiceContract> contractInUse() {
        return Optional.ofNullable(calls.contractInUse());
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
        return sessionLogAsync(sessionId, SessionLogQuery.ofUser(userId).maxRecords(maxRecords));
    }

    /**
     * Lists sessions as a {@link SessionLogQuery} describes them, without blocking the caller; see
     * {@link #sessionLogAsync(String, int, int)} for where the call runs and how it fails.
     *
     * @param sessionId an active session token from {@code Login}, or a user's API key
     * @param query what to ask for
     * @return a future of the unmodifiable list of sessions
     * @throws IllegalArgumentException if {@code sessionId} is invalid (nothing is sent)
     * @throws NullPointerException if {@code query} is null
     * @throws IllegalStateException if the client is closed
     */
    public CompletableFuture<List<SessionRecord>> sessionLogAsync(String sessionId, SessionLogQuery query) {
        RequestValidator.validateSessionId(sessionId);
        Objects.requireNonNull(query, "query");
        return async(() -> calls.sessionLog(sessionId, query));
    }

    /** Runs a call admitted by the gate, so that close() releases the ports only after it. */
    private <T> T admitted(Supplier<T> call) {
        gate.enter();
        try {
            return call.get();
        } finally {
            gate.exit();
        }
    }

    /** Runs a call on the executor; admitted now, not when the task runs, so a call queued before close() still runs. */
    private <T> CompletableFuture<T> async(Supplier<T> call) {
        gate.enter();
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    future.complete(call.get());
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

    private void requireCredentials(String method) {
        if (!calls.hasCredentials()) {
            throw new IllegalStateException(method + " uses the client's credentials, and this client has none: build it"
                    + " with SessionLogClient.builder().credentials(Credentials.login(..)), Credentials.apiKey(..) or"
                    + " Credentials.sessionId(..), or pass a session id to the call");
        }
    }

    /**
     * Closes the client. New calls are rejected with {@link IllegalStateException}; calls already
     * running or queued (async calls accepted before {@code close()}) complete normally. When the
     * last of them finishes, a session the client logged in is logged out (one attempt; a failure is
     * logged at {@code WARNING}, never thrown), a password is wiped, and the SOAP ports are
     * released; with no call running that happens in this call, which then waits for the Logout
     * (at most the connect and read timeouts). The client's own async pool is shut down; an
     * executor supplied by the user is left running. Idempotent.
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
     * @return e.g. {@code SessionLogClient[endpoint=https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx, soapVersion=SOAP_1_1, contract=AUTO, open]}
     */
    @Override
    public String toString() {
        URI endpoint = settings.transport().endpoint();
        String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        return "SessionLogClient[endpoint=" + endpoint.getScheme() + "://" + endpoint.getHost() + port + path
                + ", soapVersion=" + settings.soapVersion() + ", contract=" + contract
                + (credentials == null ? "" : ", credentials=" + credentials) + ", "
                + (gate.isClosed() ? "closed" : "open") + "]";
    }

    /**
     * Configures a {@link SessionLogClient}. Every setting has a default, so {@code build()} alone
     * gives a working client. Setters reject bad values at once. A builder is mutable and not
     * thread-safe; the clients it builds are both immutable and thread-safe, and it can build any
     * number of them.
     */
    public static final class Builder {
        private static final Duration MAX_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);
        /** The largest byte array Java can allocate, with room for the one byte that detects overflow. */
        private static final long MAX_RESPONSE_BYTES_LIMIT = Integer.MAX_VALUE - 9L;

        private URI endpoint = DEFAULT_ENDPOINT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Executor executor;
        private SoapVersion soapVersion = SoapVersion.SOAP_1_1;
        private ServiceContract contract = ServiceContract.AUTO;
        private Duration callTimeout = Duration.ofMinutes(2);
        private RetryPolicy retryPolicy = RetryPolicy.standard();
        private long maxResponseBytes = 16L * 1024 * 1024;
        private boolean allowInsecureHttp;
        private SSLContext sslContext;
        private HostnameVerifier hostnameVerifier;
        /** Null: the JVM's default selector, looked up by the JDK at each connection. */
        private ProxySelector proxySelector;
        private Credentials credentials;
        private String senderCompanyName;
        private String senderContact;
        private String senderContactEmail;

        private Builder() {
        }

        /**
         * Sets the service address. Default: {@link SessionLogClient#DEFAULT_ENDPOINT}. A plain
         * {@code http} address is accepted by {@link #build()} only for a loopback host
         * ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) or with
         * {@link #allowInsecureHttp(boolean) allowInsecureHttp(true)}: the session id must not cross
         * a network unencrypted.
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
         * Sets which of the service's two SOAP contracts to speak. Default:
         * {@link ServiceContract#AUTO}, which finds out on the first call (see there for what that
         * call may cost) and remembers the answer for the client's lifetime. Pin
         * {@link ServiceContract#DOCUMENTED} or {@link ServiceContract#PUBLISHED_WSDL} when you know
         * what the endpoint speaks: every call is then one request per attempt.
         *
         * @param contract the contract
         * @return this builder
         * @throws NullPointerException if {@code contract} is null
         */
        public Builder contract(ServiceContract contract) {
            this.contract = Objects.requireNonNull(contract, "contract");
            return this;
        }

        /**
         * Sets how long a whole call may take: every attempt and every wait between attempts
         * together. Past it the call fails with {@link EcGridOsTimeoutException}, even if the
         * server keeps sending a byte now and then (which a read timeout alone would not catch).
         * Each attempt's connect and read timeouts are cut to what is left of it. Default: 2 minutes.
         *
         * @param timeout a positive duration of at most {@code Integer.MAX_VALUE} milliseconds
         * @return this builder
         * @throws NullPointerException if {@code timeout} is null
         * @throws IllegalArgumentException if it is zero, negative or too long
         */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = checkTimeout(timeout, "callTimeout");
            return this;
        }

        /**
         * Sets which failed attempts are repeated, how often and after what wait. Default:
         * {@link RetryPolicy#standard()}; {@link RetryPolicy#none()} makes one attempt only.
         *
         * @param policy the policy
         * @return this builder
         * @throws NullPointerException if {@code policy} is null
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Sets the longest response body the client reads. A longer one (by its declared length,
         * or once that many bytes have arrived) fails the call with
         * {@link EcGridOsResponseException}, and nothing past the limit is read or kept.
         * SessionLog returns at most a few hundred records, a few hundred kilobytes.
         * Default: 16 MiB.
         *
         * @param bytes 1 to {@code Integer.MAX_VALUE - 9}
         * @return this builder
         * @throws IllegalArgumentException if {@code bytes} is out of range
         */
        public Builder maxResponseBytes(long bytes) {
            if (bytes < 1 || bytes > MAX_RESPONSE_BYTES_LIMIT) {
                throw new IllegalArgumentException("maxResponseBytes must be 1.." + MAX_RESPONSE_BYTES_LIMIT
                        + ", was " + bytes);
            }
            this.maxResponseBytes = bytes;
            return this;
        }

        /**
         * Allows a plain {@code http} endpoint on a host that is not loopback, for a test service
         * behind a trusted network or a TLS-terminating proxy on the same host. The session id then
         * crosses the network unencrypted. Default: {@code false}.
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowInsecureHttp(boolean allow) {
            this.allowInsecureHttp = allow;
            return this;
        }

        /**
         * Sets the TLS context for {@code https} endpoints: trust for a private CA, or a client
         * certificate for mutual TLS. Ignored for {@code http}. Default: the JVM's default context.
         *
         * @param context an initialized SSL context
         * @return this builder
         * @throws NullPointerException if {@code context} is null
         */
        public Builder sslContext(SSLContext context) {
            this.sslContext = Objects.requireNonNull(context, "context");
            return this;
        }

        /**
         * Sets how the host name of an {@code https} endpoint is checked against its certificate.
         * Ignored for {@code http}. Default: the JVM's standard check. Loosening it makes the
         * connection open to interception; prefer a certificate that names the host.
         *
         * @param verifier the verifier
         * @return this builder
         * @throws NullPointerException if {@code verifier} is null
         */
        public Builder hostnameVerifier(HostnameVerifier verifier) {
            this.hostnameVerifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /**
         * Sets how to reach the endpoint through an HTTP proxy: each attempt asks the selector for
         * the endpoint's URI and connects through the first proxy it returns ({@code https} is
         * tunnelled with {@code CONNECT}, so the proxy never sees the session id); an empty answer or
         * {@link java.net.Proxy#NO_PROXY} connects directly. A proxy that cannot be reached is
         * reported to the selector's {@code connectFailed}. For one fixed proxy, use
         * {@code ProxySelector.of(InetSocketAddress.createUnresolved(host, port))}. Default: the JVM's
         * {@link ProxySelector#getDefault()} (set by {@code ProxySelector.setDefault} or the
         * {@code http.proxyHost}/{@code https.proxyHost} system properties), asked at each connection.
         * A plain {@code http} endpoint sends the session id to the proxy unencrypted.
         *
         * @param selector the selector
         * @return this builder
         * @throws NullPointerException if {@code selector} is null
         */
        public Builder proxy(ProxySelector selector) {
            this.proxySelector = Objects.requireNonNull(selector, "selector");
            return this;
        }

        /**
         * How the client authenticates the calls that take no session id, such as
         * {@link SessionLogClient#sessionLog(SessionLogQuery)}: an API key, a session id the caller
         * owns, or a login the client manages (see {@link Credentials}). Without credentials, every
         * call names its session id.
         *
         * @param credentials the credentials
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * The technical contact a Login of the documented contract names in its {@code
         * SenderCompanyName}, {@code SenderContact} and {@code SenderContactEmail} fields (its
         * {@code SenderSolution} and {@code SenderVersion} are this SDK's name and version). Empty
         * when not set; the published contract's Login has no such fields.
         *
         * @param companyName the contact's company
         * @param contact the contact's name
         * @param contactEmail the contact's e-mail address
         * @return this builder
         * @throws IllegalArgumentException if a value holds a character XML 1.0 cannot carry
         */
        public Builder senderContact(String companyName, String contact, String contactEmail) {
            XmlChars.requireXmlText(Objects.requireNonNull(companyName, "companyName"), "companyName");
            XmlChars.requireXmlText(Objects.requireNonNull(contact, "contact"), "contact");
            XmlChars.requireXmlText(Objects.requireNonNull(contactEmail, "contactEmail"), "contactEmail");
            this.senderCompanyName = companyName;
            this.senderContact = contact;
            this.senderContactEmail = contactEmail;
            return this;
        }

        /**
         * Builds a client with the current settings. Does no network I/O.
         *
         * @return a new, thread-safe client
         * @throws IllegalStateException if the endpoint is plain {@code http} to a host that is not
         *     loopback and {@link #allowInsecureHttp(boolean)} was not set
         */
        public SessionLogClient build() {
            if (endpoint.getScheme().equalsIgnoreCase("http") && !allowInsecureHttp
                    && !LoopbackHost.isLoopback(endpoint.getHost())) {
                throw new IllegalStateException("endpoint http://" + endpoint.getHost()
                        + " is plain http to a host that is not loopback, so the session id would cross the"
                        + " network unencrypted; use https, or allowInsecureHttp(true) if that is intended");
            }
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
