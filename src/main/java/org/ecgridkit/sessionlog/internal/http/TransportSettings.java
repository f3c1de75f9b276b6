package org.ecgridkit.sessionlog.internal.http;

import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSocketFactory;

/**
 * How a client's exchanges reach the service and what they accept back: the address, the socket
 * timeouts of one attempt, the size limit, TLS and the proxy. Fixed for the life of a client; the
 * builder has already checked every range.
 *
 * @param endpoint the service address
 * @param connectTimeout how long one attempt waits for a TCP (and TLS) connection
 * @param readTimeout how long one attempt waits for the next bytes of the response
 * @param maxResponseBytes the longest response body read
 * @param sslSocketFactory for https: sockets from the user's {@code SSLContext}, or null for the JVM default
 * @param hostnameVerifier for https: the user's verifier, or null for the JVM default
 * @param proxySelector which proxy to reach the endpoint through: the user's selector, or null for
 *     the JVM's default selector, asked by the JDK at each connection
 */
public record TransportSettings(URI endpoint, Duration connectTimeout, Duration readTimeout, long maxResponseBytes,
                                SSLSocketFactory sslSocketFactory, HostnameVerifier hostnameVerifier,
                                ProxySelector proxySelector) {

    /** Default {@code https} address of the ECGridOS v4.1 production service: the one place it is written. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx");

    /**
     * Rejects missing settings.
     *
     * @param endpoint the service address
     * @param connectTimeout how long one attempt waits for a connection
     * @param readTimeout how long one attempt waits for the next bytes of the response
     * @param maxResponseBytes the longest response body read
     * @param sslSocketFactory the TLS socket factory, or null
     * @param hostnameVerifier the TLS hostname verifier, or null
     * @param proxySelector the proxy selector, or null for the JVM's default
     */
    public TransportSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
    }
}
