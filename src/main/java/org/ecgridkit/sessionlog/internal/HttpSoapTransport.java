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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.time.Duration;
import java.util.Locale;

/**
 * The HTTP exchange of a SessionLog call: the last tube of our ports' JAX-WS pipeline, in place of
 * the RI's {@code HttpTransportPipe}.
 *
 * <p>Owning the exchange is what lets every HTTP error status reach the caller. The RI's own
 * transport hands any SOAP 1.1 HTTP 500 (and SOAP 1.2 400/500) body to the SOAP decoder, so a
 * 500 carrying plain text or non-SOAP XML surfaced as a parse error with the status lost. Here a
 * non-2xx answer is decoded only to look for a SOAP fault; anything else becomes an
 * {@link HttpStatusException} with the status.
 *
 * <p>The JAX-WS runtime pools tubes and gives each concurrent call its own copy (see
 * {@link #copy(TubeCloner)}), so the codec, which is not thread-safe, is never shared.
 */
final class HttpSoapTransport extends AbstractTubeImpl {

    private static final String USER_AGENT = "ecgridos-sessionlog (JAX-WS RI)";
    private static final int INITIAL_REQUEST_BUFFER = 1024;

    private final Codec codec;
    private final TransportSettings settings;
    private final SOAPVersion soapVersion;

    HttpSoapTransport(Codec codec, TransportSettings settings, SOAPVersion soapVersion) {
        this.codec = codec;
        this.settings = settings;
        this.soapVersion = soapVersion;
    }

    private HttpSoapTransport(HttpSoapTransport that, TubeCloner cloner) {
        super(that, cloner);
        this.codec = that.codec.copy();
        this.settings = that.settings;
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
        HttpURLConnection connection = null;
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream(INITIAL_REQUEST_BUFFER);
            ContentType contentType = codec.encode(request, body);
            connection = open(contentType, body.size());
            try (OutputStream out = connection.getOutputStream()) {
                body.writeTo(out);
            }
            int status = connection.getResponseCode();
            if (status < 100) {
                throw new IOException("the server's answer is not a valid HTTP response");
            }
            byte[] response = readBody(connection, status);
            Packet reply = request.createClientResponse(null);
            if (status / 100 == 2) {
                decodeSuccess(response, connection.getContentType(), reply, status);
            } else {
                decodeFault(response, connection.getContentType(), reply, status, connection.getResponseMessage());
            }
            return reply;
        } catch (WebServiceException e) {
            disconnect(connection);
            throw e;
        } catch (IOException | RuntimeException e) {
            disconnect(connection);
            throw new WebServiceException(e);
        }
    }

    private HttpURLConnection open(ContentType contentType, int length) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) settings.endpoint().toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setUseCaches(false);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(toMillis(settings.connectTimeout()));
        connection.setReadTimeout(toMillis(settings.readTimeout()));
        connection.setFixedLengthStreamingMode(length);
        connection.setRequestProperty("Content-Type", contentType.getContentType());
        if (contentType.getAcceptHeader() != null) {
            connection.setRequestProperty("Accept", contentType.getAcceptHeader());
        }
        if (soapVersion == SOAPVersion.SOAP_11) {
            // SOAP 1.2 carries the action as a content-type parameter instead.
            String action = contentType.getSOAPActionHeader();
            connection.setRequestProperty("SOAPAction", action == null ? "\"\"" : action);
        }
        connection.setRequestProperty("User-Agent", USER_AGENT);
        return connection;
    }

    /** Reads the whole body (empty when there is none), so the connection can be reused at once. */
    private static byte[] readBody(HttpURLConnection connection, int status) throws IOException {
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            return in == null ? new byte[0] : in.readAllBytes();
        }
    }

    private void decodeSuccess(byte[] body, String contentType, Packet reply, int status) throws IOException {
        if (body.length == 0) {
            throw new WebServiceException("HTTP " + status + " with an empty body instead of a SOAP envelope");
        }
        codec.decode(new ByteArrayInputStream(body), contentType, reply);
    }

    /** An error status counts as a SOAP answer only if its body decodes to a SOAP fault. */
    private void decodeFault(byte[] body, String contentType, Packet reply, int status, String reason) {
        if (body.length == 0 || isHtml(contentType)) {
            throw new HttpStatusException(status, reason, null);
        }
        try {
            codec.decode(new ByteArrayInputStream(body), contentType, reply);
        } catch (IOException | RuntimeException notSoap) {
            throw new HttpStatusException(status, reason, notSoap);
        }
        Message message = reply.getMessage();
        if (message == null || !message.isFault()) {
            throw new HttpStatusException(status, reason, null);
        }
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }

    /** HttpURLConnection takes int milliseconds, where 0 means forever: round up, never to 0. */
    private static int toMillis(Duration timeout) {
        long millis = Math.max(1, timeout.toMillis() + (timeout.toNanosPart() % 1_000_000 == 0 ? 0 : 1));
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    private static void disconnect(HttpURLConnection connection) {
        if (connection != null) {
            // A failed exchange may leave unread bytes: never hand this socket back to the keep-alive cache.
            connection.disconnect();
        }
    }
}
