package org.ecgridkit.sessionlog;

import java.util.Objects;
import java.util.Optional;

/**
 * The service answered with a SOAP fault. The fault's code and text are kept as sent (with any
 * session id masked), and the machine-readable part of its {@code detail} is decoded into
 * {@link #errorCode()} and {@link #category()}.
 *
 * <p>ECGridOS sends the detail in one of three forms, all decoded:
 * <ul>
 *   <li>{@code <ECGridOSSOAPErrorCode>5</ECGridOSSOAPErrorCode>}: a number; {@code errorCode()}
 *       is {@code "5"} and the category is {@link ErrorCategory#UNKNOWN}, since the vendor
 *       documents no mapping from numbers to categories;</li>
 *   <li>{@code <ECGridOSSOAPErrorCode>Authentication</ECGridOSSOAPErrorCode>}: a category name;</li>
 *   <li>{@code <ErrorInfo><ErrorCode>SesssionTimeout</ErrorCode>...</ErrorInfo>}: the older
 *       service's form, whose codes map to categories as the vendor documents.</li>
 * </ul>
 * A fault with none of these still arrives as this exception, with an empty {@code errorCode()}
 * and category {@code UNKNOWN}.
 *
 * <p>Immutable and thread-safe.
 */
public final class EcGridOsFaultException extends EcGridOsException {
    private static final long serialVersionUID = 1L;

    /** The operation the service refused. */
    private final String operation;
    /** Local part of the fault code. */
    private final String faultCode;
    /** Fault text, session id masked. */
    private final String faultString;
    /** Code from the detail; null when there was none. */
    private final String errorCode;
    /** Category decoded from the detail. */
    private final ErrorCategory category;

    /**
     * Creates a fault exception. The message is built from the other arguments.
     *
     * @param faultCode the local part of the fault code, e.g. {@code "Client"} or {@code "Server"}
     *     (SOAP 1.2: {@code "Sender"} or {@code "Receiver"})
     * @param faultString the fault's human-readable text; may be empty, never a session id
     * @param errorCode the code decoded from the detail, or {@code null} when there was none
     * @param category the decoded category; {@link ErrorCategory#UNKNOWN} when there was none
     * @param cause the underlying failure, or {@code null}
     */
    public EcGridOsFaultException(String faultCode, String faultString, String errorCode,
                                  ErrorCategory category, Throwable cause) {
        this(faultCode, faultString, errorCode, category, cause, 1);
    }

    /**
     * Creates a fault exception for a call that made a number of attempts (a fault itself is never
     * retried, but earlier attempts may have failed in a retryable way).
     *
     * @param faultCode the local part of the fault code
     * @param faultString the fault's human-readable text; may be empty, never a session id
     * @param errorCode the code decoded from the detail, or {@code null} when there was none
     * @param category the decoded category; {@link ErrorCategory#UNKNOWN} when there was none
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 1 or more
     */
    public EcGridOsFaultException(String faultCode, String faultString, String errorCode,
                                  ErrorCategory category, Throwable cause, int attempts) {
        this("SessionLog", faultCode, faultString, errorCode, category, cause, attempts);
    }

    /**
     * Creates a fault exception for a request of another operation than SessionLog, such as the
     * {@code Login} a client with login credentials makes.
     *
     * @param operation the operation the service refused, e.g. {@code "Login"}; the message starts with it
     * @param faultCode the local part of the fault code
     * @param faultString the fault's human-readable text; may be empty, never a session id
     * @param errorCode the code decoded from the detail, or {@code null} when there was none
     * @param category the decoded category; {@link ErrorCategory#UNKNOWN} when there was none
     * @param cause the underlying failure, or {@code null}
     * @param attempts how many attempts the call made, 1 or more
     */
    public EcGridOsFaultException(String operation, String faultCode, String faultString, String errorCode,
                                  ErrorCategory category, Throwable cause, int attempts) {
        super(describe(Objects.requireNonNull(operation, "operation"), faultCode, faultString, errorCode, category),
                cause, attempts);
        this.operation = operation;
        this.faultCode = Objects.requireNonNull(faultCode, "faultCode");
        this.faultString = Objects.requireNonNull(faultString, "faultString");
        this.errorCode = errorCode;
        this.category = Objects.requireNonNull(category, "category");
    }

    private static String describe(String operation, String faultCode, String faultString, String errorCode,
                                   ErrorCategory category) {
        StringBuilder message = new StringBuilder(operation).append(" failed with SOAP fault ")
                .append(faultCode).append(": ").append(faultString)
                .append(" (category ").append(category);
        if (errorCode != null) {
            message.append(", error code ").append(errorCode);
        }
        return message.append(')').toString();
    }

    /**
     * The operation the service refused: {@code SessionLog} (also for {@code SessionLogEx}),
     * {@code SessionLogCurrent}, or the {@code Login} or {@code Logout} of a client with login
     * credentials.
     *
     * @return the operation's name
     */
    public String operation() {
        return operation;
    }

    /**
     * The local part of the fault code, e.g. {@code "Client"} or {@code "Server"}.
     *
     * @return the fault code, never {@code null}
     */
    public String faultCode() {
        return faultCode;
    }

    /**
     * The fault's human-readable text as the service sent it, with any session id masked.
     *
     * @return the fault string, never {@code null} (empty when the fault had none)
     */
    public String faultString() {
        return faultString;
    }

    /**
     * The error code from the fault's detail: a number such as {@code "5"}, a category name such as
     * {@code "Authentication"}, or an older code such as {@code "SesssionTimeout"}.
     *
     * @return the code as sent, or empty when the detail carried none
     */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /**
     * What kind of error the fault reports. Authentication, authorization and invalid-parameter
     * faults will fail again if the call is repeated unchanged.
     *
     * @return the category, {@link ErrorCategory#UNKNOWN} when the detail did not say
     */
    public ErrorCategory category() {
        return category;
    }
}
