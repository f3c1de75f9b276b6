package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.ComponentFeature;
import com.sun.xml.ws.api.ComponentsFeature;
import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.streaming.XMLStreamReaderFactory;
import com.sun.xml.ws.client.WSServiceDelegate;
import com.sun.xml.ws.developer.WSBindingProvider;
import com.sun.xml.ws.fault.SOAPFaultBuilder;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.soap.SOAPBinding;
import java.net.URL;
import java.util.List;
import java.util.Map;
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
 * checks, and the tube pipeline that ends in our own {@link HttpSoapTransport}; both the transport
 * ({@link TransportComponent}) and the short tubeline ({@link ClientTubeline}) are installed for this
 * service only. What it no longer does is data binding or WSDL processing:
 * the request is a {@link SessionLogRequestMessage} and the response payload is read by
 * {@link ResponseMapper} straight from the RI's XML stream. That removes, per call, JAXB marshalling
 * and unmarshalling into generated beans, and at start-up the WSDL parse, the SEI model and the JAXB
 * context, which were most of the cost of building the first client.
 *
 * <p>The service is created as the RI's own {@link WSServiceDelegate}, not through
 * {@code jakarta.xml.ws.spi.Provider}: with another JAX-WS implementation (such as CXF) on the
 * class path, the provider lookup could hand us that one instead, which would ignore our transport.
 *
 * <p>The request context is written here and never again, which is what makes the RI's dispatch
 * safe to share between threads; the response context is never read, since on a shared dispatch it
 * would belong to whichever call finished last.
 */
public final class SoapPort implements AutoCloseable {
    private static final String NAMESPACE = SessionLogRequestMessage.NAMESPACE;
    private static final QName SERVICE = new QName(NAMESPACE, "ECGridOS");
    private static final QName PORT_SOAP_11 = new QName(NAMESPACE, "ECGridOSSoap");
    private static final QName PORT_SOAP_12 = new QName(NAMESPACE, "ECGridOSSoap12");
    private static final String ACTION = "http://www.ecgridos.net/SessionLog";
    private static final String RESPONSE = "SessionLogResponse";

    private final Dispatch<Message> dispatch;
    private final SOAPVersion soapVersion;

    private SoapPort(Dispatch<Message> dispatch, SOAPVersion soapVersion) {
        this.dispatch = dispatch;
        this.soapVersion = soapVersion;
    }

    /**
     * Creates the service, with our transport, and the dispatch for the settings' SOAP version.
     * No network I/O and no WSDL: the binding, address and action are all known here.
     *
     * @param settings the client's transport settings
     * @return an open port
     */
    public static SoapPort open(TransportSettings settings) {
        boolean soap12 = settings.soapVersion() == SoapVersion.SOAP_1_2;
        QName port = soap12 ? PORT_SOAP_12 : PORT_SOAP_11;
        String endpoint = settings.endpoint().toString();
        WSServiceDelegate service = new WSServiceDelegate((URL) null, SERVICE, Service.class,
                new ComponentsFeature(List.of(new ComponentFeature(new TransportComponent(settings)),
                        new ComponentFeature(new ClientTubeline()))));
        service.addPort(port, soap12 ? SOAPBinding.SOAP12HTTP_BINDING : SOAPBinding.SOAP11HTTP_BINDING, endpoint);
        Dispatch<Message> dispatch = service.createDispatch(port, Message.class, Service.Mode.MESSAGE);
        Map<String, Object> context = dispatch.getRequestContext();
        // The transport takes endpoint and timeouts from the settings; the address is set here too
        // so that the dispatch's own view of where it talks agrees with what goes on the wire.
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint);
        context.put(BindingProvider.SOAPACTION_USE_PROPERTY, Boolean.TRUE);
        context.put(BindingProvider.SOAPACTION_URI_PROPERTY, ACTION);
        return new SoapPort(dispatch, soap12 ? SOAPVersion.SOAP_12 : SOAPVersion.SOAP_11);
    }

    /**
     * Calls SessionLog and maps the answer: records on success, one {@link EcGridOsException}
     * subtype on any failure. Arguments must already be validated.
     *
     * @param sessionId the session token or API key
     * @param userId the user whose sessions to list, 0 for the session's own user
     * @param maxRecords the most records to return, 1..32767
     * @return the records, an unmodifiable list
     * @throws EcGridOsException if the call fails in any way
     */
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        try {
            Message response = dispatch.invoke(new SessionLogRequestMessage(soapVersion, sessionId, userId, maxRecords));
            return read(response);
        } catch (RuntimeException failure) {
            throw FailureTranslator.translate(failure, sessionId);
        }
    }

    private static List<SessionRecord> read(Message response) {
        if (response == null || !response.hasPayload()) {
            throw new EcGridOsResponseException("SessionLog response has an empty SOAP Body");
        }
        if (response.isFault()) {
            throw fault(response);
        }
        if (!RESPONSE.equals(response.getPayloadLocalPart()) || !NAMESPACE.equals(response.getPayloadNamespaceURI())) {
            throw new EcGridOsResponseException("SessionLog response body holds {" + response.getPayloadNamespaceURI()
                    + "}" + response.getPayloadLocalPart() + " instead of {" + NAMESPACE + "}" + RESPONSE);
        }
        try {
            XMLStreamReader payload = response.readPayload();
            List<SessionRecord> records = ResponseMapper.read(payload);
            payload.close();
            XMLStreamReaderFactory.recycle(payload);
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

    /** Releases the dispatch's resources. */
    @Override
    public void close() {
        try {
            ((WSBindingProvider) dispatch).close();
        } catch (java.io.IOException | RuntimeException ignored) {
            // Nothing useful can be done about a port that fails to close; the client is closed anyway.
        }
    }
}
