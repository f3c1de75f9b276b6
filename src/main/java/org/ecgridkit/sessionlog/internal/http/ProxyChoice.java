package org.ecgridkit.sessionlog.internal.http;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.List;

/**
 * The proxy an exchange goes through, chosen by the user's {@link ProxySelector}. HttpURLConnection
 * asks only the JVM-wide default selector by itself; with a selector of the client's own we ask it
 * and open the connection through its first choice. A selector that fails or answers nothing means
 * a direct connection is not assumed silently: a failure is an I/O failure of the attempt, and an
 * empty answer is read as the JDK reads it, "no proxy".
 */
final class ProxyChoice {

    private ProxyChoice() {
    }

    /**
     * The proxy for the endpoint.
     *
     * @param selector the client's selector, or null to let the JDK ask the JVM's default one
     * @param endpoint the service address
     * @return the proxy to open the connection with, or null when {@code selector} is null
     * @throws IOException if the selector throws
     */
    static Proxy of(ProxySelector selector, URI endpoint) throws IOException {
        if (selector == null) {
            return null;
        }
        List<Proxy> proxies;
        try {
            proxies = selector.select(endpoint);
        } catch (RuntimeException failed) {
            throw new IOException("the proxy selector failed: " + failed.getClass().getSimpleName(), failed);
        }
        if (proxies == null || proxies.isEmpty() || proxies.get(0) == null) {
            return Proxy.NO_PROXY;
        }
        return proxies.get(0);
    }

    /** Tells the selector its proxy could not be reached; a selector that throws is ignored, the connect failure is what matters. */
    static void reportFailure(ProxySelector selector, URI endpoint, Proxy proxy, IOException failure) {
        try {
            selector.connectFailed(endpoint, proxy.address(), failure);
        } catch (RuntimeException ignored) {
            // the attempt fails with the connect failure anyway
        }
    }
}
