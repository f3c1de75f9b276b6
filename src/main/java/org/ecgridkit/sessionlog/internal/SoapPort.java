package org.ecgridkit.sessionlog.internal;

import com.sun.xml.ws.api.ComponentFeature;
import com.sun.xml.ws.developer.WSBindingProvider;
import jakarta.xml.ws.BindingProvider;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.soap.ArrayOfSessionIDInfo;
import org.ecgridkit.sessionlog.internal.soap.ECGridOS;
import org.ecgridkit.sessionlog.internal.soap.ECGridOSSoap;

/**
 * The one generated JAX-WS port a client uses, configured once, and the call through it.
 *
 * <p>The generated service reads the WSDL from the classpath ({@code /META-INF/wsdl/ECGridOS.wsdl}),
 * so opening a port does no network I/O. Its HTTP exchange is our own {@link HttpSoapTransport},
 * installed for this service only through a {@link TransportComponent}. The request context is
 * written here and never again, which is what makes the RI's proxy safe to share between threads;
 * the response context is never read, since on a shared port it would belong to whichever call
 * finished last.
 */
public final class SoapPort implements AutoCloseable {

    private final ECGridOSSoap port;

    private SoapPort(ECGridOSSoap port) {
        this.port = port;
    }

    /**
     * Creates the service, with our transport, and the port for the settings' SOAP version.
     *
     * @param settings the client's transport settings
     * @return an open port
     */
    public static SoapPort open(TransportSettings settings) {
        ECGridOS service = new ECGridOS(new ComponentFeature(new TransportComponent(settings)));
        ECGridOSSoap port = settings.soapVersion() == SoapVersion.SOAP_1_2
                ? service.getECGridOSSoap12()
                : service.getECGridOSSoap();
        // The transport takes endpoint and timeouts from the settings; the address is set here too
        // so that the port's own view of where it talks agrees with what goes on the wire.
        ((BindingProvider) port).getRequestContext()
                .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, settings.endpoint().toString());
        return new SoapPort(port);
    }

    /**
     * Calls SessionLog and maps the answer: records on success, one {@link EcGridOsException}
     * subtype on any failure. Arguments must already be validated.
     *
     * @param sessionId the session token or API key
     * @param userId the user whose sessions to list, 0 for the session's own user
     * @param maxRecords the most records to return, 1..32767
     * @return the records, an unmodifiable list
     * @throws EcGridOsException if the call fails in any way
     */
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        ArrayOfSessionIDInfo result;
        try {
            result = port.sessionLog(sessionId, userId, (short) maxRecords);
        } catch (RuntimeException failure) {
            throw FailureTranslator.translate(failure, sessionId);
        }
        return ResponseMapper.toRecords(result);
    }

    /** Releases the port's resources. */
    @Override
    public void close() {
        try {
            ((WSBindingProvider) port).close();
        } catch (java.io.IOException | RuntimeException ignored) {
            // Nothing useful can be done about a port that fails to close; the client is closed anyway.
        }
    }
}
