package org.ecgridkit.sessionlog.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.ecgridkit.sessionlog.Credentials;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.LoopbackHost;
import org.ecgridkit.sessionlog.internal.failure.Secret;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code sessionlog} command: its options, and one SessionLog call that prints what came back. */
@Command(name = "sessionlog",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Lists a user's recent ECGridOS sessions (the SOAP operation SessionLog), for auditing login activity.",
            "",
            "Credentials, one of: --login NAME (the tool logs in, and out before it exits, also after a failure"
                    + " or Ctrl-C; the password comes from " + SessionLogCommand.PASSWORD_ENV + " or is asked for"
                    + " on the terminal), --api-key-env VAR, --session-id, or else the environment variable "
                    + SessionLogCommand.SESSION_ID_ENV + ". Session ids in the output are masked to their last"
                    + " four characters unless --show-tokens is given.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the sessions were printed",
            "2:usage error: a bad or missing option, or no session id; nothing was sent",
            "3:ECGridOS answered with a SOAP fault, e.g. an invalid or expired session id",
            "4:network failure, HTTP error or timeout",
            "5:the response is not what the SessionLog contract describes",
            "6:the --output file could not be written; it was left as it was",
            "1:internal error"},
        footerHeading = "%nEnvironment:%n",
        footer = {"  " + SessionLogCommand.SESSION_ID_ENV + "   the session id, used when no other credentials are given",
            "  " + SessionLogCommand.PASSWORD_ENV + "     the password for --login (else asked for)"})
final class SessionLogCommand implements Callable<Integer> {

    /** Where the session id comes from by default: unlike an argument, the environment is not shown by {@code ps}. */
    static final String SESSION_ID_ENV = "ECGRID_SESSION_ID";
    /** Where the password for --login comes from, if not typed at the prompt; never from an argument, which ps shows. */
    static final String PASSWORD_ENV = "ECGRID_PASSWORD";
    private static final String FROM_STDIN = "-";
    /** A session id is a few dozen characters; this is only a bound against reading a whole file. */
    private static final int MAX_STDIN_CHARS = 64 * 1024;

    @Spec
    private CommandSpec spec;

    @Option(names = "--endpoint", paramLabel = "URL", converter = EndpointConverter.class,
            description = {"SessionLog service address; default, the production service:",
                "https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx"})
    private URI endpoint;

    @Option(names = "--session-id", paramLabel = "ID",
            description = {"Session token from Login, or an API key; '-' reads it from the first line of standard input.",
                "Prefer " + SESSION_ID_ENV + ": other users of this machine can read command-line arguments with ps."})
    private String sessionIdOption;

    @Option(names = "--login", paramLabel = "NAME",
            description = "Log in as NAME, and out before exiting. The password comes from " + PASSWORD_ENV
                    + ", or is asked for on the terminal without echo; never from the command line.")
    private String loginName;

    @Option(names = "--api-key-env", paramLabel = "VAR",
            description = "Read an ECGridOS API key from the environment variable VAR (no Login, no Logout).")
    private String apiKeyVariable;

    @Option(names = "--user-id", paramLabel = "N", defaultValue = "0", converter = WholeNumberConverter.class,
            description = "Whose sessions to list; 0 means the user that owns the session id (default: ${DEFAULT-VALUE}).")
    private int userId;

