package org.ecgridkit.sessionlog.internal.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import org.ecgridkit.sessionlog.EcGridOsResponseException;

/**
 * The checks that turn one entry of a SessionLog answer, a generated bean, into a record: every
 * element the contract requires must be there, or the whole call fails naming the entry and the
 * element. A record is never built with a silent 0 or null in place of a missing value, and no
 * partial list is ever returned.
 *
 * @param entryKind the element name of the entries, e.g. {@code SessionIDInfo}
 * @param index the entry's 0-based position among its siblings, nil entries included
 * @param attempts how many attempts the call made, reported if the answer is refused
 */
record EntryCheck(String entryKind, int index, int attempts) {

    /**
     * Returns the value of a required element.
     *
     * @param value what JAXB read, null if the element was missing
     * @param element the element's name, for the message
     * @param <T> the value's type
     * @return the value
     * @throws EcGridOsResponseException if it is missing or could not be read
     */
    <T> T required(T value, String element) {
        if (value == null) {
            throw new EcGridOsResponseException(where() + " lacks the required element " + element
                    + "; no records were returned", null, attempts);
        }
        if (InvalidValues.isInvalid(value)) {
            throw invalid(element, InvalidValues.first());
        }
        return value;
    }

    /**
     * The failure for an element whose value the contract does not allow.
     *
     * @param element the element's name
     * @param cause why the value is invalid
     * @return the exception to throw
     */
    private EcGridOsResponseException invalid(String element, RuntimeException cause) {
        String reason = cause == null ? "" : " (" + cause.getMessage() + ")";
        return new EcGridOsResponseException(where() + " has an invalid " + element + " value" + reason
                + "; no records were returned", cause, attempts);
    }

    /**
     * The same check for an entry nested in this one, such as an event of a session.
     *
     * @param kind the nested entries' element name
     * @param nestedIndex the nested entry's 0-based position
     * @return the nested check
     */
    EntryCheck nested(String kind, int nestedIndex) {
        return new EntryCheck(entryKind + " " + index + " / " + kind, nestedIndex, attempts);
    }

    private String where() {
        return "SessionLog response entry " + index + " (0-based " + entryKind + " position)";
    }

    /**
     * Maps the entries of a nillable array, skipping nil (null) entries; each entry is checked as
     * the entry at its position, nil ones counted.
     *
     * @param entries the beans JAXB read, possibly null
     * @param checkAt the check of the entry at a position
     * @param mapper maps one entry
     * @param <B> the bean
     * @param <R> the record
     * @return an unmodifiable list
     */
    static <B, R> List<R> mapAll(List<B> entries, IntFunction<EntryCheck> checkAt, BiFunction<B, EntryCheck, R> mapper) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        List<R> mapped = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            B entry = entries.get(i);
            if (entry != null) {
                mapped.add(mapper.apply(entry, checkAt.apply(i)));
            }
        }
        return Collections.unmodifiableList(mapped);
    }
}
