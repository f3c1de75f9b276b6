package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import jakarta.xml.ws.WebServiceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The HTTP exchange of one SessionLog attempt: the last tube of our ports' JAX-WS pipeline, in
 * place of the RI's {@code HttpTransportPipe}. We encode the request ({@link RequestEnvelope}), send
 * it ({@link HttpExchange}), log it ({@link WireLog}) and parse the answer with our own hardened
 * parser ({@link SoapResponseDecoder}) into the RI's message, which the rest of the pipeline reads.
 *
 * <p>Owning the exchange is what lets every HTTP error status reach the caller (the RI's own
 * transport hands SOAP 1.1 500 bodies to its decoder, so a 500 with plain text surfaced as a
 * parse error with the status lost), and what bounds each call in time and size. A non-2xx answer
 * is decoded only to look for a SOAP fault; anything else becomes an {@link HttpStatusException}.
 *
 * <p>The JAX-WS runtime pools tubes and gives each concurrent call its own copy (see
 * {@link #copy(TubeCloner)}), so the decoder, which is not thread-safe, is never shared.
 */
final class HttpSoapTransport extends AbstractTubeImpl {

    private final SoapResponseDecoder decoder;
    private final TransportSettings settings;
    private final ExchangeWatchdog watchdog;
    private final SOAPVersion soapVersion;
    /** The endpoint as a URL, made once: {@code URI.toURL()} takes the JDK's JVM-wide handler lock. */
    private final URL url;
    /** The request headers, the same on every call. */
    private final Map<String, String> headers;

    HttpSoapTransport(TransportSettings settings, ExchangeWatchdog watchdog, SOAPVersion soapVersion) {
        this.decoder = new SoapResponseDecoder(soapVersion);
        this.settings = settings;
        this.watchdog = watchdog;
        this.soapVersion = soapVersion;
        this.headers = headersFor(soapVersion);
        this.url = urlOf(settings);
    }

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
        this.headers = that.headers;
        this.url = that.url;
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
            byte[] envelope = envelopeOf(request.getInternalMessage());
            String contentType = RequestEnvelope.contentType(soapVersion);
            WireLog.request(settings.endpoint(), contentType, envelope, call);
            Packet reply = request.createClientResponse(null);
            long start = System.nanoTime();
            HttpExchange exchange = HttpExchange.post(settings, url, call, watchdog, headers, envelope);
            // Streamed unless something needs the bytes: the wire log, or the search for a fault in
            // an error status.
            if (exchange.isSuccess() && !WireLog.enabled()) {
                reply.setMessage(decodeStreamed(exchange, call));
            } else {
                HttpAnswer answer = exchange.readAnswer();
                WireLog.response(answer, System.nanoTime() - start, call);
                reply.setMessage(answer.isSuccess() ? decodeSuccess(answer) : decodeFault(answer));
            }
            return reply;
        } catch (WebServiceException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new WebServiceException(e);
        }
    }

    /**
     * The request's bytes. Our dispatch only ever sends {@link SessionLogRequestMessage}s, and no
     * tube of our tubeline adds headers; anything else is a programming error, not a request to
     * send half-encoded.
     */
    private static byte[] envelopeOf(Message message) {
        if (!(message instanceof SessionLogRequestMessage sessionLog) || sessionLog.hasHeaders()) {
            throw new IllegalStateException("this transport sends SessionLog requests without SOAP headers only");
        }
        return sessionLog.envelope();
    }

    private static Map<String, String> headersFor(SOAPVersion version) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("Content-Type", RequestEnvelope.contentType(version));
        headers.put("Accept", version.contentType);
        if (version == SOAPVersion.SOAP_11) {
            // SOAP 1.2 carries the action as a content-type parameter instead.
            headers.put("SOAPAction", '"' + RequestEnvelope.ACTION + '"');
        }
        return Map.copyOf(headers);
    }

    /**
     * A 2xx answer, parsed as it arrives. The message reads lazily: the envelope and headers are
     * read here, the payload later by {@link SoapPort}, so the body is handed to the call, which
     * ends it when the attempt ends (see {@link CallContext#runAttempt}).
     */
    private Message decodeStreamed(HttpExchange exchange, CallContext call) throws IOException, XMLStreamException {
        ResponseBody body = exchange.streamBody();
        call.hold(body);
        if (body.isEmpty()) {
            throw emptyBody(exchange.status());
        }
        return decoder.decode(body, exchange.contentType());
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
