package org.ecgridkit.sessionlog.internal.failure;

import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.internal.CallInterruptedException;
import org.ecgridkit.sessionlog.internal.DeadlineExceededException;
import org.ecgridkit.sessionlog.internal.http.BrokenBodyException;
import org.ecgridkit.sessionlog.internal.http.CompressedAnswerException;
import org.ecgridkit.sessionlog.internal.http.ResponseTooLargeException;
import org.ecgridkit.sessionlog.internal.soap.ContractMismatchException;
import org.ecgridkit.sessionlog.internal.soap.HttpStatusException;

/**
 * The kinds of failure an attempt can end in, each recognised by the exception that shows it
 * somewhere in the failure's cause chain ({@link Diagnosis}). The order of the constants is their
 * precedence: a failure is of the first kind it shows, so a chain that shows both a deadline and
 * the socket timeout it caused is a {@link #DEADLINE}.
 *
 * <p>The kinds from {@link #TLS} to {@link #NETWORK_IO} are all network failures; the finer ones say
 * what the retry advice needs to know (a TLS or DNS failure will not go away by itself, a reset
 * connection may), while the translation treats them alike.
 */
public enum FailureKind {

    /** Already one of the client's exceptions, thrown by its own checks of an answer. */
    REPORTED(EcGridOsException.class),
    /** The server answered with a SOAP fault. */
    SOAP_FAULT(SOAPFaultException.class),
    /** The calling thread was interrupted. */
    INTERRUPTED(CallInterruptedException.class),
    /** The call timeout ran out. */
    DEADLINE(DeadlineExceededException.class),
    /** The response body is longer than {@code maxResponseBytes}. */
    RESPONSE_TOO_LARGE(ResponseTooLargeException.class),
    /** The server compressed a successful answer, which the client does not accept. */
    COMPRESSED_ANSWER(CompressedAnswerException.class),
    /** An HTTP status outside 2xx whose body is no SOAP fault. */
    HTTP_STATUS(HttpStatusException.class),
    /** A connect or read timeout of the socket. */
    SOCKET_TIMEOUT(SocketTimeoutException.class),
    /** The TLS handshake or session failed. */
    TLS(SSLException.class),
    /** The endpoint's host name did not resolve. */
    UNKNOWN_HOST(UnknownHostException.class),
    /** The connection was refused, reset or closed under the call. */
    CONNECTION(SocketException.class),
    /** The connection failed while the response body was arriving. */
    BODY_CUT_SHORT(BrokenBodyException.class),
    /** The connection ended before the answer did. */
    CLOSED_EARLY(EOFException.class),
    /** Any other I/O failure: not HTTP, a proxy selector that failed, and so on. */
    NETWORK_IO(IOException.class),
    /** A successful answer in another contract's namespace. */
    CONTRACT_MISMATCH(ContractMismatchException.class),
    /** Anything else: not SOAP, malformed XML, an element the contract does not have. */
    BAD_RESPONSE(null);

    private final Class<? extends Throwable> shownBy;

    FailureKind(Class<? extends Throwable> shownBy) {
        this.shownBy = shownBy;
    }

    /** The exception that shows this kind in a cause chain; null for {@link #BAD_RESPONSE}. */
    Class<? extends Throwable> shownBy() {
        return shownBy;
    }

    /** Whether the failure is only of this kind when it is the chain's first link, not deeper in it. */
    boolean onlyOnTop() {
        return this == REPORTED || this == SOAP_FAULT;
    }

    /** Whether this is one of the network failures, {@link #TLS} to {@link #NETWORK_IO}. */
    boolean isNetwork() {
        return compareTo(TLS) >= 0 && compareTo(NETWORK_IO) <= 0;
    }
}
