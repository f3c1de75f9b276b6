package org.ecgridkit.sessionlog.cli;

import java.net.URI;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.internal.failure.RedactedCause;
import picocli.CommandLine.ParameterException;

/**
 * What {@code sessionlog} says when it fails: the exit code, and one line that names the cause
 * and what to do about it.
 *
 * @param exitCode one of {@link ExitCode}
 * @param message the line, without the {@code sessionlog: } prefix; may hold server text, so
 *     print it through {@link TerminalText#clean(String)}
 */
record FailureReport(int exitCode, String message) {

    /** The SDK's parameter names, as its messages start, and the options they come from. */
    private static final Map<String, String> JAVA_NAMES = Map.of(
            "userId", "--user-id",
            "maxRecords", "--max-records",
            "connectTimeout", "--connect-timeout",
            "readTimeout", "--read-timeout",
            "endpoint", "--endpoint",
            "loginName", "--login",
            "apiKey", "the API key",
            "sessionId", "the session id",
            "password", "the password");
    private static final String SEE_HELP = "; run 'sessionlog --help' for usage";
    /** Where a .NET exception's stack trace starts in a fault string. */
    private static final String DOTNET_TRACE = "\n   at ";

    /**
     * Where the call went: the endpoint, and the {@code --proxy} it went through, if any. A network
     * failure names the one that failed, so that the user knows which option to check.
     *
     * @param endpoint the service address, or null if not known
     * @param proxy the proxy as {@code host:port}, or null when none was given
     */
    record Destination(URI endpoint, String proxy) {
        static final Destination UNKNOWN = new Destination(null, null);

        /** {@code host:port} of the endpoint, with the scheme's default port when it names none. */
        String endpointHostAndPort() {
            int port = endpoint.getPort() >= 0 ? endpoint.getPort()
                    : "http".equalsIgnoreCase(endpoint.getScheme()) ? 80 : 443;
            return endpoint.getHost() + ":" + port;
        }
    }

    /** The report for a failure of parsing or of the call, not knowing where the call went. */
    static FailureReport of(Throwable failure) {
        return of(failure, Destination.UNKNOWN);
    }

    /** The report for a failure of parsing or of the call to {@code destination}. */
    static FailureReport of(Throwable failure, Destination destination) {
        if (failure instanceof ParameterException) {
            String message = UsageErrors.message((ParameterException) failure);
            // "did you mean --max-records?" is the help the user needs; the pointer to --help would only bury it.
            return new FailureReport(ExitCode.USAGE, message.endsWith("?") ? message : message + SEE_HELP);
        }
        if (failure instanceof IllegalArgumentException) {
            return new FailureReport(ExitCode.USAGE, "invalid argument: " + inUsersTerms(failure.getMessage()) + SEE_HELP);
        }
        if (failure instanceof OutputFile.WriteFailure) {
            return new FailureReport(ExitCode.OUTPUT_FILE, failure.getMessage()
                    + ": check the path and that its folder exists and is writable; the file was left as it was");
        }
        if (failure instanceof EcGridOsFaultException) {
            return fault((EcGridOsFaultException) failure);
        }
        if (failure instanceof EcGridOsTimeoutException) {
            // The call as a whole is bounded too (the client's call timeout, which no option sets):
            // raising --read-timeout would not help that one.
            boolean wholeCall = String.valueOf(failure.getMessage()).contains("call timeout");
            return new FailureReport(ExitCode.TRANSPORT, "timed out (" + failure.getMessage() + "): "
                    + (wholeCall ? "check the network and --endpoint" : "raise --read-timeout/--connect-timeout or check the network"));
        }
        if (failure instanceof EcGridOsTransportException) {
            return transport((EcGridOsTransportException) failure, destination);
        }
        if (failure instanceof EcGridOsResponseException) {
            return new FailureReport(ExitCode.BAD_RESPONSE, "unexpected response (" + failure.getMessage()
                    + "): the server did not answer like an ECGridOS SessionLog service; check --endpoint");
        }
        return new FailureReport(ExitCode.INTERNAL_ERROR, "internal error (" + failure
                + "): rerun with --verbose and report it");
    }

