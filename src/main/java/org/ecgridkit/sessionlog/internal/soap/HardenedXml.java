package org.ecgridkit.sessionlog.internal.soap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * The module's one hardened StAX factory, for whatever in it parses XML it did not write: the
 * client's answers and the test kit's requests. DTDs and undeclared entities are errors, and no
 * external entity, DTD or other resource is ever resolved. It is the factory
 * {@link SoapResponseDecoder} parses every answer with.
 */
public final class HardenedXml {

    private HardenedXml() {
    }

    /**
     * A new hardened factory. Not thread-safe, as no {@code XMLInputFactory} is guaranteed to be:
     * each user keeps its own, or makes one per document.
     *
     * @return the factory
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("the document refers to an external resource, which is never fetched");
        });
        // Not every StAX implementation knows the JAXP property; the settings above already suffice.
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException unsupported) {
            // Woodstox, for one, does not support it.
        }
        return factory;
    }
}
