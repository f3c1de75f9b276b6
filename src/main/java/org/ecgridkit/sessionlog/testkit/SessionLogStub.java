package org.ecgridkit.sessionlog.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * A SessionLog service for tests: a SOAP server on the loopback interface that answers like
 * ECGridOS with the records, fault or HTTP error you choose, and remembers every request. Point a
 * real client at {@link #endpoint()}:
 *
 * <pre>{@code
 * try (SessionLogStub stub = SessionLogStub.start().respondWith(record);
 *      SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).build()) {
 *     List<SessionRecord> sessions = client.sessionLog("test-session-id", 0, 20);
 *     // sessions equals List.of(record); stub.requests() holds what the client sent
 * }
 * }</pre>
 *
 * <p><b>Both contracts.</b> ECGridOS has two SOAP contracts (see {@link ServiceContract}), and the
 * stub speaks both unless told otherwise with {@link #speaks(ServiceContract)}. It recognises the
 * documented contract's {@code {http://www.ecgridos.net/}SessionLog} and the published contract's
 * {@code {https://os.ecgrid.io/}SessionLog}, {@code SessionLogEx} and {@code SessionLogCurrent},
 * and answers each request in its own contract: {@code SessionIDInfo} entries of six fields for
 * the documented one, {@code SessionLogInfo} entries with status, end time ({@code
 * 0001-01-01T00:00:00} while a session is open, as .NET writes it), version and events for the
 * published one. A request in a contract the stub does not speak gets the fault an .asmx server
 * answers a request it cannot route with, so a test can play a server of either kind.
 *
 * <p>It speaks both SOAP versions, answering each request in the version it was sent in, and
 * behaves as the service does where a test can see it: at most {@code MaxRecords} records come
 * back, faults carry HTTP status 500 and an {@code ECGridOSSOAPErrorCode} or {@code ErrorInfo}
 * detail, and a request that is not a SessionLog call gets a {@code Client} fault. Until told
 * otherwise it answers with an empty session log. It does not filter: {@code UserID} and
 * {@code SessionLogEx}'s window are recorded in {@link #requests()}, not applied, so a test gets
 * back exactly the records it chose.
 *
 * <p><b>Logins.</b> With {@link #acceptLogin} the stub answers {@code Login} (of either contract)
 * for the users a test chooses, issuing a new session id each time, and {@code Logout}, recording
 * it in {@link #logouts()}; {@link #expireSessions()} makes every issued session id answer the
 * service's {@code SessionTimeout} fault, so a test can watch a client log in again.
 *
 * <p>Thread-safe: answers and contracts may be changed, and requests read, while calls are in
 * flight; a call gets the answer that was set when it arrived. Requests are served on a small pool
 * of daemon threads. {@link #close()} stops the server.
 */
public final class SessionLogStub implements AutoCloseable {

    /** The path the real service listens on, so endpoints look alike. */
    private static final String PATH = "/v4.1/prod/ECGridOS.asmx";
    /** Larger requests are refused; a SessionLog request is a few hundred bytes. */
    private static final int MAX_REQUEST_BYTES = 1 << 20;
    private static final int THREADS = 4;
    /** What the service answers a call with an expired session: an {@code ErrorInfo} fault, {@code SessionTimeout}. */
    private static final StubAnswer SESSION_TIMEOUT = new StubAnswer.ErrorInfoFault("SessionTimeout",
            "Session timed out; log in again.");
    private static final StubAnswer LOGIN_REFUSED = new StubAnswer.Fault(ErrorCategory.AUTHENTICATION,
            "Login failed: unknown login name or wrong password.");

    private final HttpServer server;
    private final ExecutorService threads;
    private final URI endpoint;
    private final List<StubRequest> requests = new ArrayList<>();
    private volatile StubAnswer answer = new StubAnswer.Records(List.of());
    private volatile Duration delay = Duration.ZERO;
    private volatile ServiceContract speaks = ServiceContract.AUTO;
    /** Login name to password, for the users {@link #acceptLogin} added. */
    private final Map<String, String> users = new ConcurrentHashMap<>();
    /** Every session id a Login issued, in order, with whether it is still open. Guarded by itself. */
    private final Map<String, Boolean> sessions = new LinkedHashMap<>();
    private final List<String> logouts = new ArrayList<>();
    private final AtomicInteger sessionCounter = new AtomicInteger();

    private SessionLogStub(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
        InetSocketAddress address = server.getAddress();
        this.endpoint = URI.create("http://" + hostLiteral(address.getAddress()) + ":" + address.getPort() + PATH);
    }

    /**
     * Starts a stub on a free port of the loopback interface.
     *
     * @return the running stub, answering with an empty session log
     * @throws UncheckedIOException if no server socket could be opened
     */
    public static SessionLogStub start() {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "sessionlog-stub");
            thread.setDaemon(true); // a test that forgets close() must still let the JVM exit
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(threads);
            SessionLogStub stub = new SessionLogStub(server, threads);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            threads.shutdownNow();
            throw new UncheckedIOException("could not start the SessionLog stub on loopback", e);
        }
    }

    /**
     * The address to give {@code SessionLogClient.builder().endpoint(...)}: plain {@code http}
     * on the loopback interface, e.g. {@code http://127.0.0.1:41234/v4.1/prod/ECGridOS.asmx}.
     *
     * @return the stub's SessionLog endpoint
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Answers every following request with these records, in this order, in the request's
     * contract, cut to the request's {@code MaxRecords} as the service does; a
     * {@code SessionLogCurrent} request gets the first record alone (no result when there is none).
     * In the published contract a record's status {@link org.ecgridkit.sessionlog.SessionStatus#UNKNOWN}
     * is sent as {@code Unknown}, a value outside the WSDL's enumeration that a client reads back
     * as {@code UNKNOWN}, so that every record survives the round trip; no end time is sent as
     * {@code 0001-01-01T00:00:00}, and an event's elapsed time in whole milliseconds.
     *
     * @param records the sessions to return; may be empty
     * @return this stub
     * @throws NullPointerException if {@code records} or one of them is null
     * @throws IllegalArgumentException if a record holds text XML 1.0 cannot carry, or an event's
     *     elapsed time does not fit the wire's {@code int} of milliseconds
     */
    public SessionLogStub respondWith(List<SessionRecord> records) {
        this.answer = new StubAnswer.Records(records);
        return this;
    }

    /**
     * Answers every following request with these records; see {@link #respondWith(List)}.
     *
     * @param records the sessions to return
     * @return this stub
     * @throws NullPointerException if {@code records} or one of them is null
     */
    public SessionLogStub respondWith(SessionRecord... records) {
        return respondWith(List.of(records));
    }

    /**
     * Answers every following request with a SOAP fault of the category, as ECGridOS sends one:
     * HTTP 500, fault code {@code Client} ({@code Sender} in SOAP 1.2) for the caller's errors and
     * {@code Server} ({@code Receiver}) for {@link ErrorCategory#SYSTEM_ERROR} and
     * {@link ErrorCategory#UNKNOWN}, and a detail {@code <ECGridOSSOAPErrorCode>} naming the category
     * (none for {@code UNKNOWN}). The client reports it as an
     * {@link org.ecgridkit.sessionlog.EcGridOsFaultException} with this category and fault string.
     *
     * @param category the category the fault names
     * @param faultString the fault's human-readable text
     * @return this stub
     * @throws NullPointerException if an argument is null
     */
    public SessionLogStub respondWithFault(ErrorCategory category, String faultString) {
        this.answer = new StubAnswer.Fault(Objects.requireNonNull(category, "category"),
                Objects.requireNonNull(faultString, "faultString"));
        return this;
    }

    /**
     * Answers every following request with a SOAP fault whose detail is the {@code ErrorInfo}
     * element of the older live service ({@code <ErrorInfo><ErrorCode>..</ErrorCode>
     * <ErrorMessage>..</ErrorMessage></ErrorInfo>}, the fault string repeated as the message):
     * HTTP 500, fault code {@code Server} ({@code Receiver}) for {@code SQLError},
     * {@code InternalError} and {@code Unknown}, {@code Client} ({@code Sender}) for every other
     * code. The client reports it as an {@link org.ecgridkit.sessionlog.EcGridOsFaultException}
     * whose {@code errorCode()} is {@code errorCode} and whose category follows from it.
     *
     * @param errorCode the {@code ErrorCode}, e.g. {@code "AccessDenied"} or {@code "SesssionTimeout"}
     * @param faultString the fault's human-readable text
     * @return this stub
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument holds a character XML 1.0 cannot carry
     */
    public SessionLogStub respondWithErrorInfo(String errorCode, String faultString) {
        this.answer = new StubAnswer.ErrorInfoFault(Objects.requireNonNull(errorCode, "errorCode"),
                Objects.requireNonNull(faultString, "faultString"));
        return this;
    }

    /**
     * Chooses which contract the stub speaks from the next request on. A request in a contract it
     * does not speak is answered as an .asmx server answers a request it cannot route: HTTP 500,
     * fault code {@code soap:Client} with {@code "System.Web.Services.Protocols.SoapException: Server
     * did not recognize the value of HTTP Header SOAPAction: <action>."} and a .NET stack trace in
     * SOAP 1.1; {@code soap:Sender} with {@code "... Unable to handle request. The action '<action>'
     * was not recognized."} in SOAP 1.2. Such requests are not added to {@link #requests()}, as the
     * service never reads them.
     *
     * <p>The default is {@link ServiceContract#AUTO}, meaning both: which contract the live service
     * speaks is not known (the reference pages and the WSDL it publishes disagree), so the stub does
     * not guess, and a client of either contract (or one that finds out, as {@code AUTO} clients
     * do) gets its answer without further setup. Choose one contract to play a server of that kind,
     * for instance to test that a client falls back from one contract to the other.
     *
     * @param contract {@link ServiceContract#DOCUMENTED} or {@link ServiceContract#PUBLISHED_WSDL}
     *     for that contract alone, {@link ServiceContract#AUTO} for both
     * @return this stub
     * @throws NullPointerException if {@code contract} is null
     */
    public SessionLogStub speaks(ServiceContract contract) {
        this.speaks = Objects.requireNonNull(contract, "contract");
        return this;
    }

    /**
     * Answers every following request with an HTTP error and no SOAP body (a plain-text body
     * naming the status), as a proxy or an overloaded server would. The client reports it as an
     * {@link org.ecgridkit.sessionlog.EcGridOsTransportException} with this status.
     *
     * @param status an HTTP status from 400 to 599, e.g. 503
     * @return this stub
     * @throws IllegalArgumentException if {@code status} is not an error status
     */
    public SessionLogStub respondWithHttpError(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status (400..599), was " + status);
        }
        return respondWithBody(status, "text/plain; charset=utf-8", "HTTP " + status + " from the SessionLog stub\n");
    }

    /**
     * Answers every following request with exactly this HTTP answer, for responses the other
     * methods do not produce: a body that is not SOAP, a truncated envelope, another namespace.
     *
     * @param status the HTTP status, 200 to 599
     * @param contentType the {@code Content-Type} header, e.g. {@code "text/html"}
     * @param body the body, sent in UTF-8
     * @return this stub
     * @throws NullPointerException if {@code contentType} or {@code body} is null
     * @throws IllegalArgumentException if {@code status} is outside 200..599
     */
    public SessionLogStub respondWithBody(int status, String contentType, String body) {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("status must be within 200..599, was " + status);
        }
        this.answer = new StubAnswer.Fixed(status, Objects.requireNonNull(contentType, "contentType"),
                Objects.requireNonNull(body, "body"));
        return this;
    }

    /**
     * Waits this long before sending each following answer, to test timeouts: a client whose read
     * timeout is shorter fails with {@link org.ecgridkit.sessionlog.EcGridOsTimeoutException}.
     *
     * @param delay how long to wait; {@link Duration#ZERO} for no wait (the default)
     * @return this stub
     * @throws NullPointerException if {@code delay} is null
     * @throws IllegalArgumentException if {@code delay} is negative
     */
    public SessionLogStub delayResponses(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        this.delay = delay;
        return this;
    }

    /**
     * Accepts a Login (of either contract) with this login name and password from now on, so a
     * client built with {@code Credentials.login(..)} can log in. Each successful Login issues a new
     * session id ({@link #sessionIds()}); a Login with any other name or password gets an
     * authentication fault, as a wrong password does from the service. Logins are answered whatever
     * {@link #respondWith} answer is set.
     *
     * <p>The stub checks only the session ids it issued: one that expired ({@link #expireSessions()})
     * or was logged out gets the service's {@code SessionTimeout} fault; any other session id (an
     * API key, a test's made-up id) is answered as before.
     *
     * @param loginName the login name to accept
     * @param password its password
     * @return this stub
     * @throws NullPointerException if an argument is null
     */
    public SessionLogStub acceptLogin(String loginName, String password) {
        users.put(Objects.requireNonNull(loginName, "loginName"), Objects.requireNonNull(password, "password"));
        return this;
    }

    /**
     * Expires every session id issued so far, as the service does after a period of inactivity:
     * a later call with one gets a {@code SessionTimeout} fault (an authentication fault), so a test
     * can see its client log in again.
     *
     * @return this stub
     */
    public SessionLogStub expireSessions() {
        synchronized (sessions) {
            sessions.replaceAll((id, open) -> false);
        }
        return this;
    }

    /**
     * The session ids Logins issued so far, oldest first.
     *
     * @return an immutable snapshot
     */
    public List<String> sessionIds() {
        synchronized (sessions) {
            return List.copyOf(sessions.keySet());
        }
    }

    /**
     * The session ids of the Logout requests received so far, oldest first, whether or not the
     * session was still open.
     *
     * @return an immutable snapshot
     */
    public List<String> logouts() {
        synchronized (sessions) {
            return List.copyOf(logouts);
        }
    }

    /**
     * The requests received so far, oldest first, Logins and Logouts included (a Login's password
     * is not recorded). Requests the stub does not know, and requests in a contract it does not
     * {@linkplain #speaks(ServiceContract) speak}, are not included.
     *
     * @return an immutable snapshot
     */
    public List<StubRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Stops the server at once; requests still being answered are cut off. Idempotent. */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * Describes the stub by its endpoint.
     *
     * @return e.g. {@code SessionLogStub[http://127.0.0.1:41234/v4.1/prod/ECGridOS.asmx]}
     */
    @Override
    public String toString() {
        return "SessionLogStub[" + endpoint + "]";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            StubAnswer.HttpAnswer reply = reply(exchange);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        } catch (IOException clientWentAway) {
            // A client that timed out has closed its end: nothing to answer to.
        }
    }

    private StubAnswer.HttpAnswer reply(HttpExchange exchange) throws IOException {
        if (!PATH.equals(exchange.getRequestURI().getPath())) {
            return plain(404, "no SessionLog service at " + exchange.getRequestURI().getPath());
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return plain(405, "SessionLog takes POST");
        }
        SoapVersion version = soapVersion(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (version == null) {
            return plain(415, "a SOAP request is text/xml (SOAP 1.1) or application/soap+xml (SOAP 1.2)");
        }
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            return plain(413, "request larger than " + MAX_REQUEST_BYTES + " bytes");
        }
        SessionLogRequestReader.Read read;
        try {
            read = SessionLogRequestReader.read(body, version);
        } catch (IllegalArgumentException notSessionLog) {
            return new StubAnswer.HttpAnswer(StubAnswer.FAULT_STATUS, SoapEnvelopeWriter.contentType(version),
                    SoapEnvelopeWriter.fault(version, true, "Not an operation the stub serves: " + notSessionLog.getMessage(), null));
        }
        StubRequest request = read.request();
        String action = action(exchange, version);
        ServiceContract spoken = speaks; // read once, like the answer
        WireOperation operation = WireOperation.of(request);
        if (!speaksContract(spoken, operation.contract())) {
            return RoutingFault.answer(version, action);
        }
        // An .asmx server routes by the action, not by the body: an action it has no method for is unroutable.
        if (!action.isEmpty() && !action.equals(operation.action())) {
            boolean known = false;
            for (WireOperation other : WireOperation.values()) {
                known |= other.action().equals(action) && speaksContract(spoken, other.contract());
            }
            if (!known) {
                return RoutingFault.answer(version, action);
            }
            return new StubAnswer.HttpAnswer(StubAnswer.FAULT_STATUS, SoapEnvelopeWriter.contentType(version),
                    SoapEnvelopeWriter.fault(version, true, "Server was unable to read request: the action '" + action
                            + "' does not match the body's {" + operation.namespace() + "}" + operation.localName(), null));
        }
        synchronized (requests) {
            requests.add(request);
        }
        StubAnswer chosen = answer; // read once: the answer set when the request arrived
        pause(delay);
        if (operation.isLogin()) {
            return login(request, operation, read.password());
        }
        if (operation.isLogout()) {
            return logout(request, operation);
        }
        if (isClosedSession(request.sessionId())) {
            return SESSION_TIMEOUT.answer(request);
        }
        return chosen.answer(request);
    }

    private StubAnswer.HttpAnswer login(StubRequest request, WireOperation operation, String password) {
        String expected = users.get(request.loginName().orElse(""));
        if (expected == null || !expected.equals(password)) {
            return LOGIN_REFUSED.answer(request);
        }
        String sessionId = "stub-session-" + sessionCounter.incrementAndGet() + "-" + UUID.randomUUID();
        synchronized (sessions) {
            sessions.put(sessionId, true);
        }
        return new StubAnswer.HttpAnswer(200, SoapEnvelopeWriter.contentType(request.soapVersion()),
                LoginBodyWriter.loginResponse(request.soapVersion(), operation, sessionId));
    }

    private StubAnswer.HttpAnswer logout(StubRequest request, WireOperation operation) {
        boolean wasOpen;
        synchronized (sessions) {
            logouts.add(request.sessionId());
            wasOpen = Boolean.TRUE.equals(sessions.get(request.sessionId()));
            if (sessions.containsKey(request.sessionId())) {
                sessions.put(request.sessionId(), false);
            }
        }
        return new StubAnswer.HttpAnswer(200, SoapEnvelopeWriter.contentType(request.soapVersion()),
                LoginBodyWriter.logoutResponse(request.soapVersion(), operation, wasOpen));
    }

    /** Whether the id is one this stub issued and has since expired or logged out. */
    private boolean isClosedSession(String sessionId) {
        synchronized (sessions) {
            return Boolean.FALSE.equals(sessions.get(sessionId));
        }
    }

    private static boolean speaksContract(ServiceContract spoken, ServiceContract contract) {
        return spoken == ServiceContract.AUTO || spoken == contract;
    }

    /**
     * The action the request was sent with, unquoted: the SOAPAction header in SOAP 1.1, the
     * content type's {@code action} parameter in SOAP 1.2. Empty when there is none.
     */
    private static String action(HttpExchange exchange, SoapVersion version) {
        if (version == SoapVersion.SOAP_1_1) {
            return unquote(exchange.getRequestHeaders().getFirst("SOAPAction"));
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.regionMatches(true, 0, "action=", 0, "action=".length())) {
                return unquote(p.substring("action=".length()));
            }
        }
        return "";
    }

    private static String unquote(String value) {
        String v = value == null ? "" : value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    private static SoapVersion soapVersion(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        if (type.startsWith("application/soap+xml")) {
            return SoapVersion.SOAP_1_2;
        }
        return type.startsWith("text/xml") ? SoapVersion.SOAP_1_1 : null;
    }

    /** Reads the whole request body, or returns null when it is too large. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_REQUEST_BYTES + 1);
        return body.length > MAX_REQUEST_BYTES ? null : body;
    }

    private static StubAnswer.HttpAnswer plain(int status, String text) {
        return new StubAnswer.HttpAnswer(status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // close() interrupts sleeping answers
        }
    }

    private static String hostLiteral(InetAddress address) {
        String host = address.getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
