package org.ecgridkit.sessionlog.internal;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;

/**
 * Binds the {@code xs:int} fields of {@code SessionIDInfo} to {@link Integer} rather than
 * {@code int} (wired in by {@code wsdl/bindings.xjb}). With a primitive, a missing element would
 * read as a silent 0; with a wrapper it reads as {@code null} and the response mapper rejects the
 * record.
 */
public final class IntegerXmlAdapter extends XmlAdapter<String, Integer> {

    /** Creates the adapter; JAXB instantiates it reflectively. */
    public IntegerXmlAdapter() {
    }

    /**
     * Parses an {@code xs:int}: optional sign, decimal digits, surrounding whitespace allowed.
     *
     * @param lexical the element text, or {@code null}
     * @return the value, or {@code null} for {@code null}
     * @throws NumberFormatException if the text is not an {@code xs:int} (including overflow)
     */
    @Override
    public Integer unmarshal(String lexical) {
        return lexical == null ? null : Integer.valueOf(Integer.parseInt(lexical.strip()));
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
