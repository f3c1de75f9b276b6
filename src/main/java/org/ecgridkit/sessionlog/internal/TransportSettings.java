package org.ecgridkit.sessionlog.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * The settings a {@link SoapPort} is opened with, fixed for the life of a client.
 *
 * @param endpoint the service address
 * @param connectTimeout how long to wait for a TCP (and TLS) connection
 * @param readTimeout how long to wait for the next bytes of the response
 * @param soapVersion which SOAP port of the WSDL to use
 */
public record TransportSettings(URI endpoint, Duration connectTimeout, Duration readTimeout,
                                SoapVersion soapVersion) {

    /** Default {@code https} address of the ECGridOS v4.1 production service: the one place it is written. */
    public static final URI DEFAULT_ENDPOINT = URI.create("https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx");

    /**
     * Rejects missing settings; the builder has already checked ranges.
     *
     * @param endpoint the service address
     * @param connectTimeout how long to wait for a TCP (and TLS) connection
     * @param readTimeout how long to wait for the next bytes of the response
     * @param soapVersion which SOAP port of the WSDL to use
     */
    public TransportSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(soapVersion, "soapVersion");
    }
}
