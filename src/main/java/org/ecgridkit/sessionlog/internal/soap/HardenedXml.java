package org.ecgridkit.sessionlog.internal.soap;

import javax.xml.stream.XMLInputFactory;

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
        return SoapResponseDecoder.hardenedFactory();
    }
}
