package org.ecgridkit.sessionlog.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * Writes the SOAP envelopes an ECGridOS {@code .asmx} service answers with: the frame around a
 * response body, and faults in the form the client decodes. A StAX writer does the escaping, so
 * any text a test chooses (a fault string with {@code <} or {@code &}, say) arrives as sent. The
 * response bodies themselves are written by {@link DocumentedBodyWriter} and {@link PublishedBodyWriter}.
 */
final class SoapEnvelopeWriter {

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** One prefix for both versions, so a fault code's QName text ("soap:Client") always resolves. */
    private static final String SOAP_PREFIX = "soap";

    private SoapEnvelopeWriter() {
    }

    /** The media type a real .asmx service answers with for the SOAP version. */
    static String contentType(SoapVersion version) {
        return version == SoapVersion.SOAP_1_2 ? "application/soap+xml; charset=utf-8" : "text/xml; charset=utf-8";
    }

    /**
     * A fault. {@code detail}, when not null, writes the entries of the fault's detail element;
     * an empty one writes {@code <detail />}, as .asmx does for faults of its own.
     */
    static byte[] fault(SoapVersion version, boolean senderFault, String faultString, XmlContent detail) {
        String ns = SoapNamespaces.envelope(version);
        return envelope(version, xml -> {
            xml.writeStartElement(SOAP_PREFIX, "Fault", ns);
            if (version == SoapVersion.SOAP_1_2) {
                xml.writeStartElement(SOAP_PREFIX, "Code", ns);
                xml.writeStartElement(SOAP_PREFIX, "Value", ns);
                xml.writeCharacters(SOAP_PREFIX + (senderFault ? ":Sender" : ":Receiver"));
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement(SOAP_PREFIX, "Reason", ns);
                xml.writeStartElement(SOAP_PREFIX, "Text", ns);
                xml.writeAttribute("xml", XML_NS, "lang", "en");
                xml.writeCharacters(faultString);
                xml.writeEndElement();
                xml.writeEndElement();
                if (detail != null) {
                    xml.writeStartElement(SOAP_PREFIX, "Detail", ns);
                    detail.write(xml);
                    xml.writeEndElement();
                }
            } else {
                unqualifiedElement(xml, "faultcode", SOAP_PREFIX + (senderFault ? ":Client" : ":Server"));
                unqualifiedElement(xml, "faultstring", faultString);
                if (detail != null) {
                    xml.writeStartElement("detail");
                    detail.write(xml);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    /** An envelope whose body holds what {@code content} writes. */
    static byte[] envelope(SoapVersion version, XmlContent content) {
        String ns = SoapNamespaces.envelope(version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement(SOAP_PREFIX, "Envelope", ns);
            xml.writeNamespace(SOAP_PREFIX, ns);
            xml.writeStartElement(SOAP_PREFIX, "Body", ns);
            content.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a SOAP envelope", e);
        }
        return bytes.toByteArray();
    }

    /** An element in a namespace whose default declaration is in scope, holding text. */
    static void element(XMLStreamWriter xml, String namespace, String name, String text) throws XMLStreamException {
        xml.writeStartElement("", name, namespace);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** SOAP 1.1 fault children and detail entries are unqualified, as .asmx writes them. */
    static void unqualifiedElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Writes part of a document: what goes inside {@code soap:Body}, or a fault's detail entries. */
    interface XmlContent {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
