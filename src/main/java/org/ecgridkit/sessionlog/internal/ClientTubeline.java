package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.Component;
import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.ServerTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.TransportTubeFactory;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.api.pipe.TubelineAssembler;
import com.sun.xml.ws.api.pipe.TubelineAssemblerFactory;

/**
 * The client tubeline of our dispatch: SOAP must-understand checking in front of the transport,
 * and nothing else. Plugged into our service only, like {@link TransportComponent}, through the
 * RI's {@link TubelineAssemblerFactory} SPI, which the RI asks the service's components for first.
 *
 * <p>Why not the RI's default (Metro) tubeline: it is assembled from a configuration file at
 * start-up, and it adds tubes that SessionLog never uses (JAX-WS handlers, schema validation,
 * WS-Addressing, message dumping, monitoring) plus a deferred transport that, behind
 * {@code Dispatch.invoke} (which re-resolves the endpoint address on every call), builds a new
 * transport tube and codec for every call. Here the transport is created once per pooled
 * tubeline, as {@link TransportTubeFactory} would, so it is still our {@link HttpSoapTransport}.
 * Leaving out the dumping tubes also means the RI's message-dump switches can no longer print our
 * envelopes, session ids included.
 */
final class ClientTubeline implements Component {

    private static final TubelineAssembler ASSEMBLER = new TubelineAssembler() {
        @Override
        public Tube createClient(ClientTubeAssemblerContext context) {
            Tube transport = TransportTubeFactory.create(Thread.currentThread().getContextClassLoader(), context);
            return context.createClientMUTube(transport);
        }

        @Override
        public Tube createServer(ServerTubeAssemblerContext context) {
            throw new UnsupportedOperationException("a client-only tubeline");
        }
    };

    private static final TubelineAssemblerFactory FACTORY = new TubelineAssemblerFactory() {
        @Override
        public TubelineAssembler doCreate(BindingID bindingId) {
            return ASSEMBLER;
        }
    };

    @Override
    public <S> S getSPI(Class<S> spiType) {
        return spiType == TubelineAssemblerFactory.class ? spiType.cast(FACTORY) : null;
    }
}