    /**
     * A call that got no SOAP answer. Each cause gets its own advice: a host that does not resolve
     * and a port where nothing listens are the user's settings to check, not the service's
     * trouble; only an HTTP status that says the service is failing or busy (5xx, 429) is worth
     * trying again later.
     */
    private static FailureReport transport(EcGridOsTransportException failure, Destination destination) {
        boolean viaProxy = destination.proxy() != null;
        if (failure.httpStatus().isPresent()) {
            int status = failure.httpStatus().getAsInt();
            String advice = status >= 500 || status == 429 ? "check --endpoint and your network, then try again later"
                    : viaProxy ? "check --endpoint and --proxy" : "check --endpoint";
            return new FailureReport(ExitCode.TRANSPORT, "HTTP " + status + " (" + failure.getMessage() + "): " + advice);
        }
        if (cause(failure, "java.net.UnknownHostException") != null) {
            if (viaProxy) {
                return new FailureReport(ExitCode.TRANSPORT, "cannot resolve proxy host " + host(destination.proxy())
                        + ": check --proxy (and your DNS)");
            }
            if (destination.endpoint() != null) {
                return new FailureReport(ExitCode.TRANSPORT, "cannot resolve host " + destination.endpoint().getHost()
                        + ": check --endpoint (and your DNS/proxy)");
            }
        }
        Throwable connect = cause(failure, "java.net.ConnectException");
        if (connect != null && String.valueOf(connect.getMessage()).toLowerCase(Locale.ROOT).contains("refused")) {
            if (viaProxy) {
                return new FailureReport(ExitCode.TRANSPORT, "connection refused by proxy " + destination.proxy()
                        + ": is the proxy running there? check --proxy");
            }
            if (destination.endpoint() != null) {
                return new FailureReport(ExitCode.TRANSPORT, "connection refused by " + destination.endpointHostAndPort()
                        + ": is the service running there? check --endpoint / --proxy");
            }
        }
        return new FailureReport(ExitCode.TRANSPORT, "network failure (" + failure.getMessage()
                + "): check --endpoint" + (viaProxy ? ", --proxy" : "") + " and your network");
    }

    /**
     * The SDK's message for a value it refused, with the Java parameter it names replaced by the
     * option the value came from. The tool checks every option before it reaches the SDK, so this
     * is a safety net: a user should never read {@code maxRecords}.
     */
    static String inUsersTerms(String message) {
        if (message == null) {
            return null;
        }
        for (var name : JAVA_NAMES.entrySet()) {
            if (message.startsWith(name.getKey() + " ")) {
                return name.getValue() + message.substring(name.getKey().length());
            }
        }
        return message;
    }

    /** The host of {@code host:port} ({@code [::1]:3128} for IPv6). */
    private static String host(String hostAndPort) {
        return hostAndPort.substring(0, hostAndPort.lastIndexOf(':'));
    }

    /**
     * The first exception in the cause chain that is of the class named, or stands in for one: the
     * client keeps its causes as {@link RedactedCause} copies, which name the original's class.
     */
    private static Throwable cause(Throwable failure, String className) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String name = t instanceof RedactedCause redacted ? redacted.originalClass() : t.getClass().getName();
            if (name.equals(className)) {
                return t;
            }
        }
        return null;
    }

    private static FailureReport fault(EcGridOsFaultException fault) {
        String faultString = withoutStackTrace(fault.faultString());
        String facts = "SOAP fault " + fault.faultCode()
                + fault.errorCode().map(code -> ", ECGridOS error " + code).orElse("")
                + (faultString.isBlank() ? "" : ": \"" + faultString.strip() + "\"");
        if (isRoutingFault(faultString)) {
            return new FailureReport(ExitCode.SOAP_FAULT, "the server does not speak the contract asked for (" + facts
                    + "): leave --contract at auto to find out which it speaks, or name the other one");
        }
        if (fault.operation().equals("Login")) {
            return new FailureReport(ExitCode.SOAP_FAULT, "login refused (" + facts + "): check the name given to"
                    + " --login and the password in " + SessionLogCommand.PASSWORD_ENV + " or typed at the prompt");
        }
        String advice = switch (fault.category()) {
            case AUTHENTICATION -> "authentication failed (" + facts + "): the session id or API key is invalid or"
                    + " expired; use --login to have the tool log in, or pass a new session id in ECGRID_SESSION_ID";
            case AUTHORIZATION -> "not authorized (" + facts + "): this session may not read that user's"
                    + " session log; check --user-id, or use a session of a user with the right";
            case OBJECT_NOT_FOUND -> "not found (" + facts + "): no such user; check --user-id";
            case INVALID_PARAMETER -> "invalid parameter (" + facts + "): the service rejected an argument;"
                    + " check --user-id and --max-records";
            case SYSTEM_ERROR -> "ECGridOS system error (" + facts + "): the service failed; try again later";
            case UNKNOWN -> "the service refused the call (" + facts + "): see the fault text; rerun with"
                    + " --verbose for details";
        };
        return new FailureReport(ExitCode.SOAP_FAULT, advice);
    }

    /** An .asmx server puts a .NET stack trace after its own faults' text: noise on one line, and --verbose has it. */
    private static String withoutStackTrace(String faultString) {
        int trace = faultString.indexOf(DOTNET_TRACE);
        return trace < 0 ? faultString : faultString.substring(0, trace);
    }

    /** Whether this is the .asmx fault for a request it cannot route: a server of the other contract. */
    private static boolean isRoutingFault(String faultString) {
        return faultString.contains("Server did not recognize the value of HTTP Header SOAPAction")
                || faultString.contains("Unable to handle request");
    }
}
