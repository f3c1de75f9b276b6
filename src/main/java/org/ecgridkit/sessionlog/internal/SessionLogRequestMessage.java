package org.ecgridkit.sessionlog.internal;

import com.sun.xml.stream.buffer.MutableXMLStreamBuffer;
import com.sun.xml.stream.buffer.XMLStreamBufferSource;
import com.sun.xml.ws.api.SOAPVersion;
import com.sun.xml.ws.api.message.HeaderList;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.message.MessageHeaders;
import com.sun.xml.ws.message.AbstractMessageImpl;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.Source;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;

/**
 * The SessionLog request as a JAX-WS RI {@link Message}: the three elements of the
 * document/literal wrapper, written straight to the RI's XML writer (which escapes the session
 * id) when the codec serialises the envelope.
 *
 * <p>It replaces JAXB marshalling of a generated wrapper bean, which cost a JAXB context at start-up
 * and a marshaller per call for three fixed elements. Everything the RI may ask of a message
 * (SAX events for handlers, a copy, a re-readable payload) is supported.
 */
final class SessionLogRequestMessage extends AbstractMessageImpl {
    static final String NAMESPACE = "http://www.ecgridos.net/";
    private static final String OPERATION = "SessionLog";

    private final String sessionId;
    private final int userId;
    private final int maxRecords;
    private HeaderList headers;

    SessionLogRequestMessage(SOAPVersion soapVersion, String sessionId, int userId, int maxRecords) {
        super(soapVersion);
        this.sessionId = sessionId;
        this.userId = userId;
        this.maxRecords = maxRecords;
    }

    private SessionLogRequestMessage(SessionLogRequestMessage that) {
        super(that);
        this.sessionId = that.sessionId;
        this.userId = that.userId;
        this.maxRecords = that.maxRecords;
        this.headers = that.headers == null ? null : new HeaderList(that.headers);
        copyFrom(that);
    }

    /** The whole request envelope as our transport sends it (see {@link RequestEnvelope}). */
    byte[] envelope() {
        return RequestEnvelope.encode(soapVersion, sessionId, userId, maxRecords);
    }

    @Override
    public boolean hasHeaders() {
        return headers != null && headers.hasHeaders();
    }

    @Override
    public MessageHeaders getHeaders() {
        if (headers == null) {
            headers = new HeaderList(soapVersion);
        }
        return headers;
    }

    @Override
    public String getPayloadLocalPart() {
        return OPERATION;
    }

    @Override
    public String getPayloadNamespaceURI() {
        return NAMESPACE;
    }

    @Override
    public boolean hasPayload() {
        return true;
    }

    @Override
    public void writePayloadTo(XMLStreamWriter out) throws XMLStreamException {
        out.writeStartElement("", OPERATION, NAMESPACE);
        out.writeDefaultNamespace(NAMESPACE);
        element(out, "SessionID", sessionId);
        element(out, "UserID", Integer.toString(userId));
        element(out, "MaxRecords", Integer.toString(maxRecords));
        out.writeEndElement();
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement("", name, NAMESPACE);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    @Override
    protected void writePayloadTo(ContentHandler out, ErrorHandler errors, boolean fragment) throws SAXException {
        out.startPrefixMapping("", NAMESPACE);
        out.startElement(NAMESPACE, OPERATION, OPERATION, EMPTY_ATTS);
        element(out, "SessionID", sessionId);
        element(out, "UserID", Integer.toString(userId));
        element(out, "MaxRecords", Integer.toString(maxRecords));
        out.endElement(NAMESPACE, OPERATION, OPERATION);
        out.endPrefixMapping("");
    }

    private static void element(ContentHandler out, String name, String text) throws SAXException {
        out.startElement(NAMESPACE, name, name, EMPTY_ATTS);
        out.characters(text.toCharArray(), 0, text.length());
        out.endElement(NAMESPACE, name, name);
    }

    /** Only for handlers and tools that re-read a request; the call itself never comes here. */
    @Override
    public XMLStreamReader readPayload() throws XMLStreamException {
        return buffered().readAsXMLStreamReader();
    }

    @Override
    public Source readPayloadAsSource() {
        try {
            return new XMLStreamBufferSource(buffered());
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private MutableXMLStreamBuffer buffered() throws XMLStreamException {
        MutableXMLStreamBuffer buffer = new MutableXMLStreamBuffer();
        XMLStreamWriter writer = buffer.createFromXMLStreamWriter();
        writer.writeStartDocument();
        writePayloadTo(writer);
        writer.writeEndDocument();
        writer.close();
        return buffer;
    }

    @Override
    public Message copy() {
        return new SessionLogRequestMessage(this);
    }
}
