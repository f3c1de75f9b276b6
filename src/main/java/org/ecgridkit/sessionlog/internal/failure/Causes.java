package org.ecgridkit.sessionlog.internal.failure;

import jakarta.xml.bind.JAXBException;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.xml.sax.SAXException;

/**
 * Walks a cause chain, safely even when it loops. A parser's exception does not always link what
 * caused it as its cause: the JDK's and Woodstox's {@link XMLStreamException} keep the I/O failure
 * under a read socket only as their "nested exception", JAXB as its "linked exception" and SAX as
 * its "exception". Those links are followed too, so that a body cut short is found as the I/O
 * failure it is, however the parser reported it.
 */
public final class Causes {

    private Causes() {
    }

    /**
     * The first throwable of a type in a chain.
     *
     * @param failure where the chain starts
     * @param type the type to find
     * @param <T> the type
     * @return the first throwable of the type, or null
     */
    public static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The last throwable of the chain. */
    static Throwable root(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Throwable root = failure;
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = next(t)) {
            root = t;
        }
        return root;
    }

    /**
     * What caused {@code t}: its cause, or when it has none, the nested or linked exception of the
     * XML and binding APIs; null at the end of the chain. Never throws.
     */
    static Throwable next(Throwable t) {
        try {
            Throwable cause = t.getCause();
            if (cause != null && cause != t) {
                return cause;
            }
            Throwable nested = null;
            if (t instanceof XMLStreamException stream) {
                nested = stream.getNestedException();
            } else if (t instanceof JAXBException binding) {
                nested = binding.getLinkedException();
            } else if (t instanceof SAXException sax) {
                nested = sax.getException();
            }
            return nested == t ? null : nested;
        } catch (RuntimeException | LinkageError unreadable) {
            return null;
        }
    }
}
