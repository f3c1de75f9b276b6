package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.BindingID;
import com.sun.xml.ws.api.EndpointAddress;
import com.sun.xml.ws.api.WSService;
import com.sun.xml.ws.api.client.WSPortInfo;
import com.sun.xml.ws.api.message.Message;
import com.sun.xml.ws.api.model.wsdl.WSDLPort;
import com.sun.xml.ws.api.pipe.Stubs;
import com.sun.xml.ws.binding.BindingImpl;
import com.sun.xml.ws.client.WSServiceDelegate;
import com.sun.xml.ws.policy.PolicyMap;
import jakarta.xml.ws.Dispatch;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.WebServiceFeature;
import javax.xml.namespace.QName;

/**
 * Creates the RI's {@code Dispatch<Message>} for a port of a WSDL-less service through the RI's
 * own {@link Stubs} SPI, with a binding built here, instead of through
 * {@code WSServiceDelegate.addPort} and {@code createDispatch}.
 *
 * <p>Why: for a port without WSDL those two resolve WS-Policy for the port (a policy resolver
 * found by a service-loader scan, a policy map, the policy feature configurators) and, in doing
 * so, initialise the RI's WS-Addressing model, whose static set-up parses endpoint-reference
 * templates with a StAX reader and a stream buffer. Without a WSDL and with no Metro policy
 * configuration on the class path all of that yields no feature at all, yet it was about a third
 * of the classes the first client loaded. The dispatch made here is the same {@code MessageDispatch}
 * on the same service, with the same binding ID, features, handler chain (none) and tubeline.
 *
 * <p>What is given up: a {@code PolicyResolverFactory} or {@code ServiceInterceptorFactory}
 * registered JVM-wide through {@code META-INF/services} (Metro's WSIT does that) no longer
 * configures our port, just as the Metro tubeline configuration already does not
 * ({@link ClientTubeline}).
 */
final class DirectDispatch {

    private DirectDispatch() {
    }

    /**
     * @param service the service that owns the port; its components supply the tubeline and transport
     * @param port the port's name
     * @param bindingId the SOAP binding of the port
     * @param endpoint the address the port talks to
     * @param features the features of the binding (those the service was created with)
     * @return a message-mode dispatch, its tubeline already built
     */
    static Dispatch<Message> create(WSServiceDelegate service, QName port, BindingID bindingId, String endpoint,
                                    WebServiceFeature... features) {
        BindingImpl binding = BindingImpl.create(bindingId, features);
        binding.setMode(Service.Mode.MESSAGE);
        WSPortInfo portInfo = new PortInfo(service, port, bindingId, EndpointAddress.create(endpoint));
        return Stubs.createDispatch(portInfo, service, binding, Message.class, Service.Mode.MESSAGE, null);
    }

    /**
     * A port known only by name, binding and address: no WSDL model, no policy. A plain class rather
     * than a record, whose generated methods would bootstrap method handles on first use.
     */
    private static final class PortInfo implements WSPortInfo {
        private final WSService owner;
        private final QName portName;
        private final BindingID bindingId;
        private final EndpointAddress endpointAddress;

        PortInfo(WSService owner, QName portName, BindingID bindingId, EndpointAddress endpointAddress) {
            this.owner = owner;
            this.portName = portName;
            this.bindingId = bindingId;
            this.endpointAddress = endpointAddress;
        }

        @Override
        public WSService getOwner() {
            return owner;
        }

        @Override
        public BindingID getBindingId() {
            return bindingId;
        }

        @Override
        public EndpointAddress getEndpointAddress() {
            return endpointAddress;
        }

        @Override
        public WSDLPort getPort() {
            return null;
        }

        /** None: the RI's readers of it (client monitoring) treat a null map as "no assertion". */
        @Override
        @Deprecated
        public PolicyMap getPolicyMap() {
            return null;
        }

        @Override
        public QName getServiceName() {
            return owner.getServiceName();
        }

        @Override
        public QName getPortName() {
            return portName;
        }

        @Override
        public String getBindingID() {
            return bindingId.toString();
        }
    }
}
