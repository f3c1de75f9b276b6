package org.ecgridkit.sessionlog.internal;

/**
 * The names of the client's {@link System.Logger}s, which users configure by name, and the logger
 * of everything but the wire log.
 */
public final class Loggers {

    /** Retries, contract discovery, Login and Logout, and a failed watchdog check. */
    public static final String CLIENT = "org.ecgridkit.sessionlog";
    /** The SOAP envelopes, masked, at {@code DEBUG}; off unless enabled. */
    public static final String WIRE = CLIENT + ".wire";

    /** The logger named {@value #CLIENT}. */
    public static final System.Logger CLIENT_LOGGER = System.getLogger(CLIENT);

    private Loggers() {
    }
}
