package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.Component;
import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;

/**
 * Plugs {@link HttpSoapTransport} into one JAX-WS service, and only that one.
 *
 * <p>The RI asks a service's components for a {@link TransportTubeFactory} before it falls back to
 * the JVM-wide {@code META-INF/services} registry. Handing this component to our generated service
 * (through a {@code ComponentFeature}) therefore changes the transport of our ports and of no other
 * JAX-WS client in the JVM; no system property or global registration is involved.
 */
final class TransportComponent implements Component {

    private final TransportTubeFactory factory;

    TransportComponent(TransportSettings settings, ExchangeWatchdog watchdog) {
        this.factory = new TransportTubeFactory() {
            @Override
            public Tube doCreate(ClientTubeAssemblerContext context) {
                return new HttpSoapTransport(settings, watchdog,
                        context.getBinding().getSOAPVersion());
            }
        };
    }

    @Override
    public <S> S getSPI(Class<S> spiType) {
        return spiType == TransportTubeFactory.class ? spiType.cast(factory) : null;
    }
}
