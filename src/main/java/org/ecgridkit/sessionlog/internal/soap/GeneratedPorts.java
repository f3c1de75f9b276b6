package org.ecgridkit.sessionlog.internal.soap;

import com.sun.xml.ws.api.WSService;
import com.sun.xml.ws.api.server.Container;
import jakarta.xml.ws.BindingProvider;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import javax.xml.namespace.QName;
import org.ecgridkit.sessionlog.internal.http.ExchangeWatchdog;
import org.ecgridkit.sessionlog.internal.http.TransportSettings;

/**
 * Creates a port of a generated service interface on the bundled WSDL, with our container (and so
 * our tubeline and transport), pointed at the client's endpoint.
 *
 * <p>The service is created by the JAX-WS RI directly ({@link WSService#create(URL, QName)}), not
 * through {@code jakarta.xml.ws.Service}: that would ask {@code jakarta.xml.ws.spi.Provider} for an
 * implementation, and with another JAX-WS implementation on the class path (Apache CXF, say) it could
 * get that one, which knows nothing of our transport. The container reaches the RI the way the RI's
 * own {@code WSService.create(URL, QName, InitParams)} hands it over, through
 * {@link WSService.InitParams}, which the new service takes as it is constructed.
 *
 * <p>The WSDL is read from the class path (no network), once per port created; the port's request
 * context is written here, once, before the port is shared, and never again.
 */
public final class GeneratedPorts {

    private GeneratedPorts() {
    }

    /**
     * Opens a port whose requests go through our transport ({@link HttpSoapTransport}).
     *
     * @param wsdlResource the bundled WSDL's absolute class-path name
     * @param serviceName the WSDL service
     * @param portName the WSDL port (which also picks the SOAP version)
     * @param serviceInterface the generated service endpoint interface
     * @param settings the client's transport settings, the endpoint among them
     * @param watchdog the client's watchdog, shared by all its exchanges
     * @param namespace the contract's namespace: every answer's payload must be in it
     * @param <T> the service endpoint interface
     * @return the port, thread-safe for calls
     */
    public static <T> T open(String wsdlResource, QName serviceName, QName portName, Class<T> serviceInterface,
                             TransportSettings settings, ExchangeWatchdog watchdog, String namespace) {
        Container container = new SoapContainer(new PortTransport(settings, watchdog, namespace));
        URI endpoint = settings.endpoint();
        URL wsdl = GeneratedPorts.class.getResource(wsdlResource);
        if (wsdl == null) {
            throw new IllegalStateException(wsdlResource + " is missing from the class path");
        }
        WSService.InitParams params = new WSService.InitParams();
        params.setContainer(container);
        WSService service = InitParamsHandOver.createWith(wsdl, serviceName, params);
        T port = service.getPort(portName, serviceInterface);
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
        return port;
    }

    /**
     * Releases a port made by {@link #open}.
     *
     * @param port the port
     */
    public static void close(Object port) {
        try {
            ((Closeable) port).close();
        } catch (IOException | RuntimeException ignored) {
            // Nothing useful can be done about a port that fails to close; the client is closed anyway.
        }
    }

    /**
     * Access to {@link WSService}'s protected hand-over of {@link WSService.InitParams}: the RI's
     * service constructor takes (and clears) whatever this thread-local holds. Never instantiated.
     */
    private abstract static class InitParamsHandOver extends WSService {
        static WSService createWith(URL wsdl, QName serviceName, InitParams params) {
            INIT_PARAMS.set(params);
            try {
                return WSService.create(wsdl, serviceName);
            } finally {
                INIT_PARAMS.remove();
            }
        }
    }
}
