package org.ecgridkit.sessionlog.internal;

import java.util.List;
import javax.xml.namespace.QName;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.http.ExchangeWatchdog;
import org.ecgridkit.sessionlog.internal.mapping.DocumentedRecords;
import org.ecgridkit.sessionlog.internal.soap.GeneratedPorts;
import org.ecgridkit.sessionlog.internal.soap.documented.ECGridOSSoap;

/**
 * The documented contract (the vendor's reference page, {@code wsdl/ECGridOS.wsdl}): its generated
 * port, on our transport, and the mapping of what it returns.
 */
final class DocumentedPort implements AutoCloseable {

    private static final String WSDL = "/META-INF/wsdl/ECGridOS.wsdl";
    private static final QName SERVICE = new QName(ContractNamespaces.DOCUMENTED, "ECGridOS");
    private static final QName PORT_SOAP_11 = new QName(ContractNamespaces.DOCUMENTED, "ECGridOSSoap");
    private static final QName PORT_SOAP_12 = new QName(ContractNamespaces.DOCUMENTED, "ECGridOSSoap12");

    private final ECGridOSSoap port;

    private DocumentedPort(ECGridOSSoap port) {
        this.port = port;
    }

    /** Creates the port for the settings' SOAP version: reads the bundled WSDL, no network. */
    static DocumentedPort open(ClientSettings settings, ExchangeWatchdog watchdog) {
        QName portName = settings.soapVersion() == SoapVersion.SOAP_1_2 ? PORT_SOAP_12 : PORT_SOAP_11;
        return new DocumentedPort(GeneratedPorts.open(WSDL, SERVICE, portName, ECGridOSSoap.class,
                settings.transport(), watchdog, ContractNamespaces.DOCUMENTED));
    }

    /**
     * One {@code SessionLog} request. Runs inside an attempt (see {@link CallRunner}).
     *
     * @param attempt the call's attempt number, for a refused answer's report
     */
    List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords, int attempt) {
        return DocumentedRecords.of(port.sessionLog(sessionId, userId, (short) maxRecords), attempt);
    }

    /** One {@code Login} request: the new session's id, or null or blank if the answer carries none. */
    String login(String loginName, String password, LoginSender sender) {
        return port.login(loginName, password, sender.solution(), sender.version(), sender.companyName(),
                sender.contact(), sender.contactEmail());
    }

    /** One {@code Logout} request: false when the session had already ended. */
    boolean logout(String sessionId) {
        return port.logout(sessionId);
    }

    @Override
    public void close() {
        GeneratedPorts.close(port);
    }
}
