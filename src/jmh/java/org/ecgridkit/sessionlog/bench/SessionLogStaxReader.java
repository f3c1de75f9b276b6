package org.ecgridkit.sessionlog.bench;

import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.ResponseMapper;

/**
 * The hand-written baseline's response parser: one forward pass of StAX events from the envelope
 * straight into {@link SessionRecord}s, with no intermediate beans. The records themselves are
 * read by the SDK's own {@link ResponseMapper} (itself a plain StAX loop), so both clients do the
 * same checks on the same events and the comparison measures everything around it: the SOAP stack,
 * the transport and the message model.
 */
final class SessionLogStaxReader {
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String ECGRIDOS = "http://www.ecgridos.net/";

    private SessionLogStaxReader() {
    }

    /**
     * Reads a SessionLog response envelope.
     *
     * @param reader positioned before the root element
     * @return the records, in wire order
     * @throws XMLStreamException if the XML is malformed
     * @throws IllegalStateException if it is not a SessionLog response
     */
    static List<SessionRecord> read(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        expect(reader, SOAP_11, "Envelope");
        reader.nextTag();
        if (reader.getLocalName().equals("Header")) {
            skipHeader(reader);
            reader.nextTag();
        }
        expect(reader, SOAP_11, "Body");
        reader.nextTag();
        expect(reader, ECGRIDOS, "SessionLogResponse");
        return ResponseMapper.read(reader, 1);
    }

    private static void expect(XMLStreamReader reader, String namespace, String localName) {
        if (!localName.equals(reader.getLocalName()) || !namespace.equals(reader.getNamespaceURI())) {
            throw new IllegalStateException("expected {" + namespace + "}" + localName + ", found " + reader.getName());
        }
    }

    private static void skipHeader(XMLStreamReader reader) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = reader.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }
}
