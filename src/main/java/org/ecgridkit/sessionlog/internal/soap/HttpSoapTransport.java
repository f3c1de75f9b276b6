package org.ecgridkit.sessionlog.internal.soap;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import com.sun.xml.ws.api.streaming.XMLStreamWriterFactory;
import jakarta.xml.ws.WebServiceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.ecgridkit.sessionlog.internal.CallContext;
import org.ecgridkit.sessionlog.internal.http.ExchangeWatchdog;
import org.ecgridkit.sessionlog.internal.http.HttpAnswer;
import org.ecgridkit.sessionlog.internal.http.HttpExchange;
import org.ecgridkit.sessionlog.internal.http.ResponseBody;
import org.ecgridkit.sessionlog.internal.http.TransportSettings;

/**
 * The HTTP exchange of one attempt: the last tube of our ports' JAX-WS pipeline, in place of the
 * RI's {@code HttpTransportPipe}. The generated port and JAXB build the request message; we encode
 * it as the RI's SOAP envelope codec does, send it ({@link HttpExchange}), log it ({@link WireLog}) and
 * parse the answer with our own hardened parser ({@link SoapResponseDecoder}) into the RI's
 * message, which the port then reads with JAXB.
 *
 * <p>Owning the exchange is what lets every HTTP error status reach the caller (the RI's own
 * transport hands SOAP 1.1 500 bodies to its decoder, so a 500 with plain text would reach the
 * caller as a parse error, its status lost), and what bounds each call in time and size. A non-2xx answer
 * is decoded only to look for a SOAP fault; anything else becomes an {@link HttpStatusException}.
 * A 2xx answer must carry a payload in the contract's namespace: one in another namespace is a
 * {@link ContractMismatchException}, which is how a client on {@code AUTO} learns that the server
 * speaks the other contract.
 *
 * <p>The JAX-WS runtime pools tubes and gives each concurrent call its own copy (see
 * {@link #copy(TubeCloner)}), so the decoder, which is not thread-safe, is never shared.
 *
 * <p>Per call, the XML writer of the request and the parser of the answer are closed when done
 * (the RI's codec and its generated-port reader leave them open), which is what lets the StAX
 * implementation reuse their buffers (Woodstox keeps them per thread), and the request headers are
 * made once per SOAP action.
 */
final class HttpSoapTransport extends AbstractTubeImpl {

    private static final int INITIAL_REQUEST_BUFFER = 512;
    /** Stax2's {@code XMLOutputFactory2.P_AUTO_CLOSE_OUTPUT}, named so as not to depend on the Stax2 API. */
    private static final String AUTO_CLOSE_OUTPUT = "org.codehaus.stax2.autoCloseOutput";

    /**
     * Shared by every tube, as the RI shares its own {@code NoLock} factory: Woodstox's output
     * factory is thread-safe once configured, and its writers' buffers are recycled per thread.
     */
    private static final XMLStreamWriterFactory WRITERS = writerFactory();

    private final SoapResponseDecoder decoder;
    private final TransportSettings settings;
    private final ExchangeWatchdog watchdog;
    private final SOAPVersion soapVersion;
    /** The namespace of the contract this port speaks: every answer's payload must be in it. */
    private final String namespace;
    /** The endpoint as a URL, made once: {@code URI.toURL()} takes the JDK's JVM-wide handler lock. */
    private final URL url;
    private final String contentType;
    /** The headers of the last SOAP action sent (a port has one action per operation); immutable. */
    private Map<String, String> lastHeaders;
    private String lastAction;

    HttpSoapTransport(TransportSettings settings, ExchangeWatchdog watchdog, SOAPVersion soapVersion, String namespace) {
        this.decoder = new SoapResponseDecoder(soapVersion);
        this.settings = settings;
        this.watchdog = watchdog;
        this.soapVersion = soapVersion;
        this.namespace = namespace;
        this.url = urlOf(settings);
        this.contentType = soapVersion == SOAPVersion.SOAP_12 ? SOAP_12_CONTENT_TYPE : SOAP_11_CONTENT_TYPE;
    }

    private static final String SOAP_11_CONTENT_TYPE = "text/xml; charset=utf-8";
    private static final String SOAP_12_CONTENT_TYPE = "application/soap+xml; charset=utf-8";

    private static URL urlOf(TransportSettings settings) {
        try {
            return settings.endpoint().toURL();
        } catch (MalformedURLException | IllegalArgumentException notHttp) {
            // The builder accepts only absolute http and https URIs.
            throw new IllegalStateException("endpoint is not a URL", notHttp);
        }
    }

    private HttpSoapTransport(HttpSoapTransport that, TubeCloner cloner) {
        super(that, cloner);
        this.decoder = new SoapResponseDecoder(that.soapVersion);
        this.settings = that.settings;
        this.watchdog = that.watchdog;
        this.soapVersion = that.soapVersion;
        this.namespace = that.namespace;
        this.url = that.url;
        this.contentType = that.contentType;
    }

    @Override
    public NextAction processRequest(Packet request) {
        return doReturnWith(exchange(request));
    }

    @Override
    public NextAction processResponse(Packet response) {
        throw new IllegalStateException("a transport tube is last in the pipeline and sees no response");
    }

    @Override
    public NextAction processException(Throwable failure) {
        return doThrow(failure);
    }

    @Override
    public void preDestroy() {
        // Nothing to release: connections belong to HttpURLConnection's keep-alive cache.
    }

    @Override
    public HttpSoapTransport copy(TubeCloner cloner) {
        return new HttpSoapTransport(this, cloner);
    }