    @Option(names = "--max-records", paramLabel = "N", defaultValue = "20", converter = WholeNumberConverter.class,
            description = "The most sessions to list, 1 to 32767; the service returns at most 100 (default: ${DEFAULT-VALUE}).")
    private int maxRecords;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = {"Output format: table, csv (RFC 4180), json, summary (a digest for an audit: status,"
                + " IP addresses, failed calls, open, longest and overlapping sessions) or html (an audit report with a"
                + " timeline, self-contained; use with --output) (default: ${DEFAULT-VALUE})."})
    private OutputFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the output to this file instead of standard output. The file is replaced whole"
                    + " (readable by you only) or, if writing fails, left as it was.")
    private Path output;

    @Option(names = "--events",
            description = "Also list each session's API calls (time, call, milliseconds, IP, return code, comment):"
                    + " in a table, under each session; in csv, one row a call, the session's fields repeated."
                    + " json always has them.")
    private boolean events;

    @Option(names = "--contract", paramLabel = "CONTRACT", defaultValue = "auto", converter = ContractConverter.class,
            description = "Which of the service's SOAP contracts to speak: auto finds out on the first call,"
                    + " documented is the reference page's, published-wsdl the service's own WSDL's"
                    + " (default: ${DEFAULT-VALUE}). Only the published contract carries status, end time, version"
                    + " and API calls.")
    private ServiceContract contract;

    @Option(names = "--show-tokens", description = "Show session ids in full instead of masked.")
    private boolean showTokens;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for a connection, e.g. 500ms, 10s, 2m (default: 10s).")
    private Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for the next bytes of the response (default: 30s).")
    private Duration readTimeout;

    @Option(names = "--proxy", paramLabel = "HOST:PORT", converter = ProxyConverter.class,
            description = {"Reach the endpoint through this HTTP proxy (https is tunnelled with CONNECT).",
                "Default: the JVM's proxy settings (-Dhttps.proxyHost=...)."})
    private ProxySelector proxy;

    @Option(names = "--demo",
            description = "Serve an example session log from an embedded SOAP server on loopback and fetch it"
                    + " through the real client: no network, no session id. A published-contract log (open, closed"
                    + " and expired sessions with their API calls); with --contract documented, the vendor's example"
                    + " response.")
    private boolean demo;

    @Option(names = "--verbose", description = "On failure, print the stack trace too (session ids stay masked).")
    private boolean verbose;

    private final Map<String, String> environment;
    private final InputStream stdin;
    private final PasswordPrompt prompt;

    SessionLogCommand(Map<String, String> environment, InputStream stdin, PasswordPrompt prompt) {
        this.environment = environment;
        this.stdin = stdin;
        this.prompt = prompt;
    }

    /**
     * Checks every option, then makes the call. Every usage error is found before anything is
     * printed or sent: before the demo's notice, the password prompt and the network.
     */
    @Override
    public Integer call() {
        Secret secret = Secret.sessionId(null);
        FailureReport.Destination destination = FailureReport.Destination.UNKNOWN;
        try {
            SessionLogQuery query = query();
            SessionLogClient.Builder builder = configuredBuilder();
            if (demo) {
                return runDemo(query, builder);
            }
            URI serviceEndpoint = endpoint == null ? SessionLogClient.DEFAULT_ENDPOINT : endpoint;
            option("--endpoint", () -> builder.endpoint(serviceEndpoint));
            refusePlainHttpToANetworkHost(serviceEndpoint);
            destination = new FailureReport.Destination(serviceEndpoint, proxyAddress());
            CommandCredentials credentials = credentials();
            secret = credentials.secret();
            return fetchAndPrint(query, builder, credentials.credentials());
        } catch (RuntimeException failure) {
            return report(failure, secret, destination);
        }
    }

    private int runDemo(SessionLogQuery query, SessionLogClient.Builder builder) {
        if (endpoint != null || sessionIdOption != null || loginName != null || apiKeyVariable != null) {
            throw new ParameterException(spec.commandLine(), "--demo serves its own endpoint and logs in itself:"
                    + " leave out --endpoint, --login, --api-key-env and --session-id");
        }
        try (SessionLogStub stub = DemoSessionLog.start(contract)) {
            err().println(DemoSessionLog.notice(contract));
            err().flush();
            builder.endpoint(stub.endpoint());
            return fetchAndPrint(query, builder, DemoSessionLog.credentials());
        }
    }

    /** The query that --user-id and --max-records ask for; a value out of range is a usage error naming its option. */
    private SessionLogQuery query() {
        SessionLogQuery query;
        try {
            query = SessionLogQuery.ofUser(userId);
        } catch (IllegalArgumentException outOfRange) {
            throw new ParameterException(spec.commandLine(), FailureReport.inUsersTerms(outOfRange.getMessage()));
        }
        try {
            return query.maxRecords(maxRecords);
        } catch (IllegalArgumentException outOfRange) {
            throw new ParameterException(spec.commandLine(), FailureReport.inUsersTerms(outOfRange.getMessage()));
        }
    }

    private int fetchAndPrint(SessionLogQuery query, SessionLogClient.Builder builder, Credentials credentials) {
        List<SessionRecord> records;
        // Named first, closed last: a Ctrl-C during the call ends it, and the Logout in close() still runs.
        try (ShutdownLogout logoutOnExit = ShutdownLogout.install();
             SessionLogClient client = built(builder.credentials(credentials))) {
            records = client.sessionLog(query);
        }
        UnaryOperator<String> sessionIds = showTokens ? UnaryOperator.identity() : SecretMask::mask;
        if (output == null) {
            format.writer().write(records, sessionIds, events, out());
            out().flush();
            return ExitCode.OK;
        }
        StringWriter text = new StringWriter();
        try (PrintWriter file = new PrintWriter(text)) {
            format.writer().write(records, sessionIds, events, file);
        }
        OutputFile.write(output, text.toString());
        return ExitCode.OK;
    }

    /**
     * A client builder with the options' settings, but for the endpoint and credentials. A setting
     * the builder refuses is the user's mistake, not ours: it is reported as a usage error (exit 2)
     * that names the option, never as an internal error.
     */
    private SessionLogClient.Builder configuredBuilder() {
        SessionLogClient.Builder builder = SessionLogClient.builder().contract(contract);
        if (connectTimeout != null) {
            option("--connect-timeout", () -> builder.connectTimeout(connectTimeout));
        }
        if (readTimeout != null) {
            option("--read-timeout", () -> builder.readTimeout(readTimeout));
        }
        if (proxy != null) {
            builder.proxy(proxy);
        }
        return builder;
    }

    /**
     * The rule the client's build() applies, checked before the credentials so that nobody is
     * asked for a password only to be told the endpoint is refused. build() still checks it.
     */
    private void refusePlainHttpToANetworkHost(URI serviceEndpoint) {
        if ("http".equalsIgnoreCase(serviceEndpoint.getScheme()) && !LoopbackHost.isLoopback(serviceEndpoint.getHost())) {
            throw new ParameterException(spec.commandLine(), "--endpoint http://" + serviceEndpoint.getHost()
                    + " is plain http to a host that is not loopback, so the session id would cross the network"
                    + " unencrypted; use https, or a loopback address for a local test service");
        }
    }

    private SessionLogClient built(SessionLogClient.Builder builder) {
        try {
            return builder.build();
        } catch (IllegalStateException refused) {
            // The only setting build() checks is the endpoint's scheme against its host.
            throw new ParameterException(spec.commandLine(), FailureReport.inUsersTerms(refused.getMessage())
                    .replace("allowInsecureHttp(true) if that is intended", "a loopback address for a local test service"));
        }
    }

    /** Applies an option to the builder; a value it refuses is a usage error that names the option, not the Java parameter. */
    private void option(String name, Runnable set) {
        try {
            set.run();
        } catch (IllegalArgumentException refused) {
            String said = refused.getMessage();
            String inUsersTerms = FailureReport.inUsersTerms(said);
            throw new ParameterException(spec.commandLine(), inUsersTerms.equals(said) ? name + ": " + said : inUsersTerms);
        }
    }

    /** The --proxy address as host:port, or null when none was given. */
    private String proxyAddress() {
        if (proxy == null) {
            return null;
        }
        return proxy.select(URI.create("https://proxy.invalid/")).stream()
                .map(java.net.Proxy::address)
                .filter(InetSocketAddress.class::isInstance)
                .map(InetSocketAddress.class::cast)
                .map(address -> (address.getHostString().contains(":") ? "[" + address.getHostString() + "]"
                        : address.getHostString()) + ":" + address.getPort())
                .findFirst().orElse(null);
    }

    /** What the options and environment say to authenticate with, and the secret to mask in a failure report. */
    private record CommandCredentials(Credentials credentials, Secret secret) {
    }

    /**
     * The credentials: --login, --api-key-env or --session-id (one of them), else the session id in
     * the environment. A value the SDK refuses is a usage error naming its option.
     */
    private CommandCredentials credentials() {
        long given = java.util.stream.Stream.of(loginName, apiKeyVariable, sessionIdOption).filter(o -> o != null).count();
        if (given > 1) {
            throw new ParameterException(spec.commandLine(),
                    "give one of --login, --api-key-env and --session-id, not " + given);
        }
        if (loginName != null) {
            char[] password = password();
            try {
                return new CommandCredentials(usable("--login", () -> Credentials.login(loginName, password)),
                        Secret.password(new String(password)));
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }
        if (apiKeyVariable != null) {
            String key = environment.get(apiKeyVariable);
            if (key == null || key.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--api-key-env: the environment variable "
                        + apiKeyVariable + " is not set");
            }
            return new CommandCredentials(usable("--api-key-env", () -> Credentials.apiKey(key)), Secret.sessionId(key));
        }
        String sessionId = sessionId();
        return new CommandCredentials(usable(sessionIdOption != null ? "--session-id" : SESSION_ID_ENV,
                () -> Credentials.sessionId(sessionId)), Secret.sessionId(sessionId));
    }

    /** The credentials, or a usage error that names where the refused value came from instead of the Java parameter. */
    private Credentials usable(String source, java.util.function.Supplier<Credentials> credentials) {
        try {
            return credentials.get();
        } catch (IllegalArgumentException refused) {
            String said = refused.getMessage();
            String what = said.startsWith("password ") ? "the password" : source;
            throw new ParameterException(spec.commandLine(),
                    what + " " + said.replaceFirst("^(sessionId|apiKey|loginName|password) ", ""));
        }
    }

    /** The password for --login: from the environment, else typed at the terminal; never from an argument. */
    private char[] password() {
        String fromEnvironment = environment.get(PASSWORD_ENV);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        char[] typed = prompt.passwordFor(loginName);
        if (typed == null || typed.length == 0) {
            throw new ParameterException(spec.commandLine(), "--login " + loginName + " needs a password: set "
                    + PASSWORD_ENV + ", or run in a terminal to be asked for it");
        }
        return typed;
    }

    /** The session id from --session-id (or standard input for '-'), else from the environment. */
    private String sessionId() {
        if (FROM_STDIN.equals(sessionIdOption)) {
            return firstLineOfStdin();
        }
        if (sessionIdOption != null) {
            return sessionIdOption;
        }
        String fromEnvironment = environment.get(SESSION_ID_ENV);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no credentials: use --login NAME, --api-key-env VAR or"
                    + " --session-id, or set " + SESSION_ID_ENV + "; --demo runs without any");
        }
        return fromEnvironment;
    }

    private String firstLineOfStdin() {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8), MAX_STDIN_CHARS);
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--session-id - found no session id on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the session id from standard input", e);
        }
    }

    /** Prints the one-line report (and with --verbose the stack trace), never the session id, and returns the exit code. */
    private int report(RuntimeException failure, Secret secret, FailureReport.Destination destination) {
        // The client masks every secret it was given; this is for the tool's own messages.
        FailureReport report = FailureReport.of(failure, destination);
        err().println("sessionlog: " + TerminalText.clean(secret.scrub(report.message())));
        if (verbose) {
            StringWriter trace = new StringWriter();
            failure.printStackTrace(new PrintWriter(trace));
            err().print(secret.scrub(trace.toString()));
        }
        err().flush();
        return report.exitCode();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
