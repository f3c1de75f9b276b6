package org.ecgridkit.sessionlog.internal;

import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Objects;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.internal.failure.Diagnosis;
import org.ecgridkit.sessionlog.internal.failure.FailureKind;
import org.ecgridkit.sessionlog.internal.http.ExchangeWatchdog;
import org.ecgridkit.sessionlog.internal.soap.ContractMismatchException;

/**
 * Sends each request of a call in the contract the endpoint speaks, and owns the client's generated ports.
 *
 * <p>With a pinned contract every attempt is one request in it. With {@link ServiceContract#AUTO}
 * the first call finds out: it sends the published contract's request; if the server answers that
 * it cannot route it (the .asmx fault that names the SOAPAction or action we sent, SOAP 1.1
 * {@code Client} or SOAP 1.2 {@code Sender}) or answers in the documented namespace, the same call,
 * within the same call timeout and with its attempts counted on, sends the documented request. What
 * worked is remembered for the client's lifetime (a volatile write, no lock held across a call);
 * concurrent first calls may each find out, and each returns the right answer. Any other failure
 * is reported as it is, and nothing is remembered.
 *
 * <p>Each contract's port is created on first use, reading that contract's bundled WSDL once.
 */
final class ContractRouter implements AutoCloseable {

    private static final System.Logger LOGGER = Loggers.CLIENT_LOGGER;

    private final ClientSettings settings;
    private final ExchangeWatchdog watchdog = new ExchangeWatchdog();
    private final CallRunner runner;
    /** The contract in use: the pinned one, or on AUTO null until a call has found out. */
    private volatile ServiceContract known;
    private final Lazy<DocumentedPort> documented;
    private final Lazy<PublishedPort> published;

    /**
     * Creates the router; a pinned contract's port is created now, AUTO's on the first call.
     *
     * @param settings the client's settings
     * @param contract the contract to speak, or AUTO
     */
    ContractRouter(ClientSettings settings, ServiceContract contract) {
        this.settings = settings;
        this.runner = new CallRunner(settings);
        this.documented = new Lazy<>(() -> DocumentedPort.open(settings, watchdog));
        this.published = new Lazy<>(() -> PublishedPort.open(settings, watchdog));
        this.known = contract == ServiceContract.AUTO ? null : Objects.requireNonNull(contract, "contract");
        if (contract == ServiceContract.DOCUMENTED) {
            documented.get();
        } else if (contract == ServiceContract.PUBLISHED_WSDL) {
            published.get();
        }
    }

    /**
     * Runs one request of a call, in the contract the endpoint speaks, with the retry policy's
     * attempts.
     *
     * @param call the call, whose deadline and attempt count the request shares
     * @param operation what to do in each contract
     * @param <T> the result
     * @return the result
     * @throws EcGridOsException if the request fails
     */
    <T> T call(CallContext call, ContractCall<T> operation) {
        return call(call, operation, settings.retryPolicy().maxAttempts());
    }

    /**
     * Runs one request of a call with at most {@code maxAttempts} attempts.
     *
     * @param call the call, whose deadline and attempt count the request shares
     * @param operation what to do in each contract
     * @param maxAttempts the most attempts this request may make
     * @param <T> the result
     * @return the result
     * @throws EcGridOsException if the request fails
     */
    <T> T call(CallContext call, ContractCall<T> operation, int maxAttempts) {
        call.sending(operation.name(), operation.secret());
        ServiceContract contract = known;
        if (contract == ServiceContract.DOCUMENTED) {
            return runner.run(call, attempt -> operation.documented(documented.get(), attempt), null, maxAttempts);
        }
        if (contract == ServiceContract.PUBLISHED_WSDL) {
            return runner.run(call, attempt -> operation.published(published.get(), attempt), null, maxAttempts);
        }
        T result;
        try {
            result = runner.run(call, attempt -> operation.published(published.get(), attempt),
                    failure -> speaksDocumented(failure, operation.publishedAction()), maxAttempts);
        } catch (CallRunner.OtherContractException documentedOnly) {
            LOGGER.log(System.Logger.Level.DEBUG, "the endpoint does not speak the published contract; "
                    + "using the documented one for this client");
            result = runner.run(call, attempt -> operation.documented(documented.get(), attempt), null, maxAttempts);
            known = ServiceContract.DOCUMENTED;
            return result;
        }
        known = ServiceContract.PUBLISHED_WSDL;
        return result;
    }

    /** The client's settings. */
    ClientSettings settings() {
        return settings;
    }

    /**
     * The contract this client speaks: the pinned one, or what AUTO found out; empty while AUTO has
     * not found out yet.
     *
     * @return the contract, or null
     */
    ServiceContract contractInUse() {
        return known;
    }

    /**
     * Whether a failed published request says the server speaks the documented contract: the
     * .asmx routing fault naming the action we sent, or an answer in the documented namespace.
     */
    static boolean speaksDocumented(RuntimeException failure, String action) {
        if (failure instanceof SOAPFaultException soapFault) {
            SOAPFault fault = soapFault.getFault();
            String code = fault.getFaultCodeAsQName() == null ? "" : fault.getFaultCodeAsQName().getLocalPart();
            String text = fault.getFaultString();
            return (code.equals("Client") || code.equals("Sender")) && text != null && namesAction(text, action);
        }
        ContractMismatchException mismatch = Diagnosis.of(failure)
                .evidence(FailureKind.CONTRACT_MISMATCH, ContractMismatchException.class);
        return mismatch != null && ContractNamespaces.DOCUMENTED.equals(mismatch.received());
    }

    /** The action as a whole word: {@code .../SessionLog} must not match a fault about {@code .../SessionLogEx}. */
    private static boolean namesAction(String text, String action) {
        for (int at = text.indexOf(action); at >= 0; at = text.indexOf(action, at + 1)) {
            int end = at + action.length();
            if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** Closes the ports created so far and stops the watchdog. */
    @Override
    public void close() {
        watchdog.close();
        documented.ifMade(DocumentedPort::close);
        published.ifMade(PublishedPort::close);
    }
}
