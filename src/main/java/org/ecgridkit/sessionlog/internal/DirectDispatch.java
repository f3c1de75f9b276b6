package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.EndpointAddress;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.binding.BindingImpl;
import com.sun.xml.ws.client.WSServiceDelegate;
import com.sun.xml.ws.api.message.Packet;
import com.sun.xml.ws.api.server.Container;
import com.sun.xml.ws.api.server.ContainerResolver;
import com.sun.xml.ws.client.ResponseContextReceiver;
import com.sun.xml.ws.client.Stub;
import jakarta.xml.ws.Service;
import javax.xml.namespace.QName;

/**
 * Our port of a WSDL-less {@link WSServiceDelegate}: an RI {@link Stub}, the base class of the RI's
 * own dispatches and proxies, with the binding and the tubeline built here (SOAP must-understand
 * checking in front of our {@link HttpSoapTransport}, and nothing else), and one method that sends a
 * prepared message through the RI's pipeline ({@link #invoke}).
 *
 * <p>Why a stub of our own rather than the RI's {@code Dispatch<Message>}: {@code Dispatch.invoke}
 * re-resolves the endpoint address on every call and writes it back into the stub's shared
 * request context (an unsynchronised write to a map every thread reads), which parses the
 * address as a URI and a URL and asks the JVM's proxy selector again (JFR of a 1-record call:
 * {@code DispatchImpl.resolveEndpointAddress} 8.9% of the calling thread's samples, and the
 * {@code EndpointAddress} it builds is an allocation per call). Here the address is resolved once.
 * The pipeline itself (packet, fiber, the pooled tubeline, the must-understand check) is the RI's,
 * through {@link Stub#process}, as in every RI port.
 *
 * <p>Why not {@code service.addPort} and {@code service.createDispatch}: for a port without WSDL
 * they resolve WS-Policy (a policy resolver found by a service-loader scan, a policy map, the
 * policy feature configurators), and the WS-Addressing configurator's static set-up parses
 * endpoint-reference templates with a StAX reader and a stream buffer; without a WSDL and without
 * Metro's policy configuration all of that yields no feature at all. The stub they build then
 * assembles its tubeline through the RI's assembler and transport SPIs (service-loader lookups),
 * creates the binding's codec, with MTOM, SOAP-with-attachments and Fast Infoset codecs inside (Fast
 * Infoset's set-up alone loads about 80 classes, its resource bundles included), initialises the
 * JavaBeans Activation mail-cap registry for attachment handlers (it reads mail-cap files from every
 * jar), and looks up a monitoring policy for the endpoint address. SessionLog needs none of it; in
 * all it was about 200 of the 1,900 classes loaded before the first result.
 *
 * <p>No codec at all: {@link HttpSoapTransport} writes the request itself ({@link RequestEnvelope})
 * and reads the answer with {@link SoapResponseDecoder}, so the tubeline is given none.
 *
 * <p>Why not the RI's default (Metro) tubeline: it is assembled from a configuration file, and it
 * adds tubes that SessionLog never uses (JAX-WS handlers, schema validation, WS-Addressing, message
 * dumping, monitoring) plus a deferred transport that, behind {@code Dispatch.invoke} (which
 * re-resolves the endpoint address on every call), builds a new transport tube and codec for every
 * call. Here the RI pools copies of this tubeline ({@link HttpSoapTransport#copy}), one per
 * concurrent call. Leaving out the dumping tubes also means the RI's message-dump switches can never
 * print our envelopes, session ids included. A {@code PolicyResolverFactory},
 * {@code TubelineAssemblerFactory} or {@code TransportTubeFactory} registered JVM-wide through
 * {@code META-INF/services} does not reach our port, and our transport reaches no other port.
 *
 * <p>The stub sees no endpoint address while it is built, so the RI does not even consider
 * monitoring it; {@link #create} puts the address in the request context right after, and the
 * transport takes it from the settings.
 */
final class DirectDispatch extends Stub {

    /** The response context is never read: on a shared port it would belong to whichever call ended last. */
    private static final ResponseContextReceiver DISCARD = context -> { };

    private final QName portName;

    private DirectDispatch(QName portName, WSServiceDelegate service, Tube tubeline, BindingImpl binding) {
        super(portName, service, tubeline, binding, null, null, null);
        this.portName = portName;
    }

    /**
     * @param service the service that owns the port
     * @param port the port's name
     * @param bindingId the SOAP binding of the port
     * @param settings the client's settings, for the transport
     * @param watchdog the client's watchdog, for the transport
     * @return the port, its tubeline built and its endpoint address set
     */
    static DirectDispatch create(WSServiceDelegate service, QName port, BindingID bindingId,
                                 TransportSettings settings, ExchangeWatchdog watchdog) {
        BindingImpl binding = BindingImpl.create(bindingId);
        binding.setMode(Service.Mode.MESSAGE);
        EndpointAddress address = EndpointAddress.create(settings.endpoint().toString());
        ClientTubeAssemblerContext context = new ClientTubeAssemblerContext(
                address, null, service, binding, service.getContainer(), null);
        Tube transport = new HttpSoapTransport(settings, watchdog, bindingId.getSOAPVersion());
        DirectDispatch dispatch = new DirectDispatch(port, service, context.createClientMUTube(transport), binding);
        // After the stub is built, so that it never considers monitoring the address (see above).
        dispatch.requestContext.setEndpointAddress(address);
        return dispatch;
    }

    /**
     * Sends a request through the RI's pipeline in the calling thread and returns the answer,
     * a fault included: deciding what a fault means is the caller's job.
     *
     * @param request the request message
     * @return the response message
     */
    Message invoke(Message request) {
        Container outer = ContainerResolver.getDefault().enterContainer(owner.getContainer());
        try {
            Packet packet = new Packet(request);
            packet.setState(Packet.State.ClientRequest);
            packet.expectReply = true;
            // The stub's own request context, not a copy: it is written once, in create(), and
            // RequestContext.fill only reads it here, so every thread can share it. That holds
            // because its map view was already made by the Stub constructor and we never set
            // HTTP_REQUEST_HEADERS (fill merges those back into the context).
            return process(packet, requestContext, DISCARD).getMessage();
        } finally {
            ContainerResolver.getDefault().exitContainer(outer);
        }
    }

    /**
     * SessionLog sends no SOAP headers. The interface requires this overload; the Stub's other
     * overloads are final, and what really refuses headers is the transport
     * ({@code HttpSoapTransport}), which sends no request that carries any.
     */
    @Override
    public void setOutboundHeaders(Object... headers) {
        throw new UnsupportedOperationException("SessionLog requests carry no SOAP headers");
    }

    @Override
    protected QName getPortName() {
        return portName;
    }
}
