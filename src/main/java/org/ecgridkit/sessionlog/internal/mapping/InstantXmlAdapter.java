package org.ecgridkit.sessionlog.internal.mapping;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;

/**
 * Binds {@code xs:dateTime} to {@link Instant} in the generated JAXB beans (wired in by
 * {@code wsdl/bindings-documented.xjb} and {@code wsdl/bindings-published.xjb}), so that
 * {@code XMLGregorianCalendar} never appears. An offset-less timestamp is UTC; see
 * {@link XsdDateTime}.
 */
public final class InstantXmlAdapter extends XmlAdapter<String, Instant> {

    /** Creates the adapter; JAXB instantiates it reflectively. */
    public InstantXmlAdapter() {
    }

    /**
     * Parses an {@code xs:dateTime}.
     *
     * @param lexical the element text, or {@code null}
     * @return the instant, {@code null} for {@code null}, or {@link InvalidValues#INSTANT} (with the
     *     reason recorded there) if the text is not a valid {@code xs:dateTime}
     */
    @Override
    public Instant unmarshal(String lexical) {
        if (lexical == null) {
            return null;
        }
        try {
            return XsdDateTime.parse(lexical);
        } catch (IllegalArgumentException invalid) {
            InvalidValues.record(invalid);
            return InvalidValues.INSTANT;
        }
    }

    /**
     * Prints an instant in UTC with {@code Z}, keeping every fractional digit.
     *
     * @param instant the instant, or {@code null}
     * @return the ISO-8601 text, or {@code null} for {@code null}
     */
    @Override
    public String marshal(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
