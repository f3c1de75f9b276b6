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
    private static final int SESSION_ID = 1;
    private static final int USER_ID = 1 << 1;
    private static final int NETWORK_ID = 1 << 2;
    private static final int MAILBOX_ID = 1 << 3;
    private static final int CREATED = 1 << 4;
    private static final int EXPIRES = 1 << 5;
    private static final int ALL_FIELDS = (1 << 6) - 1;
    /** By bit position, in the contract's element order: the first missing one is named. */
    private static final String[] FIELD_NAMES = {"SessionID", "UserID", "NetworkID", "MailboxID", "Created", "Expires"};

    private ResponseMapper() {
    }

    /**
     * Maps a SessionLog response payload.
     *
     * @param payload a reader positioned on the {@code SessionLogResponse} start tag; left on its end tag
     * @param attempts how many attempts the call made, reported if the response is refused
     * @return an unmodifiable list, empty when there are no entries; nil entries are skipped
     * @throws EcGridOsResponseException if an entry lacks a required field or has an invalid value
     * @throws XMLStreamException if the XML is malformed
     */
    public static List<SessionRecord> read(XMLStreamReader payload, int attempts) throws XMLStreamException {
        List<SessionRecord> records = List.of();
        while (nextChild(payload)) {
            if (isOurs(payload, "SessionLogResult")) {
                records = readResult(payload, attempts);
            } else {
                skipElement(payload);
            }
        }
        return records;
    }

    private static List<SessionRecord> readResult(XMLStreamReader reader, int attempts) throws XMLStreamException {
        List<SessionRecord> records = new ArrayList<>();
        int index = 0;
        while (nextChild(reader)) {
            if (isOurs(reader, "SessionIDInfo") && !isNil(reader)) {
                records.add(readRecord(reader, index, attempts));
            } else {
                skipElement(reader);
            }
            index++;
        }
        // No defensive copy: the list never escapes before it is wrapped.
        return records.isEmpty() ? List.of() : Collections.unmodifiableList(records);
    }

    private static SessionRecord readRecord(XMLStreamReader reader, int index, int attempts) throws XMLStreamException {
        String sessionId = null;
        int userId = 0;
        int networkId = 0;
        int mailboxId = 0;
        Instant created = null;
        Instant expires = null;
        int seen = 0; // one bit per field, so that ints need no boxing to tell "missing" from 0
        while (nextChild(reader)) {
            if (!NAMESPACE.equals(reader.getNamespaceURI())) {
                skipElement(reader);
                continue;
            }
            String field = reader.getLocalName();
            switch (field) {
                case "SessionID" -> { sessionId = reader.getElementText(); seen |= SESSION_ID; }
                case "UserID" -> { userId = parseInt(reader, index, field, attempts); seen |= USER_ID; }
                case "NetworkID" -> { networkId = parseInt(reader, index, field, attempts); seen |= NETWORK_ID; }
                case "MailboxID" -> { mailboxId = parseInt(reader, index, field, attempts); seen |= MAILBOX_ID; }
                case "Created" -> { created = parseDateTime(reader, index, field, attempts); seen |= CREATED; }
                case "Expires" -> { expires = parseDateTime(reader, index, field, attempts); seen |= EXPIRES; }
                default -> skipElement(reader);
            }
        }
        if (seen != ALL_FIELDS) {
            throw missing(index, seen, attempts);
        }
        return new SessionRecord(sessionId, userId, networkId, mailboxId, created, expires);
    }

    private static EcGridOsResponseException missing(int index, int seen, int attempts) {
        String element = FIELD_NAMES[Integer.numberOfTrailingZeros(~seen & ALL_FIELDS)];
        return new EcGridOsResponseException("SessionLog response entry " + index
                + " (0-based SessionIDInfo position) lacks the required element " + element
                + "; no records were returned", null, attempts);
    }

    /** An {@code xs:int}: optional sign, decimal digits, surrounding whitespace allowed. */
    private static int parseInt(XMLStreamReader reader, int index, String field, int attempts) throws XMLStreamException {
        String text = reader.getElementText();
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(index, field, e, attempts);
        }
    }

    private static Instant parseDateTime(XMLStreamReader reader, int index, String field, int attempts) throws XMLStreamException {
        String text = reader.getElementText();
        try {
            return XsdDateTime.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(index, field, e, attempts);
        }
    }

    private static EcGridOsResponseException invalid(int index, String element, RuntimeException cause,
                                                     int attempts) {
        return new EcGridOsResponseException("SessionLog response entry " + index
                + " (0-based SessionIDInfo position) has an invalid " + element + " value ("
                + cause.getMessage() + "); no records were returned", cause, attempts);
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
