package org.ecgridkit.sessionlog.internal;

import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.glassfish.jaxb.runtime.v2.runtime.Coordinator;

/**
 * Keeps JAXB's per-thread "active coordinator" entry alive for the length of one attempt, so that
 * unmarshalling an answer stops creating and deleting a thread-local entry for every XML event.
 *
 * <p>Why: jaxb-runtime's {@code UnmarshallingContext} makes itself the thread's active
 * {@link Coordinator} at the start of every {@code startElement}, {@code text} and
 * {@code endElement} and restores the previous one at the end. With no previous one, "restore" is
 * {@code ThreadLocal.remove()}, so the next event's {@code get()} and {@code set()} build a fresh
 * {@code ThreadLocalMap.Entry} (a weak reference) and the removed ones must be expunged later. At
 * 10,000 records that churn was about a third of the client's CPU and 42% of its allocated bytes.
 * With this coordinator active underneath, JAXB's restore is a {@code set()} of the existing entry:
 * no allocation, no weak reference cleared, no stale slot to expunge.
 *
 * <p>It is never consulted: JAXB's own marshaller and unmarshalling contexts push themselves over
 * it for every piece of work, so adapters and validation events still go to them. Each instance is
 * confined to the thread of one call (the push records the previous coordinator in the instance).
 *
 * <p>This is the one class of main code that uses a jaxb-runtime class directly. The module
 * exports the package, and {@code Coordinator}'s {@code pushCoordinator}/{@code popCoordinator} have
 * been its stable, protected contract with its subclasses since JAXB 2.1; should a jaxb-runtime
 * upgrade change them, the build fails here rather than at run time.
 */
final class OuterCoordinator extends Coordinator {

    /** Makes this the thread's active coordinator; {@link #exit()} must follow in a {@code finally}. */
    void enter() {
        pushCoordinator();
    }

    /** Restores the thread's previous active coordinator (usually none). */
    void exit() {
        popCoordinator();
    }

    @Override
    protected ValidationEventLocator getLocation() {
        return null;
    }

    /** Never called while JAXB's own contexts are pushed over this one; refuses to carry on if it is. */
    @Override
    public boolean handleEvent(ValidationEvent event) {
        return false;
    }
}
