package org.ecgridkit.sessionlog.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The XML Schema inside the WSDL's {@code <wsdl:types>}: the contract's own definition of the
 * messages, which the JDK's validator checks elements against. Neither loading nor validating
 * may reach outside the WSDL (no external DTD or schema), so nothing here touches the network.
 */
final class EmbeddedSchema {
    private static final String WSDL_NS = "http://schemas.xmlsoap.org/wsdl/";

    private final Schema schema;

    private EmbeddedSchema(Schema schema) {
        this.schema = schema;
    }

    /** Compiles the one schema in the WSDL's types. */
    static EmbeddedSchema of(Path wsdl) {
        try {
            Element types = only(SoapXml.parse(Files.readAllBytes(wsdl)).getElementsByTagNameNS(WSDL_NS, "types"));
            Element schema = only(types.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "schema"));
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return new EmbeddedSchema(factory.newSchema(new DOMSource(schema, wsdl.toUri().toString())));
        } catch (SAXException e) {
            throw new IllegalStateException("the schema in " + wsdl + " does not compile: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates an element (with the namespaces in scope where it stands) against the schema.
     *
     * @throws SAXException describing the first violation
     */
    void validate(Element element) throws SAXException, IOException {
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new DOMSource(element));
    }

    private static Element only(NodeList elements) {
        if (elements.getLength() != 1) {
            throw new IllegalStateException("expected one element, found " + elements.getLength());
        }
        return (Element) elements.item(0);
    }
}
