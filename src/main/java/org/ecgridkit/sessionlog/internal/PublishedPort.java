package org.ecgridkit.sessionlog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.http.ExchangeWatchdog;
import org.ecgridkit.sessionlog.internal.mapping.PublishedRecords;
import org.ecgridkit.sessionlog.internal.soap.GeneratedPorts;
import org.ecgridkit.sessionlog.internal.soap.published.ECGridOSX0020APIX0020V4Soap;

/**
 * The published contract (the WSDL the v4.1 service serves, trimmed: {@code wsdl/ECGridOS-published.wsdl}):
 * its generated port, on our transport, and the mapping of what it returns.
 */
final class PublishedPort implements AutoCloseable {

    /** The SOAPActions of the operations: the namespace followed by the operation's name. */
    static final String SESSION_LOG = ContractNamespaces.PUBLISHED + "SessionLog";
    static final String SESSION_LOG_EX = ContractNamespaces.PUBLISHED + "SessionLogEx";
    static final String SESSION_LOG_CURRENT = ContractNamespaces.PUBLISHED + "SessionLogCurrent";
    static final String LOGIN = ContractNamespaces.PUBLISHED + "Login";
    static final String LOGOUT = ContractNamespaces.PUBLISHED + "Logout";
    private static final String WSDL = "/META-INF/wsdl/ECGridOS-published.wsdl";
    private static final QName SERVICE = new QName(ContractNamespaces.PUBLISHED, "ECGridOS_x0020_API_x0020_v4");
    private static final QName PORT_SOAP_11 = new QName(ContractNamespaces.PUBLISHED, "ECGridOS_x0020_API_x0020_v4Soap");
    private static final QName PORT_SOAP_12 = new QName(ContractNamespaces.PUBLISHED, "ECGridOS_x0020_API_x0020_v4Soap12");

    private final ECGridOSX0020APIX0020V4Soap port;

    private PublishedPort(ECGridOSX0020APIX0020V4Soap port) {
        this.port = port;
    }

    /** Creates the port for the settings' SOAP version: reads the bundled WSDL, no network. */
    static PublishedPort open(ClientSettings settings, ExchangeWatchdog watchdog) {
        QName portName = settings.soapVersion() == SoapVersion.SOAP_1_2 ? PORT_SOAP_12 : PORT_SOAP_11;
        return new PublishedPort(GeneratedPorts.open(WSDL, SERVICE, portName, ECGridOSX0020APIX0020V4Soap.class,
                settings.transport(), watchdog, ContractNamespaces.PUBLISHED));
    }

    /** One {@code SessionLog} request: the sessions of the session's own user. */
    List<SessionRecord> sessionLog(String sessionId, int maxRecords, int attempt) {
        return PublishedRecords.of(port.sessionLog(sessionId, (short) maxRecords), attempt);
    }

    /** One {@code SessionLogEx} request: a user's sessions within a window. */
    List<SessionRecord> sessionLogEx(String sessionId, int userId, Instant from, Instant to, int maxRecords,
                                     int attempt) {
        return PublishedRecords.of(port.sessionLogEx(sessionId, userId, from, to, (short) maxRecords), attempt);
    }

    /** One {@code SessionLogCurrent} request: the session of the id sent. */
    Optional<SessionRecord> sessionLogCurrent(String sessionId, int attempt) {
        return PublishedRecords.one(port.sessionLogCurrent(sessionId), attempt);
    }

    /** One {@code Login} request: the new session's id, or null or blank if the answer carries none. */
    String login(String loginName, String password) {
        return port.login(loginName, password);
    }

    /** One {@code Logout} request; the contract does not say what its number means. */
    int logout(String sessionId) {
        return port.logout(sessionId);
    }

    @Override
    public void close() {
        GeneratedPorts.close(port);
    }
}
