package org.ecgridkit.sessionlog.testkit;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.soap.HardenedXml;

/**
 * Reads a SessionLog request out of a SOAP envelope, the way the service would: the body's first
 * element names the operation and its contract (see {@link WireOperation}), and the parameters
 * that operation requires must be present. Which contracts the stub speaks is decided elsewhere:
 * this reads a request of either.
 */
final class SessionLogRequestReader {

    private SessionLogRequestReader() {
    }

    /**
     * A request as read: what {@link SessionLogStub#requests()} records, and a Login's password,
     * which it never records.
     *
     * @param request the request
     * @param password a Login's password; null for the other operations
     */
    record Read(StubRequest request, String password) {
        @Override
        public String toString() {
            return "Read[" + request + "]";
        }
    }

    /**
     * Parses a request body.
     *
     * @throws IllegalArgumentException saying what is wrong, when the body is not a request the stub knows
     */
    static Read read(byte[] body, SoapVersion version) {
        try {
            XMLStreamReader xml = HardenedXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                return read(xml, version);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the request is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Read read(XMLStreamReader xml, SoapVersion version) throws XMLStreamException {
        String envelopeNs = SoapNamespaces.envelope(version);
        expectElement(xml, envelopeNs, "Envelope");
        expectNextElement(xml);
        if (envelopeNs.equals(xml.getNamespaceURI()) && "Header".equals(xml.getLocalName())) {
            skipElement(xml);
            expectNextElement(xml);
        }
        expectElement(xml, envelopeNs, "Body");
        expectNextElement(xml);
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        WireOperation operation = WireOperation.of(namespace, xml.getLocalName()).orElseThrow(
                () -> new IllegalArgumentException("expected a SessionLog, SessionLogEx, SessionLogCurrent, Login or Logout element"
                        + " but found {" + namespace + "}" + xml.getLocalName()));
        Map<String, String> parameters = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parameters.put(xml.getLocalName(), xml.getElementText());
        }
        String sessionId = parameters.getOrDefault("SessionID", "");
        return switch (operation) {
            case DOCUMENTED_SESSION_LOG -> new Read(new StubRequest(sessionId, number(parameters, "UserID", operation),
                    number(parameters, "MaxRecords", operation), version), null);
            case SESSION_LOG -> new Read(request(sessionId, 0, number(parameters, "MaxRecords", operation), version,
                    operation, Optional.empty(), Optional.empty()), null);
            case SESSION_LOG_EX -> new Read(request(sessionId, number(parameters, "UserID", operation),
                    number(parameters, "MaxRecords", operation), version, operation,
                    Optional.of(time(parameters, "StartTime", operation)), Optional.of(time(parameters, "EndTime", operation))),
                    null);
            case SESSION_LOG_CURRENT, DOCUMENTED_LOGOUT, LOGOUT ->
                    new Read(request(sessionId, 0, 0, version, operation, Optional.empty(), Optional.empty()), null);
            case DOCUMENTED_LOGIN -> login(parameters, "UserName", version, operation);
            case LOGIN -> login(parameters, "LoginName", version, operation);
        };
    }

    private static Read login(Map<String, String> parameters, String nameElement, SoapVersion version,
                              WireOperation operation) {
        return new Read(new StubRequest("", 0, 0, version, operation.contract(), operation.localName(),
                Optional.empty(), Optional.empty(), Optional.of(parameters.getOrDefault(nameElement, ""))),
                parameters.getOrDefault("Password", ""));
    }

    private static StubRequest request(String sessionId, int userId, int maxRecords, SoapVersion version,
                                       WireOperation operation, Optional<Instant> start, Optional<Instant> end) {
        return new StubRequest(sessionId, userId, maxRecords, version, operation.contract(), operation.localName(),
                start, end);
    }

    private static String required(Map<String, String> parameters, String name, WireOperation operation) {
        String text = parameters.get(name);
        if (text == null) {
            throw new IllegalArgumentException("the " + operation.localName() + " request has no " + name);
        }
        return text.strip();
    }

    private static int number(Map<String, String> parameters, String name, WireOperation operation) {
        String text = required(parameters, name, operation);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + operation.localName() + " request's " + name + " is not a number", e);
        }
    }

    /** An {@code xs:dateTime}; one without an offset is read as UTC, as the client's rules say. */
    private static Instant time(Map<String, String> parameters, String name, WireOperation operation) {
        String text = required(parameters, name, operation);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the " + operation.localName() + " request's " + name
                        + " is not an xs:dateTime", e);
            }
        }
    }

    private static void expectNextElement(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                return;
            }
        }
        throw new IllegalArgumentException("the request ends before the SessionLog element");
    }

    /** Skips the current element (a SOAP Header) and its content. */
    private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static void expectElement(XMLStreamReader xml, String namespace, String localName) throws XMLStreamException {
        if (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            xml.nextTag();
        }
        if (!namespace.equals(xml.getNamespaceURI()) || !localName.equals(xml.getLocalName())) {
            throw new IllegalArgumentException("expected {" + namespace + "}" + localName + " but found {"
                    + xml.getNamespaceURI() + "}" + xml.getLocalName());
        }
    }
}
