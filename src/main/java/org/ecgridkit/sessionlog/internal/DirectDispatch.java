package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.EndpointAddress;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.pipe.ClientTubeAssemblerContext;
import com.sun.xml.ws.api.pipe.Tube;
import com.sun.xml.ws.binding.BindingImpl;
import com.sun.xml.ws.client.WSServiceDelegate;
import com.sun.xml.ws.client.dispatch.MessageDispatch;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import javax.xml.namespace.QName;

/**
 * Creates the RI's {@code Dispatch<Message>} for our port of a WSDL-less {@link WSServiceDelegate},
 * with the binding and the tubeline built here: SOAP must-understand checking in front of our
 * {@link HttpSoapTransport}, and nothing else.
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
 * monitoring it; {@link SoapPort#open} puts the address in the request context right after, and
 * the transport takes it from the settings.
 */
final class DirectDispatch {

    private DirectDispatch() {
    }

    /**
     * @param service the service that owns the port
     * @param port the port's name
     * @param bindingId the SOAP binding of the port
     * @param settings the client's settings, for the transport
     * @param watchdog the client's watchdog, for the transport
     * @return a message-mode dispatch, its tubeline built
     */
    static Dispatch<Message> create(WSServiceDelegate service, QName port, BindingID bindingId,
                                    TransportSettings settings, ExchangeWatchdog watchdog) {
        BindingImpl binding = BindingImpl.create(bindingId);
        binding.setMode(Service.Mode.MESSAGE);
        ClientTubeAssemblerContext context = new ClientTubeAssemblerContext(
                EndpointAddress.create(settings.endpoint().toString()), null, service, binding,
                service.getContainer(), null);
        Tube transport = new HttpSoapTransport(settings, watchdog, bindingId.getSOAPVersion());
        return new MessageDispatch(port, service, context.createClientMUTube(transport), binding, null);
    }
}
