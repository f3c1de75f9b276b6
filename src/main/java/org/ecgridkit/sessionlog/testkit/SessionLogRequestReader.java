package org.ecgridkit.sessionlog.testkit;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * Reads the SessionLog request out of a SOAP envelope, the way the service would: the body's
 * first element must be {@code {http://www.ecgridos.net/}SessionLog}, with {@code UserID} and
 * {@code MaxRecords} present.
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
        expectElement(xml, SoapNamespaces.SERVICE, "SessionLog");
        Map<String, String> parameters = new HashMap<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            parameters.put(name, xml.getElementText());
        }
        return new StubRequest(parameters.getOrDefault("SessionID", ""),
                number(parameters, "UserID"), number(parameters, "MaxRecords"), version);
    }

    private static int number(Map<String, String> parameters, String name) {
        String text = parameters.get(name);
        if (text == null) {
            throw new IllegalArgumentException("the SessionLog request has no " + name);
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the SessionLog request's " + name + " is not a number", e);
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