    private Packet exchange(Packet request) {
        CallContext call = CallContext.current();
        try {
            byte[] envelope = encode(request);
            Map<String, String> headers = headers(request.soapAction);
            WireLog.request(settings.endpoint(), headers.get("Content-Type"), envelope, call);
            Packet reply = request.createClientResponse(null);
            long start = System.nanoTime();
            HttpExchange exchange = HttpExchange.post(settings, url, call, watchdog, headers, envelope);
            // Streamed unless something needs the bytes: the wire log, or the search for a fault in
            // an error status.
            if (exchange.isSuccess() && !WireLog.enabled()) {
                reply.setMessage(checkPayload(decodeStreamed(exchange, call), exchange.status()));
            } else {
                HttpAnswer answer = exchange.readAnswer();
                WireLog.response(answer, System.nanoTime() - start, call);
                reply.setMessage(answer.isSuccess() ? checkPayload(decodeSuccess(answer), answer.status())
                        : decodeFault(answer));
            }
            return reply;
        } catch (WebServiceException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new WebServiceException(e);
        }
    }

    /**
     * The request envelope in UTF-8, written as the RI's {@code StreamSOAPCodec} writes it (the RI's
     * writer factory, so JAXB still marshals the payload straight to the bytes), except that the
     * writer is closed afterwards: closing is what returns its buffers to the StAX implementation.
     */
    private byte[] encode(Packet request) throws XMLStreamException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(INITIAL_REQUEST_BUFFER);
        XMLStreamWriter writer = WRITERS.doCreate(out, "UTF-8");
        try {
            request.getMessage().writeTo(writer);
            writer.flush();
        } finally {
            writer.close();
        }
        return out.toByteArray();
    }

    /**
     * The RI's writer factory for Woodstox ({@code XMLStreamWriterFactory.NoLock}, what the RI
     * itself uses with Woodstox; it marks each writer with its encoding, so that JAXB writes the
     * payload straight to the bytes) on an output factory of our own whose writers close their
     * output when closed: only then does Woodstox take back the writer's byte buffer (about 4 KB) for
     * the next request. Closing a {@code ByteArrayOutputStream} does nothing.
     */
    private static XMLStreamWriterFactory writerFactory() {
        XMLOutputFactory factory = XMLOutputFactory.newFactory();
        if (factory.isPropertySupported(AUTO_CLOSE_OUTPUT)) {
            factory.setProperty(AUTO_CLOSE_OUTPUT, true);
        }
        return new XMLStreamWriterFactory.NoLock(factory);
    }

    /**
     * The request headers. SOAP 1.1 sends the action as a header, SOAP 1.2 as a content-type
     * parameter; the action is the generated port's, from the WSDL. Made once per action: a tube
     * copy serves one call at a time, and the map is never changed once made.
     */
    private Map<String, String> headers(String action) {
        Map<String, String> cached = lastHeaders;
        if (cached != null && Objects.equals(action, lastAction)) {
            return cached;
        }
        Map<String, String> made = Collections.unmodifiableMap(makeHeaders(action));
        lastAction = action;
        lastHeaders = made;
        return made;
    }

    private Map<String, String> makeHeaders(String action) {
        String quoted = '"' + (action == null ? "" : action) + '"';
        Map<String, String> headers = new LinkedHashMap<>(4);
        if (soapVersion == SOAPVersion.SOAP_12) {
            headers.put("Content-Type", contentType + "; action=" + quoted);
        } else {
            headers.put("Content-Type", contentType);
            headers.put("SOAPAction", quoted);
        }
        headers.put("Accept", soapVersion.contentType);
        return headers;
    }

    /**
     * A 2xx answer, parsed as it arrives. The message reads lazily: the envelope and headers are
     * read here, the payload later by the port, so the body is handed to the call, which ends it
     * when the attempt ends (see {@link CallContext#runAttempt}).
     */
    private Message decodeStreamed(HttpExchange exchange, CallContext call) throws IOException, XMLStreamException {
        ResponseBody body = exchange.streamBody();
        call.hold(body);
        if (body.isEmpty()) {
            throw emptyBody(exchange.status());
        }
        XMLStreamReader parser = decoder.open(body, exchange.contentType());
        body.parsedBy(parser);
        return decoder.decode(parser);
    }

    private Message decodeSuccess(HttpAnswer answer) throws XMLStreamException {
        if (answer.body().length == 0) {
            throw emptyBody(answer.status());
        }
        return decoder.decode(new ByteArrayInputStream(answer.body()), answer.contentType());
    }

    private static WebServiceException emptyBody(int status) {
        return new WebServiceException("HTTP " + status + " with an empty body instead of a SOAP envelope");
    }

    /** A successful answer must hold a fault, or a payload in this port's contract. */
    private Message checkPayload(Message message, int status) {
        if (!message.hasPayload()) {
            throw new WebServiceException("HTTP " + status + " with an empty SOAP Body");
        }
        if (!message.isFault() && !namespace.equals(message.getPayloadNamespaceURI())) {
            throw new ContractMismatchException(namespace, message.getPayloadNamespaceURI(), message.getPayloadLocalPart());
        }
        return message;
    }

    /** An error status counts as a SOAP answer only if its body decodes to a SOAP fault. */
    private Message decodeFault(HttpAnswer answer) {
        if (answer.body().length == 0 || isHtml(answer.contentType())) {
            throw new HttpStatusException(answer, null);
        }
        Message message;
        try {
            message = decoder.decode(new ByteArrayInputStream(answer.body()), answer.contentType());
            if (message.isFault()) {
                return message;
            }
        } catch (XMLStreamException | RuntimeException notSoap) {
            throw new HttpStatusException(answer, notSoap);
        }
        throw new HttpStatusException(answer, null);
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }
}
