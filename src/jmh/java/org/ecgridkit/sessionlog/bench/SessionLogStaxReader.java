package org.ecgridkit.sessionlog.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.XsdDateTime;

/**
 * The hand-written baseline's response parser: one forward pass of StAX events straight into
 * {@link SessionRecord}s, with no intermediate beans. It checks what the SDK checks on the success
 * path (the envelope, the response element, all six fields of every record, nil entries skipped,
 * unknown elements ignored), so that the comparison is between equal amounts of work.
 */
final class SessionLogStaxReader {
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String ECGRIDOS = "http://www.ecgridos.net/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final int ALL_FIELDS = 0b111111;

    private SessionLogStaxReader() {
    }

    /**
     * Reads a SessionLog response envelope.
     *
     * @param reader positioned before the root element
     * @return the records, in wire order
     * @throws XMLStreamException if the XML is malformed
     * @throws IllegalStateException if it is not a SessionLog response or a record lacks a field
     */
    static List<SessionRecord> read(XMLStreamReader reader) throws XMLStreamException {
        expect(reader, SOAP_11, "Envelope");
        reader.nextTag();
        if (reader.getLocalName().equals("Header")) {
            skipElement(reader);
            reader.nextTag();
        }
        expect(reader, SOAP_11, "Body");
        reader.nextTag();
        expect(reader, ECGRIDOS, "SessionLogResponse");
        List<SessionRecord> records = new ArrayList<>();
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (reader.getLocalName().equals("SessionLogResult")) {
                readResult(reader, records);
            } else {
                skipElement(reader);
            }
        }
        return records;
    }

    private static void readResult(XMLStreamReader reader, List<SessionRecord> records) throws XMLStreamException {
        int index = 0;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (reader.getLocalName().equals("SessionIDInfo") && !isNil(reader)) {
                records.add(readRecord(reader, index));
            } else {
                skipElement(reader);
            }
            index++;
        }
    }

    private static SessionRecord readRecord(XMLStreamReader reader, int index) throws XMLStreamException {
        String sessionId = null;
        int userId = 0;
        int networkId = 0;
        int mailboxId = 0;
        Instant created = null;
        Instant expires = null;
        int seen = 0;
        while (reader.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (reader.getLocalName()) {
                case "SessionID" -> { sessionId = reader.getElementText(); seen |= 1; }
                case "UserID" -> { userId = Integer.parseInt(reader.getElementText().strip()); seen |= 2; }
                case "NetworkID" -> { networkId = Integer.parseInt(reader.getElementText().strip()); seen |= 4; }
                case "MailboxID" -> { mailboxId = Integer.parseInt(reader.getElementText().strip()); seen |= 8; }
                case "Created" -> { created = XsdDateTime.parse(reader.getElementText()); seen |= 16; }
                case "Expires" -> { expires = XsdDateTime.parse(reader.getElementText()); seen |= 32; }
                default -> skipElement(reader);
            }
        }
        if (seen != ALL_FIELDS) {
            throw new IllegalStateException("SessionIDInfo " + index + " lacks a required element");
        }
        return new SessionRecord(sessionId, userId, networkId, mailboxId, created, expires);
    }

    private static boolean isNil(XMLStreamReader reader) {
        String nil = reader.getAttributeValue(XSI, "nil");
        return nil != null && (nil.equals("true") || nil.equals("1"));
    }

    private static void expect(XMLStreamReader reader, String namespace, String localName) throws XMLStreamException {
        if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
            reader.nextTag();
        }
        if (!localName.equals(reader.getLocalName()) || !namespace.equals(reader.getNamespaceURI())) {
            throw new IllegalStateException("expected {" + namespace + "}" + localName + ", found " + reader.getName());
        }
    }

    /** From a START_ELEMENT, moves to its matching END_ELEMENT. */
    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
