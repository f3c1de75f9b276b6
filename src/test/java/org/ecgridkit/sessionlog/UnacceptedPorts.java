package org.ecgridkit.sessionlog;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One {@link UnacceptedPort} for the whole test run: filling a listen queue takes a moment. */
final class UnacceptedPorts {
    private static UnacceptedPort port;

    private UnacceptedPorts() {
    }

    static synchronized int shared() {
        if (port == null) {
            try {
                port = UnacceptedPort.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return port.port();
    }
}
