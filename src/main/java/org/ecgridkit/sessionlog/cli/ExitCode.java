package org.ecgridkit.sessionlog.cli;

/** The exit codes of {@code sessionlog}, one per kind of outcome, so scripts can tell them apart. */
final class ExitCode {
    /** The sessions were printed. */
    static final int OK = 0;
    /** A bug: something failed that the tool does not expect. */
    static final int INTERNAL_ERROR = 1;
    /** Bad or missing options, or no session id. Nothing was sent. */
    static final int USAGE = 2;
    /** ECGridOS answered with a SOAP fault. */
    static final int SOAP_FAULT = 3;
    /** No SOAP answer: the network failed, the server sent an HTTP error, or a timeout elapsed. */
    static final int TRANSPORT = 4;
    /** The answer was not the response the SessionLog contract describes. */
    static final int BAD_RESPONSE = 5;
    /** The --output file could not be written; it was left as it was. */
    static final int OUTPUT_FILE = 6;

    private ExitCode() {
    }
}
