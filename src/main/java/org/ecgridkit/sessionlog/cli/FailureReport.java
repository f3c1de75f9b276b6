package org.ecgridkit.sessionlog.cli;

import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
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

    private static final String SEE_HELP = "; run 'sessionlog --help' for usage";
    /** Where a .NET exception's stack trace starts in a fault string. */
    private static final String DOTNET_TRACE = "\n   at ";

    /** The report for a failure of parsing or of the call. */
    static FailureReport of(Throwable failure) {
        if (failure instanceof ParameterException) {
            return new FailureReport(ExitCode.USAGE, failure.getMessage() + SEE_HELP);
        }
        if (failure instanceof IllegalArgumentException) {
            return new FailureReport(ExitCode.USAGE, "invalid argument: " + failure.getMessage() + SEE_HELP);
        }
        if (failure instanceof OutputFile.WriteFailure) {
            return new FailureReport(ExitCode.OUTPUT_FILE, failure.getMessage()
                    + ": check the path and that its folder exists and is writable; the file was left as it was");
        }
        if (failure instanceof EcGridOsFaultException) {
            return fault((EcGridOsFaultException) failure);
        }
        if (failure instanceof EcGridOsTimeoutException) {
            return new FailureReport(ExitCode.TRANSPORT, "timed out (" + failure.getMessage()
                    + "): check --endpoint and your network, or allow more time with --connect-timeout or --read-timeout");
        }
        if (failure instanceof EcGridOsTransportException) {
            EcGridOsTransportException transport = (EcGridOsTransportException) failure;
            String what = transport.httpStatus().isPresent() ? "HTTP " + transport.httpStatus().getAsInt() : "network failure";
            return new FailureReport(ExitCode.TRANSPORT, what + " (" + failure.getMessage()
                    + "): check --endpoint and your network, then try again later");
        }
        if (failure instanceof EcGridOsResponseException) {
            return new FailureReport(ExitCode.BAD_RESPONSE, "unexpected response (" + failure.getMessage()
                    + "): the server did not answer like an ECGridOS SessionLog service; check --endpoint");
        }
        return new FailureReport(ExitCode.INTERNAL_ERROR, "internal error (" + failure
                + "): rerun with --verbose and report it");
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
