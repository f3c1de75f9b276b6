package org.ecgridkit.sessionlog.internal.soap;

import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.pipe.Codecs;
import com.sun.xml.ws.api.pipe.StreamSOAPCodec;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns a response body into a JAX-WS {@link Message}, parsing it with a StAX factory of our own
 * ({@link HardenedXml}) rather than the RI's JVM-wide one, so that hostile XML is refused without
 * touching any global setting: DTDs and undeclared entities are errors, no external entity, DTD or other resource is
 * ever resolved, and nesting is bounded ({@link GuardedXmlReader}).
 *
 * <p>Only a plain SOAP envelope of the port's version is accepted: no MTOM, multipart or Fast
 * Infoset, which SessionLog does not use. Not thread-safe (the factory is not guaranteed to be);
 * each transport tube copy has its own.
 */
final class SoapResponseDecoder {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);

    /** Stax2's {@code XMLInputFactory2.P_AUTO_CLOSE_INPUT}, named so as not to depend on the Stax2 API. */
    private static final String AUTO_CLOSE_INPUT = "org.codehaus.stax2.closeInputSource";

    private final SOAPVersion version;
    private final StreamSOAPCodec envelopeCodec;
    private final XMLInputFactory factory;
    /** The last content type that passed {@link #checkMediaType} and {@link #charsetOf}, and its charset. */
    private String lastContentType;
    private String lastCharset;

    SoapResponseDecoder(SOAPVersion version) {
        this.version = version;
        this.envelopeCodec = Codecs.createSOAPEnvelopeXmlCodec(version);
        this.factory = parserFactory();
    }

    /**
     * Decodes a body. The message reads lazily from the stream, which must stay open until its
     * payload has been read; every later read goes through the guard as well.
     *
     * @throws XMLStreamException if the body is not a SOAP envelope this client accepts
     */
    Message decode(InputStream in, String contentType) throws XMLStreamException {
        return decode(open(in, contentType));
    }

    /**
     * Opens the parser of a body, for {@link #decode(XMLStreamReader)}; whoever ends the body may
     * close it, which lets the StAX implementation reuse its buffers.
     *
     * @throws XMLStreamException if the content type is not one this client accepts
     */
    XMLStreamReader open(InputStream in, String contentType) throws XMLStreamException {
        String charset = checkedCharset(contentType);
        return charset == null ? factory.createXMLStreamReader(in) : factory.createXMLStreamReader(in, charset);
    }

    /**
     * Decodes what a parser from {@link #open} reads. The message reads lazily from the parser,
     * through the guard.
     *
     * @throws XMLStreamException if the body is not a SOAP envelope this client accepts
     */
    Message decode(XMLStreamReader parser) throws XMLStreamException {
        return envelopeCodec.decode(new GuardedXmlReader(parser));
    }

    /**
     * The media type check and the charset of a content type; a server sends the same one on every
     * answer, so the last one's outcome is kept.
     */
    private String checkedCharset(String contentType) throws XMLStreamException {
        if (contentType != null && contentType.equals(lastContentType)) {
            return lastCharset;
        }
        checkMediaType(contentType);
        String charset = charsetOf(contentType);
        lastCharset = charset;
        lastContentType = contentType;
        return charset;
    }

    private void checkMediaType(String contentType) throws XMLStreamException {
        if (contentType == null) {
            return; // as the RI: a missing Content-Type is read as the version's own
        }
        String expected = version.contentType;
        if (!contentType.toLowerCase(Locale.ROOT).contains(expected)) {
            throw new XMLStreamException("the response's content type '" + contentType + "' is not "
                    + (version == SOAPVersion.SOAP_12 ? "SOAP 1.2" : "SOAP 1.1") + "'s " + expected);
        }
    }

    /** The {@code charset} parameter of a content type, unchecked; null when there is none. */
    static String charsetParameter(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(contentType);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String charsetOf(String contentType) throws XMLStreamException {
        String charset = charsetParameter(contentType);
        if (charset == null) {
            return null;
        }
        try {
            if (Charset.isSupported(charset)) {
                return charset;
            }
        } catch (IllegalArgumentException illegalName) {
            // reported below
        }
        throw new XMLStreamException("the response's charset '" + charset + "' is not supported");
    }

    /** The module's hardened factory, whose parsers also close their input when closed. */
    private static XMLInputFactory parserFactory() {
        XMLInputFactory factory = HardenedXml.inputFactory();
        // Closing a parser then closes its input too (a body's close() does nothing; see
        // ResponseBody), and only that hands the parser's byte buffer back to Woodstox for the next
        // answer: without it every answer allocated a fresh one (about 4 KB).
        if (factory.isPropertySupported(AUTO_CLOSE_INPUT)) {
            factory.setProperty(AUTO_CLOSE_INPUT, true);
        }
        return factory;
    }
}
