package org.ecgridkit.sessionlog.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Namespace-aware DOM parsing for the tests, locked down: no DTD, no external entity or schema. */
final class SoapXml {
    private static final String SOAP_11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final String SOAP_12 = "http://www.w3.org/2003/05/soap-envelope";

    private SoapXml() {
    }

    /** Parses a whole XML document. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one element in the Body of a SOAP 1.1 or 1.2 envelope: the operation or its response. */
    static Element bodyChild(byte[] envelope) {
        Element root = parse(envelope).getDocumentElement();
        String ns = root.getNamespaceURI();
        if (!"Envelope".equals(root.getLocalName()) || !(SOAP_11.equals(ns) || SOAP_12.equals(ns))) {
            throw new IllegalArgumentException("not a SOAP envelope: {" + ns + "}" + root.getLocalName());
        }
        Node body = root.getElementsByTagNameNS(ns, "Body").item(0);
        for (Node n = body == null ? null : body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return (Element) n;
            }
        }
        throw new IllegalArgumentException("no element in the SOAP Body");
    }

    /** The same, for a fixture's text. */
    static Element bodyChild(String envelope) {
        return bodyChild(envelope.getBytes(StandardCharsets.UTF_8));
    }
}
