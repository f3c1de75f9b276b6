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
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.SoapVersion;

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
     * Parses a request body.
     *
     * @throws IllegalArgumentException saying what is wrong, when the body is not a SessionLog request
     */
    static StubRequest read(byte[] body, SoapVersion version) {
        try {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                return read(xml, version);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the request is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static StubRequest read(XMLStreamReader xml, SoapVersion version) throws XMLStreamException {
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
                () -> new IllegalArgumentException("expected a SessionLog, SessionLogEx or SessionLogCurrent element"
                        + " but found {" + namespace + "}" + xml.getLocalName()));
        Map<String, String> parameters = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            parameters.put(xml.getLocalName(), xml.getElementText());
        }
        String sessionId = parameters.getOrDefault("SessionID", "");
        return switch (operation) {
            case DOCUMENTED_SESSION_LOG -> new StubRequest(sessionId, number(parameters, "UserID", operation),
                    number(parameters, "MaxRecords", operation), version);
            case SESSION_LOG -> request(sessionId, 0, number(parameters, "MaxRecords", operation), version,
                    operation, Optional.empty(), Optional.empty());
            case SESSION_LOG_EX -> request(sessionId, number(parameters, "UserID", operation),
                    number(parameters, "MaxRecords", operation), version, operation,
                    Optional.of(time(parameters, "StartTime", operation)), Optional.of(time(parameters, "EndTime", operation)));
            case SESSION_LOG_CURRENT -> request(sessionId, 0, 0, version, operation, Optional.empty(), Optional.empty());
        };
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

    /** The JDK's own parser, with DTDs and external entities off: request bodies are untrusted. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
