package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.ecgridkit.sessionlog.testkit.StubRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every output format and every exit code of {@code sessionlog}, run in-process against a
 * {@link SessionLogStub} and compared with a transcript under {@code golden/cli/}. No run may print
 * the session id it was given.
 */
class CliGoldenTest {

    static final String SESSION_ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";
    static final String PASSWORD = "golden-password-8d3c";
    private static final Map<String, String> WITH_SESSION_ID = Map.of(SessionLogCommand.SESSION_ID_ENV, SESSION_ID);
    private static final Map<String, String> NO_ENVIRONMENT = Map.of();

    /**
     * Session ids a hostile or broken server might send: separators, quotes, a line break, a C1
     * terminal escape (CSI) and a right-to-left override. (C0 escapes such as ESC cannot occur:
     * XML 1.0 cannot carry them.)
     */
    private static final List<SessionRecord> AWKWARD_RECORDS = List.of(
            new SessionRecord("comma,and \"quotes\"", 1, 2, 3,
                    Instant.parse("2026-05-07T08:00:00.1234567Z"), Instant.parse("2026-05-08T10:30:15Z")),
            new SessionRecord("line\nbreak\u009b31m-escape\u202e-override", 4, 5, 6,
                    Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T07:55:00Z")));

    private final SessionLogStub stub = SessionLogStub.start();

    @AfterEach
    void stop() {
        stub.close();
    }

    /** One golden case: the file name, how the stub answers, the environment, standard input and arguments. */
    record Case(String name, Consumer<SessionLogStub> answer, Map<String, String> environment, String stdin,
                List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case seed(String name, String... args) {
        return new Case(name, stub -> stub.respondWith(DemoSessionLog.DOCUMENTED_RECORDS), WITH_SESSION_ID, "", endpointAnd(args));
    }

    private static Case answering(String name, Consumer<SessionLogStub> answer, String... args) {
        return new Case(name, answer, WITH_SESSION_ID, "", endpointAnd(args));
    }

    private static Case withoutStub(String name, Map<String, String> environment, String... args) {
        return new Case(name, stub -> { }, environment, "", List.of(args));
    }

    private static List<String> endpointAnd(String... args) {
        List<String> all = new ArrayList<>(List.of("--endpoint", "$ENDPOINT"));
        all.addAll(Arrays.asList(args));
        return all;
    }

    static Stream<Case> cases() {
        return Stream.of(
                // exit 0: each format, masking, limits, the demo, the session id from standard input
                seed("table"),
                seed("csv", "--format", "csv"),
                seed("json", "--format", "JSON"),
                seed("table-show-tokens", "--show-tokens"),
                seed("table-max-records-1", "--max-records", "1"),
                answering("table-empty", stub -> stub.respondWith(List.of())),
                answering("csv-empty", stub -> stub.respondWith(List.of()), "--format", "csv"),
                answering("json-empty", stub -> stub.respondWith(List.of()), "--format", "json"),
                answering("table-awkward-text", stub -> stub.respondWith(AWKWARD_RECORDS), "--show-tokens"),
                answering("csv-awkward-text", stub -> stub.respondWith(AWKWARD_RECORDS), "--show-tokens", "--format", "csv"),
                answering("json-awkward-text", stub -> stub.respondWith(AWKWARD_RECORDS), "--show-tokens", "--format", "json"),
                new Case("session-id-from-stdin", stub -> stub.respondWith(DemoSessionLog.DOCUMENTED_RECORDS), NO_ENVIRONMENT,
                        SESSION_ID + "\n", endpointAnd("--session-id", "-")),
                // the demo: published contract by default (needs the client to speak it), documented on request
                withoutStub("demo", NO_ENVIRONMENT, "--demo"),
                withoutStub("demo-events", NO_ENVIRONMENT, "--demo", "--events"),
                withoutStub("demo-csv", NO_ENVIRONMENT, "--demo", "--format", "csv"),
                withoutStub("demo-csv-events", NO_ENVIRONMENT, "--demo", "--format", "csv", "--events"),
                withoutStub("demo-json", NO_ENVIRONMENT, "--demo", "--format", "json"),
                withoutStub("demo-json-1", WITH_SESSION_ID, "--demo", "--format", "json", "--max-records", "1"),
                withoutStub("demo-published-wsdl", NO_ENVIRONMENT, "--demo", "--contract", "published-wsdl", "--show-tokens"),
                withoutStub("demo-documented", NO_ENVIRONMENT, "--demo", "--contract", "documented"),
                withoutStub("demo-documented-events", NO_ENVIRONMENT, "--demo", "--contract", "DOCUMENTED", "--events"),
                // the audit formats: the demo of each contract, and an empty log
                withoutStub("demo-summary", NO_ENVIRONMENT, "--demo", "--format", "summary"),
                withoutStub("demo-html", NO_ENVIRONMENT, "--demo", "--format", "html"),
                withoutStub("demo-documented-summary", NO_ENVIRONMENT, "--demo", "--contract", "documented", "--format", "summary"),
                withoutStub("demo-documented-html", NO_ENVIRONMENT, "--demo", "--contract", "documented", "--format", "html"),
                answering("summary-empty", stub -> stub.respondWith(List.of()), "--format", "summary"),
                answering("html-empty", stub -> stub.respondWith(List.of()), "--format", "html"),
                // --contract against a server of one contract
                answering("contract-documented", stub -> stub.speaks(ServiceContract.DOCUMENTED)
                        .respondWith(DemoSessionLog.PUBLISHED_RECORDS), "--contract", "documented", "--format", "json"),
                answering("contract-auto-documented-server", stub -> stub.speaks(ServiceContract.DOCUMENTED)
                        .respondWith(DemoSessionLog.DOCUMENTED_RECORDS)),
                answering("contract-published-wsdl", stub -> stub.speaks(ServiceContract.PUBLISHED_WSDL)
                        .respondWith(DemoSessionLog.PUBLISHED_RECORDS), "--contract", "published-wsdl", "--events"),
                answering("contract-published-wsdl-documented-server", stub -> stub.speaks(ServiceContract.DOCUMENTED)
                        .respondWith(DemoSessionLog.DOCUMENTED_RECORDS), "--contract", "published-wsdl"),
                // credentials: a Login the tool makes (and ends), an API key from a named variable
                new Case("login", stub -> stub.acceptLogin("alice", PASSWORD).respondWith(DemoSessionLog.DOCUMENTED_RECORDS),
                        Map.of(SessionLogCommand.PASSWORD_ENV, PASSWORD), "", endpointAnd("--login", "alice")),
                new Case("api-key-env", stub -> stub.respondWith(DemoSessionLog.DOCUMENTED_RECORDS),
                        Map.of("MY_ECGRID_KEY", SESSION_ID), "", endpointAnd("--api-key-env", "MY_ECGRID_KEY")),
                new Case("fault-login-wrong-password", stub -> stub.acceptLogin("alice", "another-password-1"),
                        Map.of(SessionLogCommand.PASSWORD_ENV, PASSWORD), "", endpointAnd("--login", "alice")),
                withoutStub("usage-login-without-password", NO_ENVIRONMENT, "--endpoint", "http://127.0.0.1:9/",
                        "--login", "alice"),
                withoutStub("usage-two-credentials", WITH_SESSION_ID, "--endpoint", "http://127.0.0.1:9/",
                        "--login", "alice", "--session-id", "-"),
                withoutStub("usage-api-key-env-unset", NO_ENVIRONMENT, "--endpoint", "http://127.0.0.1:9/",
                        "--api-key-env", "MY_ECGRID_KEY"),
                withoutStub("help", NO_ENVIRONMENT, "--help"),
                // exit 2: usage
                withoutStub("usage-unknown-option", WITH_SESSION_ID, "--frobnicate"),
                withoutStub("usage-bad-format", WITH_SESSION_ID, "--format", "xml"),
                withoutStub("usage-bad-contract", WITH_SESSION_ID, "--contract", "wsdl"),
                withoutStub("usage-bad-timeout", WITH_SESSION_ID, "--read-timeout", "soon"),
                withoutStub("usage-zero-timeout", WITH_SESSION_ID, "--connect-timeout", "0s"),
                withoutStub("usage-negative-timeout", WITH_SESSION_ID, "--read-timeout", "-1s"),
                withoutStub("usage-max-records-not-a-number", WITH_SESSION_ID, "--max-records", "many"),
                withoutStub("usage-endpoint-without-scheme", WITH_SESSION_ID, "--endpoint", "os.ecgrid.io"),
                withoutStub("usage-plain-http-endpoint", WITH_SESSION_ID, "--endpoint", "http://example.com/"),
                // refused before the password is asked for (this terminal would answer none)
                withoutStub("usage-plain-http-endpoint-login", NO_ENVIRONMENT, "--endpoint", "http://example.com/",
                        "--login", "alice"),
                // a misspelt option: the one meant, when one is close
                withoutStub("usage-did-you-mean-max-records", WITH_SESSION_ID, "--max-record", "5"),
                withoutStub("usage-did-you-mean-login", NO_ENVIRONMENT, "--loging", "alice"),
                withoutStub("usage-did-you-mean-format", WITH_SESSION_ID, "--formt", "json"),
                withoutStub("usage-did-you-mean-timeouts", WITH_SESSION_ID, "--timeout", "5s"),
                withoutStub("usage-unexpected-argument", WITH_SESSION_ID, "json"),
                // with --demo, a usage error and nothing else: no notice before it
                withoutStub("usage-demo-max-records-0", NO_ENVIRONMENT, "--demo", "--max-records", "0"),
                withoutStub("usage-demo-negative-user-id", NO_ENVIRONMENT, "--demo", "--user-id", "-1"),
                withoutStub("usage-demo-misspelt-option", NO_ENVIRONMENT, "--demo", "--formt", "json"),
                withoutStub("usage-no-session-id", NO_ENVIRONMENT, "--endpoint", "http://127.0.0.1:9/"),
                withoutStub("usage-blank-session-id", Map.of(SessionLogCommand.SESSION_ID_ENV, "   "),
                        "--endpoint", "http://127.0.0.1:9/"),
                withoutStub("usage-empty-stdin", NO_ENVIRONMENT, "--session-id", "-"),
                withoutStub("usage-bad-endpoint", WITH_SESSION_ID, "--endpoint", "ftp://example.com/"),
                withoutStub("usage-demo-with-endpoint", NO_ENVIRONMENT, "--demo", "--endpoint", "http://127.0.0.1:9/"),
                seed("usage-max-records-0", "--max-records", "0"),
                seed("usage-negative-user-id", "--user-id", "-1"),
                // exit 6: the --output file cannot be written
                withoutStub("output-no-such-folder", NO_ENVIRONMENT, "--demo", "--format", "html", "--output",
                        "no-such-folder/audit.html"),
                // exit 3: SOAP faults
                answering("fault-authentication",
                        stub -> stub.respondWithFault(ErrorCategory.AUTHENTICATION, "Authentication failed.")),
                answering("fault-authorization",
                        stub -> stub.respondWithFault(ErrorCategory.AUTHORIZATION, "Access denied."), "--user-id", "4711"),
                answering("fault-object-not-found",
                        stub -> stub.respondWithFault(ErrorCategory.OBJECT_NOT_FOUND, "User not found."), "--user-id", "4711"),
                answering("fault-invalid-parameter",
                        stub -> stub.respondWithFault(ErrorCategory.INVALID_PARAMETER, "Bad MaxRecords.")),
                answering("fault-system-error",
                        stub -> stub.respondWithFault(ErrorCategory.SYSTEM_ERROR, "Internal error.")),
                answering("fault-errorinfo-access-denied",
                        stub -> stub.respondWithErrorInfo("AccessDenied", "Access denied."), "--user-id", "4711"),
                answering("fault-unknown",
                        stub -> stub.respondWithFault(ErrorCategory.UNKNOWN, "Something\nwent \u009b2Jwrong.")),
                // exit 4: transport
                answering("transport-http-503", stub -> stub.respondWithHttpError(503)),
                answering("transport-http-404", stub -> stub.respondWithHttpError(404)),
                // a name that never resolves (RFC 6761 reserves .invalid); fails before any connection
                withoutStub("transport-unknown-host", WITH_SESSION_ID, "--endpoint", "https://no-such-host.invalid/"),
                answering("transport-read-timeout", stub -> stub.delayResponses(Duration.ofSeconds(5)),
                        "--read-timeout", "300ms"),
                // exit 5: bad response
                answering("response-not-soap",
                        stub -> stub.respondWithBody(200, "text/html", "<html><body>Down for maintenance</body></html>")),
                answering("response-missing-field", stub -> stub.respondWithBody(200, "text/xml; charset=utf-8",
                        "<soap:Envelope xmlns:soap='http://schemas.xmlsoap.org/soap/envelope/'><soap:Body>"
                                + "<SessionLogResponse xmlns='http://www.ecgridos.net/'><SessionLogResult><SessionIDInfo>"
                                + "<SessionID>X</SessionID><UserID>1</UserID><NetworkID>2</NetworkID><MailboxID>3</MailboxID>"
                                + "<Expires>2026-05-07T09:00:00Z</Expires></SessionIDInfo></SessionLogResult>"
                                + "</SessionLogResponse></soap:Body></soap:Envelope>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesItsGoldenTranscript(Case c) {
        c.answer().accept(stub);
        CliRun run = run(c.args(), c.environment(), c.stdin());
        assertThat(run.stdout() + run.stderr()).doesNotContain(SESSION_ID).doesNotContain(PASSWORD);
        stub.sessionIds().forEach(issued -> assertThat(run.stdout() + run.stderr()).doesNotContain(issued));
        GoldenFile.assertMatches("cli/" + c.name() + ".txt", run.transcript());
    }

    @Test
    void connectionRefusedNamesTheHostAndPort() throws IOException {
        int port = portWithNothingListening();
        CliRun run = CliRun.of(List.of("--endpoint", "http://127.0.0.1:" + port + "/"),
                List.of("--endpoint", "http://127.0.0.1:$PORT/"), WITH_SESSION_ID, "");
        GoldenFile.assertMatches("cli/transport-connection-refused.txt", run.transcript().replace(":" + port, ":$PORT"));
    }

    @Test
    void aProxyThatRefusesIsNamedAsTheProxy() throws IOException {
        int port = portWithNothingListening();
        CliRun run = run(endpointAnd("--proxy", "127.0.0.1:" + port), WITH_SESSION_ID, "");
        GoldenFile.assertMatches("cli/transport-proxy-refused.txt", run.transcript().replace(":" + port, ":$PORT"));
        assertThat(stub.requests()).isEmpty();
    }

    /** A loopback port that was free a moment ago: opened, then closed, so a connection to it is refused. */
    private static int portWithNothingListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void versionNamesTheProjectVersion() {
        CliRun run = run(List.of("--version"), NO_ENVIRONMENT, "");
        String version = org.ecgridkit.sessionlog.internal.SdkVersion.version();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+.*");
        GoldenFile.assertMatches("cli/version.txt", run.transcript().replace(version, "${project.version}"));
    }

    /** --version alone is answered without picocli, for start-up time; it must print what picocli prints. */
    @Test
    void theVersionShortcutPrintsWhatPicocliPrints() {
        CliRun shortcut = run(List.of("--version"), NO_ENVIRONMENT, "");
        CliRun shortForm = run(List.of("-V"), NO_ENVIRONMENT, "");
        CliRun picocli = run(List.of("--version", "--verbose"), NO_ENVIRONMENT, ""); // not alone: parsed by picocli
        assertThat(SessionLogCli.isVersionAlone(new String[] {"--version"})).isTrue();
        assertThat(SessionLogCli.isVersionAlone(new String[] {"--version", "--verbose"})).isFalse();
        assertThat(shortcut.stdout()).isEqualTo(picocli.stdout()).isEqualTo(shortForm.stdout()).isNotEmpty();
        assertThat(List.of(shortcut.exitCode(), shortForm.exitCode(), picocli.exitCode())).containsOnly(ExitCode.OK);
        assertThat(shortcut.stderr() + picocli.stderr()).isEmpty();
    }

    @Test
    void verbosePrintsTheStackTraceButNeverTheSessionId() {
        stub.respondWithFault(ErrorCategory.AUTHENTICATION, "Session " + SESSION_ID + " expired.");
        CliRun run = run(endpointAnd("--verbose"), WITH_SESSION_ID, "");
        assertThat(run.exitCode()).isEqualTo(ExitCode.SOAP_FAULT);
        assertThat(run.stderr()).startsWith("sessionlog: authentication failed (SOAP fault Client, ECGridOS error"
                        + " Authentication: \"Session ****E1F0 expired.\")")
                .contains("org.ecgridkit.sessionlog.EcGridOsFaultException", "\tat ", "Caused by: ")
                .doesNotContain(SESSION_ID);
    }

    @Test
    void theSessionIdFromStandardInputIsWhatIsSent() {
        stub.respondWith(DemoSessionLog.DOCUMENTED_RECORDS);
        run(endpointAnd("--session-id", "-", "--user-id", "4711", "--max-records", "7"), NO_ENVIRONMENT, SESSION_ID + "\r\n");
        assertThat(stub.requests()).extracting(StubRequest::sessionId, StubRequest::userId, StubRequest::maxRecords)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SESSION_ID, 4711, 7));
    }

    @Test
    void helpShowsTheClientsDefaultEndpoint() {
        assertThat(run(List.of("--help"), NO_ENVIRONMENT, "").stdout())
                .contains(org.ecgridkit.sessionlog.SessionLogClient.DEFAULT_ENDPOINT.toString());
    }

    /** Runs the tool with {@code $ENDPOINT} replaced by the stub's endpoint; the transcript keeps the placeholder. */
    private CliRun run(List<String> shownArgs, Map<String, String> environment, String stdin) {
        List<String> args = shownArgs.stream().map(a -> a.replace("$ENDPOINT", stub.endpoint().toString())).toList();
        return CliRun.of(args, shownArgs, environment, stdin);
    }
}
