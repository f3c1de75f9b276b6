package org.ecgridkit.sessionlog.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * Writes the SOAP envelopes an ECGridOS {@code .asmx} service answers SessionLog with: a
 * {@code SessionLogResponse}, or a fault in the form the client decodes. A StAX writer does the
 * escaping, so any text a test chooses (a fault string with {@code <} or {@code &}, say) arrives
 * as sent; timestamps are written with {@link java.time.Instant#toString()}, in UTC with {@code Z}.
 */
final class SoapEnvelopeWriter {

    private static final String SERVICE_NS = SoapNamespaces.SERVICE;
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** One prefix for both versions, so a fault code's QName text ("soap:Client") always resolves. */
    private static final String SOAP_PREFIX = "soap";

    private SoapEnvelopeWriter() {
    }

    /** The media type a real .asmx service answers with for the SOAP version. */
    static String contentType(SoapVersion version) {
        return version == SoapVersion.SOAP_1_2 ? "application/soap+xml; charset=utf-8" : "text/xml; charset=utf-8";
    }

    /** A successful answer carrying the records in order. */
    static byte[] sessionLogResponse(SoapVersion version, List<SessionRecord> records) {
        return envelope(version, xml -> {
            xml.writeStartElement("", "SessionLogResponse", SERVICE_NS);
            xml.writeDefaultNamespace(SERVICE_NS);
            xml.writeStartElement("", "SessionLogResult", SERVICE_NS);
            for (SessionRecord r : records) {
                xml.writeStartElement("", "SessionIDInfo", SERVICE_NS);
                element(xml, "SessionID", r.sessionId());
                element(xml, "UserID", Integer.toString(r.userId()));
                element(xml, "NetworkID", Integer.toString(r.networkId()));
                element(xml, "MailboxID", Integer.toString(r.mailboxId()));
                element(xml, "Created", r.created().toString());
                element(xml, "Expires", r.expires().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /**
     * A fault. {@code errorCode}, when not null, goes into the detail as
     * {@code <ECGridOSSOAPErrorCode>}, the form in which ECGridOS names a category.
     */
    static byte[] fault(SoapVersion version, boolean senderFault, String faultString, String errorCode) {
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
                if (errorCode != null) {
                    xml.writeStartElement(SOAP_PREFIX, "Detail", ns);
                    unqualifiedElement(xml, "ECGridOSSOAPErrorCode", errorCode);
                    xml.writeEndElement();
                }
            } else {
                unqualifiedElement(xml, "faultcode", SOAP_PREFIX + (senderFault ? ":Client" : ":Server"));
                unqualifiedElement(xml, "faultstring", faultString);
                if (errorCode != null) {
                    xml.writeStartElement("detail");
                    unqualifiedElement(xml, "ECGridOSSOAPErrorCode", errorCode);
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    private static byte[] envelope(SoapVersion version, BodyContent content) {
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

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement("", name, SERVICE_NS);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** SOAP 1.1 fault children and detail entries are unqualified, as .asmx writes them. */
    private static void unqualifiedElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** Writes what goes inside {@code soap:Body}. */
    private interface BodyContent {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }
}
