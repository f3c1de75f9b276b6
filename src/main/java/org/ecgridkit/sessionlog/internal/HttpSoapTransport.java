package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.pipe.Codec;
import com.sun.xml.ws.api.pipe.ContentType;
import com.sun.xml.ws.api.pipe.NextAction;
import com.sun.xml.ws.api.pipe.TubeCloner;
import com.sun.xml.ws.api.pipe.helper.AbstractTubeImpl;
import jakarta.xml.ws.WebServiceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The HTTP exchange of one SessionLog attempt: the last tube of our ports' JAX-WS pipeline, in
 * place of the RI's {@code HttpTransportPipe}. The RI encodes the request; we send it
 * ({@link HttpExchange}), log it ({@link WireLog}) and parse the answer with our own hardened
 * parser ({@link SoapResponseDecoder}).
 *
 * <p>Owning the exchange is what lets every HTTP error status reach the caller (the RI's own
 * transport hands SOAP 1.1 500 bodies to its decoder, so a 500 with plain text surfaced as a
 * parse error with the status lost), and what bounds each call in time and size. A non-2xx answer
 * is decoded only to look for a SOAP fault; anything else becomes an {@link HttpStatusException}.
 *
 * <p>The JAX-WS runtime pools tubes and gives each concurrent call its own copy (see
 * {@link #copy(TubeCloner)}), so the codec and decoder, which are not thread-safe, are never shared.
 */
final class HttpSoapTransport extends AbstractTubeImpl {

    private static final int INITIAL_REQUEST_BUFFER = 1024;

    private final Codec codec;
    private final SoapResponseDecoder decoder;
    private final TransportSettings settings;
    private final ExchangeWatchdog watchdog;
    private final SOAPVersion soapVersion;

    HttpSoapTransport(Codec codec, TransportSettings settings, ExchangeWatchdog watchdog, SOAPVersion soapVersion) {
        this.codec = codec;
        this.decoder = new SoapResponseDecoder(soapVersion);
        this.settings = settings;
        this.watchdog = watchdog;
        this.soapVersion = soapVersion;
    }

    private HttpSoapTransport(HttpSoapTransport that, TubeCloner cloner) {
        super(that, cloner);
        this.codec = that.codec.copy();
        this.decoder = new SoapResponseDecoder(that.soapVersion);
        this.settings = that.settings;
        this.watchdog = that.watchdog;
        this.soapVersion = that.soapVersion;
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
        CallContext call = CallContext.current(settings.callTimeout());
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(INITIAL_REQUEST_BUFFER);
            ContentType contentType = codec.encode(request, body);
            byte[] envelope = body.toByteArray();
            WireLog.request(settings.endpoint(), contentType.getContentType(), envelope, call);
            long start = System.nanoTime();
            HttpAnswer answer = HttpExchange.post(settings, call, watchdog, headers(contentType), envelope);
            WireLog.response(answer, System.nanoTime() - start, call);
            Packet reply = request.createClientResponse(null);
            reply.setMessage(answer.isSuccess() ? decodeSuccess(answer) : decodeFault(answer));
            return reply;
        } catch (WebServiceException e) {
            throw e;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new WebServiceException(e);
        }
    }

    private Map<String, String> headers(ContentType contentType) {
        Map<String, String> headers = new LinkedHashMap<>(4);
        headers.put("Content-Type", contentType.getContentType());
        if (contentType.getAcceptHeader() != null) {
            headers.put("Accept", contentType.getAcceptHeader());
        }
        if (soapVersion == SOAPVersion.SOAP_11) {
            // SOAP 1.2 carries the action as a content-type parameter instead.
            String action = contentType.getSOAPActionHeader();
            headers.put("SOAPAction", action == null ? "\"\"" : action);
        }
        return headers;
    }

    private Message decodeSuccess(HttpAnswer answer) throws XMLStreamException {
        if (answer.body().length == 0) {
            throw new WebServiceException("HTTP " + answer.status() + " with an empty body instead of a SOAP envelope");
        }
        return decoder.decode(answer.body(), answer.contentType());
    }

    /** An error status counts as a SOAP answer only if its body decodes to a SOAP fault. */
    private Message decodeFault(HttpAnswer answer) {
        if (answer.body().length == 0 || isHtml(answer.contentType())) {
            throw new HttpStatusException(answer, null);
        }
        Message message;
        try {
            message = decoder.decode(answer.body(), answer.contentType());
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
