package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.client.WSServiceDelegate;
import com.sun.xml.ws.fault.SOAPFaultBuilder;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * The one JAX-WS RI dispatch a client uses, configured once, and the call through it.
 *
 * <p>The RI still does the SOAP work: envelope, SOAP 1.1 and 1.2, faults, must-understand
 * checks, and the tube pipeline that ends in our own {@link HttpSoapTransport}; the short tubeline
 * and the transport are built for this dispatch only ({@link DirectDispatch}). What it no longer
 * does is data binding or WSDL processing: the request is a {@link SessionLogRequestMessage}, which
 * the transport writes from a byte template ({@link RequestEnvelope}), and the response payload is read by
 * {@link ResponseMapper} straight from the RI's XML stream. That removes, per call, JAXB marshalling
 * and unmarshalling into generated beans, and at start-up the WSDL parse, the SEI model and the JAXB
 * context, which were most of the cost of building the first client.
 *
 * <p>The service is created as the RI's own {@link WSServiceDelegate}, not through
 * {@code jakarta.xml.ws.spi.Provider}: with another JAX-WS implementation (such as CXF) on the
 * class path, the provider lookup could hand us that one instead, which would ignore our transport.
 *
 * <p>{@link #sessionLog} repeats a failed attempt when the settings' retry policy allows it, within
 * the call timeout; each attempt runs with its {@link CallContext} visible to the transport.
 *
 * <p>The request context is written once, in {@link DirectDispatch#create}, which is what makes
 * the dispatch safe to share between threads; the response context is never read, since on a
 * shared dispatch it would belong to whichever call finished last.
 */
public final class SoapPort implements AutoCloseable {
    private static final String NAMESPACE = SessionLogRequestMessage.NAMESPACE;
    private static final QName SERVICE = new QName(NAMESPACE, "ECGridOS");
    private static final QName PORT_SOAP_11 = new QName(NAMESPACE, "ECGridOSSoap");
    private static final QName PORT_SOAP_12 = new QName(NAMESPACE, "ECGridOSSoap12");
    private static final String RESPONSE = "SessionLogResponse";

    private static final System.Logger LOGGER = System.getLogger("org.ecgridkit.sessionlog");

    private final DirectDispatch dispatch;
    private final SOAPVersion soapVersion;
    private final TransportSettings settings;
    private final ExchangeWatchdog watchdog;

    private SoapPort(DirectDispatch dispatch, SOAPVersion soapVersion, TransportSettings settings,
                     ExchangeWatchdog watchdog) {
        this.dispatch = dispatch;
        this.soapVersion = soapVersion;
        this.settings = settings;
        this.watchdog = watchdog;
    }

    /**
     * Creates the service and the dispatch, with our transport, for the settings' SOAP version.
     * No network I/O and no WSDL: the binding, address and action are all known here.
     *
     * @param settings the client's transport settings
     * @return an open port
     */
    public static SoapPort open(TransportSettings settings) {
        boolean soap12 = settings.soapVersion() == SoapVersion.SOAP_1_2;
        QName port = soap12 ? PORT_SOAP_12 : PORT_SOAP_11;
        ExchangeWatchdog watchdog = new ExchangeWatchdog();
        WSServiceDelegate service = new WSServiceDelegate((URL) null, SERVICE, Service.class);
        DirectDispatch dispatch = DirectDispatch.create(service, port,
                soap12 ? BindingID.SOAP12_HTTP : BindingID.SOAP11_HTTP, settings, watchdog);
        return new SoapPort(dispatch, soap12 ? SOAPVersion.SOAP_12 : SOAPVersion.SOAP_11, settings, watchdog);
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
            int attempts = attempt;
            try {
                return call.runAttempt(() -> read(dispatch.invoke(
                        new SessionLogRequestMessage(soapVersion, sessionId, userId, maxRecords)), attempts));
            } catch (RuntimeException failure) {
                waitBeforeRetry(failure, call, attempt);
            }
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

    private static List<SessionRecord> read(Message response, int attempts) {
        if (response == null || !response.hasPayload()) {
            throw new EcGridOsResponseException("SessionLog response has an empty SOAP Body", null, attempts);
        }
        if (response.isFault()) {
            throw fault(response);
        }
        if (!RESPONSE.equals(response.getPayloadLocalPart()) || !NAMESPACE.equals(response.getPayloadNamespaceURI())) {
            throw new EcGridOsResponseException("SessionLog response body holds {" + response.getPayloadNamespaceURI()
                    + "}" + response.getPayloadLocalPart() + " instead of {" + NAMESPACE + "}" + RESPONSE, null, attempts);
        }
        try {
            XMLStreamReader payload = response.readPayload();
            List<SessionRecord> records = ResponseMapper.read(payload, attempts);
            payload.close();
            return records;
        } catch (XMLStreamException malformed) {
            throw new WebServiceException(malformed);
        }
    }

    /** The same exception the RI's generated ports throw for a fault, so fault decoding is unchanged. */
    private static RuntimeException fault(Message response) {
        try {
            Throwable fault = SOAPFaultBuilder.create(response).createException(null);
            return fault instanceof RuntimeException ? (RuntimeException) fault : new WebServiceException(fault);
        } catch (JAXBException unreadable) {
            return new WebServiceException(unreadable);
        }
    }

    /** Releases the dispatch's resources and stops the watchdog. */
    @Override
    public void close() {
        watchdog.close();
        try {
            dispatch.close();
        } catch (RuntimeException ignored) {
            // Nothing useful can be done about a port that fails to close; the client is closed anyway.
        }
    }
}
