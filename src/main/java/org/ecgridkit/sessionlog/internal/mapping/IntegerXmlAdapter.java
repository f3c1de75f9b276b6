package org.ecgridkit.sessionlog.internal.mapping;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds the required {@code xs:int} fields of the entries to {@link Integer} rather than
 * {@code int} (wired in by {@code wsdl/bindings-documented.xjb} and
 * {@code wsdl/bindings-published.xjb}). With a primitive, a missing element would read as a silent
 * 0; with a wrapper it reads as {@code null} and the response mapper rejects the record.
 */
public final class IntegerXmlAdapter extends XmlAdapter<String, Integer> {

    /** Creates the adapter; JAXB instantiates it reflectively. */
    public IntegerXmlAdapter() {
    }

    /**
     * Parses an {@code xs:int}: optional sign, decimal digits, surrounding whitespace allowed.
     *
     * @param lexical the element text, or {@code null}
     * @return the value, {@code null} for {@code null}, or {@link InvalidValues#INTEGER} (with the
     *     reason recorded there) if the text is not an {@code xs:int} (including overflow)
     */
    @Override
    public Integer unmarshal(String lexical) {
        if (lexical == null) {
            return null;
        }
        try {
            return Integer.valueOf(Integer.parseInt(lexical.strip()));
        } catch (NumberFormatException invalid) {
            InvalidValues.record(invalid);
            return InvalidValues.INTEGER;
        }
    }

    /**
     * Prints the value in decimal.
     *
     * @param value the value, or {@code null}
     * @return its decimal text, or {@code null} for {@code null}
     */
    @Override
    public String marshal(Integer value) {
        return value == null ? null : value.toString();
    }
}
