package org.ecgridkit.sessionlog.internal.soap;

import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.ServerTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.api.pipe.TubelineAssembler;
import com.sun.xml.ws.api.pipe.TubelineAssemblerFactory;
import com.sun.xml.ws.api.server.Container;

/**
 * The JAX-WS RI container of one of our services: the place the RI asks, through its public SPI,
 * for the tubeline assembler and the transport of every port the service creates.
 *
 * <p>Each service gets a container of its own ({@link GeneratedPorts}), so our transport serves our
 * ports only: nothing is registered JVM-wide, no system property is set, and another JAX-WS client
 * in the same JVM keeps the RI's own transport. An SPI registered JVM-wide through
 * {@code META-INF/services} is never consulted for the two SPIs answered here.
 *
 * <p>The tubeline is the RI's SOAP must-understand check in front of our {@link HttpSoapTransport}
 * and nothing else. Leaving out the RI's standard tubes (handlers, WS-Addressing, validation,
 * monitoring, and the message-dump tubes) is deliberate: SessionLog needs none of them, and without
 * the dump tubes no dump switch a user's JVM sets can print an envelope and its session id.
 */
final class SoapContainer extends Container {

    private final TransportTubeFactory transport;
    private final TubelineAssemblerFactory tubeline;

    /**
     * @param transport makes the transport tube of each port of the service
     */
    SoapContainer(TransportTubeFactory transport) {
        this.transport = transport;
        this.tubeline = new TubelineAssemblerFactory() {
            @Override
            public TubelineAssembler doCreate(com.sun.xml.ws.api.BindingID bindingId) {
                return MINIMAL;
            }
        };
    }

    @Override
    public <S> S getSPI(Class<S> spiType) {
        if (spiType == TransportTubeFactory.class) {
            return spiType.cast(transport);
        }
        if (spiType == TubelineAssemblerFactory.class) {
            return spiType.cast(tubeline);
        }
        return super.getSPI(spiType);
    }

    /** Must-understand checking, then the transport (which the context asks this container for). */
    private static final TubelineAssembler MINIMAL = new TubelineAssembler() {
        @Override
        public Tube createClient(ClientTubeAssemblerContext context) {
            return context.createClientMUTube(context.createTransportTube());
        }

        @Override
        public Tube createServer(ServerTubeAssemblerContext context) {
            throw new UnsupportedOperationException("the SessionLog client assembles client tubelines only");
        }
    };
}
