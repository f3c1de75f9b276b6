package org.ecgridkit.sessionlog.internal.soap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Refuses what a SOAP response never needs and an attacker would use, whatever StAX parser sits
 * underneath: a document type declaration (the door to entity expansion and external entities;
 * SOAP forbids it) and element nesting deeper than {@value #MAX_DEPTH}. SessionLog's deepest
 * legitimate element is six levels down.
 *
 * <p>It sees every event because the RI's SOAP decoder and JAXB advance the reader only through
 * {@code next()}, {@code nextTag()} and {@code getElementText()}, all of which it intercepts.
 */
final class GuardedXmlReader extends StreamReaderDelegate {

    static final int MAX_DEPTH = 64;

    private int depth;

    GuardedXmlReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public int next() throws XMLStreamException {
        return track(super.next());
    }

    @Override
    public int nextTag() throws XMLStreamException {
        return track(super.nextTag());
    }

    @Override
    public String getElementText() throws XMLStreamException {
        String text = super.getElementText();
        depth--; // it leaves the reader on the element's end tag
        return text;
    }

    private int track(int event) throws XMLStreamException {
        switch (event) {
            case XMLStreamConstants.DTD ->
                    throw new XMLStreamException("the response contains a document type declaration (<!DOCTYPE>), "
                            + "which SOAP forbids; it was refused unread");
            case XMLStreamConstants.ENTITY_REFERENCE ->
                    throw new XMLStreamException("the response refers to an undeclared entity");
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > MAX_DEPTH) {
                    throw new XMLStreamException("the response nests elements deeper than " + MAX_DEPTH + " levels");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> {
                // Text, comments, processing instructions and the document's end need no guard.
            }
        }
        return event;
    }
}
