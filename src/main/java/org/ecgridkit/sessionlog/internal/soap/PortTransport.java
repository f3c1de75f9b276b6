package org.ecgridkit.sessionlog.internal.soap;

import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;
import org.ecgridkit.sessionlog.internal.http.ExchangeWatchdog;
import org.ecgridkit.sessionlog.internal.http.TransportSettings;

/**
 * Makes the {@link HttpSoapTransport} of each port of one of our services: the client's settings
 * and watchdog, the port's SOAP version, and the namespace of the contract the service speaks.
 */
final class PortTransport extends TransportTubeFactory {

    private final TransportSettings settings;
    private final ExchangeWatchdog watchdog;
    private final String namespace;

    PortTransport(TransportSettings settings, ExchangeWatchdog watchdog, String namespace) {
        this.settings = settings;
        this.watchdog = watchdog;
        this.namespace = namespace;
    }

    @Override
    public Tube doCreate(ClientTubeAssemblerContext context) {
        return new HttpSoapTransport(settings, watchdog, context.getBinding().getSOAPVersion(), namespace);
    }
}
