package org.ecgridkit.sessionlog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * Reads the {@code SessionLogResponse} payload straight from the response's XML stream into the
 * public, immutable list of {@link SessionRecord}s, in one forward pass.
 *
 * <p>Why not JAXB: binding to the generated beans first cost a JAXB context at start-up and, per
 * call, a bean and a boxed or adapted value for every field, then a second pass to copy them into
 * records. This reader keeps the same rules: all-or-nothing (a record that lacks one of the six
 * fields, or has an invalid value, fails the whole call naming the entry and the field), nil entries
 * skipped, unknown elements ignored, a missing or empty result read as no records, elements of
 * another namespace not taken for ours.
 */
public final class ResponseMapper {
    private static final String NAMESPACE = SessionLogRequestMessage.NAMESPACE;

    private ResponseMapper() {
    }

    /**
     * Maps a SessionLog response payload.
     *
     * @param payload a reader positioned on the {@code SessionLogResponse} start tag; left on its end tag
     * @return an unmodifiable list, empty when there are no entries; nil entries are skipped
     * @throws EcGridOsResponseException if an entry lacks a required field or has an invalid value
     * @throws XMLStreamException if the XML is malformed
     */
    public static List<SessionRecord> read(XMLStreamReader payload) throws XMLStreamException {
        List<SessionRecord> records = List.of();
        while (nextChild(payload)) {
            if (isOurs(payload, "SessionLogResult")) {
                records = readResult(payload);
            } else {
                skipElement(payload);
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
        // No defensive copy: the list never escapes before it is wrapped.
        return records.isEmpty() ? List.of() : Collections.unmodifiableList(records);
    }

    private static SessionRecord readRecord(XMLStreamReader reader, int index) throws XMLStreamException {
        String sessionId = null;
        Integer userId = null;
        Integer networkId = null;
        Integer mailboxId = null;
        Instant created = null;
        Instant expires = null;
        while (nextChild(reader)) {
            if (!NAMESPACE.equals(reader.getNamespaceURI())) {
                skipElement(reader);
                continue;
            }
            String field = reader.getLocalName();
            switch (field) {
                case "SessionID" -> sessionId = reader.getElementText();
                case "UserID" -> userId = parseInt(reader, index, field);
                case "NetworkID" -> networkId = parseInt(reader, index, field);
                case "MailboxID" -> mailboxId = parseInt(reader, index, field);
                case "Created" -> created = parseDateTime(reader, index, field);
                case "Expires" -> expires = parseDateTime(reader, index, field);
                default -> skipElement(reader);
            }
        }
        return new SessionRecord(
                required(sessionId, index, "SessionID"),
                required(userId, index, "UserID"),
                required(networkId, index, "NetworkID"),
                required(mailboxId, index, "MailboxID"),
                required(created, index, "Created"),
                required(expires, index, "Expires"));
    }

    /** An {@code xs:int}: optional sign, decimal digits, surrounding whitespace allowed. */
    private static Integer parseInt(XMLStreamReader reader, int index, String field) throws XMLStreamException {
        String text = reader.getElementText();
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(index, field, e);
        }
    }

    private static Instant parseDateTime(XMLStreamReader reader, int index, String field) throws XMLStreamException {
        String text = reader.getElementText();
        try {
            return XsdDateTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(index, field, e);
        }
    }

    private static <T> T required(T value, int index, String element) {
        if (value == null) {
            throw new EcGridOsResponseException("SessionLog response entry " + index
                    + " (0-based SessionIDInfo position) lacks the required element " + element
                    + "; no records were returned");
        }
        return value;
    }

    private static EcGridOsResponseException invalid(int index, String element, RuntimeException cause) {
        return new EcGridOsResponseException("SessionLog response entry " + index
                + " (0-based SessionIDInfo position) has an invalid " + element + " value ("
                + cause.getMessage() + "); no records were returned", cause);
    }

    private static boolean isOurs(XMLStreamReader reader, String localName) {
        return localName.equals(reader.getLocalName()) && NAMESPACE.equals(reader.getNamespaceURI());
    }

    private static boolean isNil(XMLStreamReader reader) {
        String nil = reader.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "nil");
        return nil != null && (nil.strip().equals("true") || nil.strip().equals("1"));
    }

    /**
     * Moves to the next child element of the current element and returns true, or to the current
     * element's end tag and returns false; text, comments and processing instructions in between
     * are passed over.
     */
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
