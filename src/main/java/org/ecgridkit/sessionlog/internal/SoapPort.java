package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.ComponentFeature;
import com.sun.xml.ws.developer.WSBindingProvider;
import jakarta.xml.ws.BindingProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.soap.ArrayOfSessionIDInfo;
import org.ecgridkit.sessionlog.internal.soap.ECGridOS;
import org.ecgridkit.sessionlog.internal.soap.ECGridOSSoap;

/**
 * The one generated JAX-WS port a client uses, configured once, and the call through it.
 *
 * <p>The generated service reads the WSDL from the classpath ({@code /META-INF/wsdl/ECGridOS.wsdl}),
 * so opening a port does no network I/O. Its HTTP exchange is our own {@link HttpSoapTransport},
 * installed for this service only through a {@link TransportComponent}. The request context is
 * written here and never again, which is what makes the RI's proxy safe to share between threads;
 * the response context is never read, since on a shared port it would belong to whichever call
 * finished last.
 */
public final class SoapPort implements AutoCloseable {

    private static final System.Logger LOGGER = System.getLogger("org.ecgridkit.sessionlog");

    private final ECGridOSSoap port;
    private final TransportSettings settings;
    private final ExchangeWatchdog watchdog;

    private SoapPort(ECGridOSSoap port, TransportSettings settings, ExchangeWatchdog watchdog) {
        this.port = port;
        this.settings = settings;
        this.watchdog = watchdog;
    }

    /**
     * Creates the service, with our transport, and the port for the settings' SOAP version.
     *
     * @param settings the client's transport settings
     * @return an open port
     */
    public static SoapPort open(TransportSettings settings) {
        ExchangeWatchdog watchdog = new ExchangeWatchdog();
        ECGridOS service = new ECGridOS(new ComponentFeature(new TransportComponent(settings, watchdog)));
        ECGridOSSoap port = settings.soapVersion() == SoapVersion.SOAP_1_2
                ? service.getECGridOSSoap12()
                : service.getECGridOSSoap();
        // The transport takes endpoint and timeouts from the settings; the address is set here too
        // so that the port's own view of where it talks agrees with what goes on the wire.
        ((BindingProvider) port).getRequestContext()
                .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, settings.endpoint().toString());
        return new SoapPort(port, settings, watchdog);
    }

    /**
     * Calls SessionLog and maps the answer: records on success, one {@link EcGridOsException}
     * subtype on any failure. Retries what the settings' {@link org.ecgridkit.sessionlog.RetryPolicy}
     * allows, within the call timeout. Arguments must already be validated.
     *
     * @param sessionId the session token or API key
     * @param userId the user whose sessions to list, 0 for the session's own user
     * @param maxRecords the most records to return, 1..32767
     * @return the records, an unmodifiable list
     * @throws EcGridOsException if the call fails in any way; if it was interrupted, the thread's
     *     interrupt flag is left set
     */
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        CallContext call = CallContext.start(sessionId, settings.callTimeout());
        for (int attempt = 1; ; attempt++) {
            if (Thread.currentThread().isInterrupted()) {
                throw FailureTranslator.interrupted(null, attempt - 1);
            }
            ArrayOfSessionIDInfo result;
            try {
                result = call.runAttempt(() -> port.sessionLog(sessionId, userId, (short) maxRecords));
            } catch (RuntimeException failure) {
                waitBeforeRetry(failure, call, attempt);
                continue;
            }
            return ResponseMapper.toRecords(result, attempt);
        }
    }

    /** Returns after the wait if the failed attempt should be repeated; throws the call's failure if not. */
    private void waitBeforeRetry(RuntimeException failure, CallContext call, int attempt) {
        String reason = RetryAdvisor.retryableReason(failure);
        if (reason == null || attempt >= settings.retryPolicy().maxAttempts()) {
            throw FailureTranslator.translate(failure, call, attempt);
        }
        Duration delay = RetryAdvisor.delayBeforeRetry(failure, attempt, settings.retryPolicy(), Instant.now());
        if (delay.toNanos() >= call.remainingNanos()) {
            // Waiting would end past the deadline: report what went wrong rather than a bare timeout.
            throw FailureTranslator.translate(failure, call, attempt);
        }
        LOGGER.log(System.Logger.Level.DEBUG, () -> "SessionLog attempt " + attempt + " failed (" + reason
                + "); retrying in " + delay.toMillis() + " ms");
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException interrupt) {
            Thread.currentThread().interrupt();
            throw FailureTranslator.interrupted(interrupt, attempt);
        }
    }

    /** Releases the port's resources and stops the watchdog. */
    @Override
    public void close() {
        watchdog.close();
        try {
            ((WSBindingProvider) port).close();
        } catch (java.io.IOException | RuntimeException ignored) {
            // Nothing useful can be done about a port that fails to close; the client is closed anyway.
        }
    }
}
