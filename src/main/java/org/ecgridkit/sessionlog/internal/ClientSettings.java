package org.ecgridkit.sessionlog.internal;

import java.time.Duration;
import java.util.Objects;
import org.ecgridkit.sessionlog.RetryPolicy;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.http.TransportSettings;

/**
 * Everything a client was built with that its calls need, fixed for the life of the client: how
 * its exchanges go over HTTP, which SOAP version its ports speak, how long a call may take and
 * which failures it repeats. The builder has already checked every range.
 *
 * @param transport the address, socket timeouts, size limit, TLS and proxy of every exchange
 * @param soapVersion which SOAP port of the WSDL to use
 * @param callTimeout how long a call may take, all attempts and waits together
 * @param retryPolicy which failures are retried, how often and after what wait
 */
public record ClientSettings(TransportSettings transport, SoapVersion soapVersion, Duration callTimeout,
                             RetryPolicy retryPolicy) {

    /**
     * Rejects missing settings.
     *
     * @param transport the exchanges' settings
     * @param soapVersion which SOAP port of the WSDL to use
     * @param callTimeout how long a call may take
     * @param retryPolicy which failures are retried
     */
    public ClientSettings {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(soapVersion, "soapVersion");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
    }
}
