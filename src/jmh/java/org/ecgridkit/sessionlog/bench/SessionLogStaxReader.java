package org.ecgridkit.sessionlog.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.mapping.XsdDateTime;

/**
 * The hand-written baseline's response parser: one forward pass of StAX events from the envelope
 * straight into {@link SessionRecord}s (the public six-field constructor), with no intermediate
 * beans and nothing of the SDK but its hand-rolled UTC timestamp parser ({@link XsdDateTime}, which
 * the baseline has used since the benchmarks were first written). It does the checks the SDK does
 * on the success path: the envelope and the response element, elements of another namespace not
 * taken for ours, all six fields of every record present and valid, nil entries skipped, unknown
 * elements ignored, an unmodifiable result.
 */
final class SessionLogStaxReader {
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String ECGRIDOS = "http://www.ecgridos.net/";
    private static final int ALL_FIELDS = 0b111111;
    private static final String[] FIELD_NAMES = {"SessionID", "UserID", "NetworkID", "MailboxID", "Created", "Expires"};

    private SessionLogStaxReader() {
    }

    /**
     * Reads a SessionLog response envelope.
     *
     * @param reader positioned before the root element
     * @return the records, in wire order
     * @throws XMLStreamException if the XML is malformed
     * @throws IllegalStateException if it is not a SessionLog response or a record is incomplete or invalid
     */
    static List<SessionRecord> read(XMLStreamReader reader) throws XMLStreamException {
        reader.nextTag();
        expect(reader, SOAP_11, "Envelope");
        reader.nextTag();
        if (reader.getLocalName().equals("Header")) {
            skipElement(reader);
            reader.nextTag();
        }
        expect(reader, SOAP_11, "Body");
        reader.nextTag();
        expect(reader, ECGRIDOS, "SessionLogResponse");
        List<SessionRecord> records = List.of();
        while (nextChild(reader)) {
            if (isOurs(reader, "SessionLogResult")) {
                records = readResult(reader);
            } else {
                skipElement(reader);
            }
        }
        return records;
    }

    private static List<SessionRecord> readResult(XMLStreamReader reader) throws XMLStreamException {
        List<SessionRecord> records = new ArrayList<>();
        int index = 0;
        while (nextChild(reader)) {
            if (isOurs(reader, "SessionIDInfo") && !isNil(reader)) {
                records.add(readRecord(reader, index));
            } else {
                skipElement(reader);
            }
            index++;
        }
        return records.isEmpty() ? List.of() : Collections.unmodifiableList(records);
    }

    private static SessionRecord readRecord(XMLStreamReader reader, int index) throws XMLStreamException {
        String sessionId = null;
        int userId = 0;
        int networkId = 0;
        int mailboxId = 0;
        Instant created = null;
        Instant expires = null;
        int seen = 0;
        while (nextChild(reader)) {
            if (!ECGRIDOS.equals(reader.getNamespaceURI())) {
                skipElement(reader);
                continue;
            }
            switch (reader.getLocalName()) {
                case "SessionID" -> { sessionId = reader.getElementText(); seen |= 1; }
                case "UserID" -> { userId = parseInt(reader, index, "UserID"); seen |= 2; }
                case "NetworkID" -> { networkId = parseInt(reader, index, "NetworkID"); seen |= 4; }
                case "MailboxID" -> { mailboxId = parseInt(reader, index, "MailboxID"); seen |= 8; }
                case "Created" -> { created = parseDateTime(reader, index, "Created"); seen |= 16; }
                case "Expires" -> { expires = parseDateTime(reader, index, "Expires"); seen |= 32; }
                default -> skipElement(reader);
            }
        }
        if (seen != ALL_FIELDS) {
            throw new IllegalStateException("SessionIDInfo " + index + " lacks "
                    + FIELD_NAMES[Integer.numberOfTrailingZeros(~seen & ALL_FIELDS)]);
        }
        return new SessionRecord(sessionId, userId, networkId, mailboxId, created, expires);
    }

    private static int parseInt(XMLStreamReader reader, int index, String field) throws XMLStreamException {
        String text = reader.getElementText();
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("SessionIDInfo " + index + " has an invalid " + field, e);
        }
    }

    private static Instant parseDateTime(XMLStreamReader reader, int index, String field) throws XMLStreamException {
        String text = reader.getElementText();
        try {
            return XsdDateTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("SessionIDInfo " + index + " has an invalid " + field, e);
        }
    }

    private static boolean isOurs(XMLStreamReader reader, String localName) {
        return localName.equals(reader.getLocalName()) && ECGRIDOS.equals(reader.getNamespaceURI());
    }

    private static boolean isNil(XMLStreamReader reader) {
        String nil = reader.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil");
        return nil != null && (nil.strip().equals("true") || nil.strip().equals("1"));
    }

    private static void expect(XMLStreamReader reader, String namespace, String localName) {
        if (!localName.equals(reader.getLocalName()) || !namespace.equals(reader.getNamespaceURI())) {
            throw new IllegalStateException("expected {" + namespace + "}" + localName + ", found " + reader.getName());
        }
    }

    /** Moves to the next child element and returns true, or to the current element's end tag and returns false. */
    private static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        while (true) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
    }

    /** From a start tag, moves to its matching end tag. */
    private static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = reader.next();
            depth += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }
}
