package org.ecgridkit.sessionlog.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.soap.documented.ArrayOfSessionIDInfo;
import org.ecgridkit.sessionlog.internal.soap.documented.SessionIDInfo;
import org.ecgridkit.sessionlog.internal.soap.documented.ECGridOSSoap;

/**
 * Candidate (d): Apache CXF's JAX-WS client on the same WSDL and the SDK's own generated beans
 * (so dates arrive as {@code Instant}s through the SDK's own adapter, and ints as {@code Integer}s;
 * what differs is the SOAP stack and its JAXB binding). Built through CXF's own factory bean, never {@code Service.create}: in this
 * JVM both CXF and the RI register as the {@code jakarta.xml.ws} provider.
 */
final class CxfCandidate implements SessionLogCandidate {
    private static final String NAMESPACE = "http://www.ecgridos.net/";

    private final ECGridOSSoap port;

    CxfCandidate(URI endpoint) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(ECGridOSSoap.class);
        factory.setWsdlURL(CxfCandidate.class.getResource("/META-INF/wsdl/ECGridOS.wsdl").toString());
        factory.setServiceName(new QName(NAMESPACE, "ECGridOS"));
        factory.setEndpointName(new QName(NAMESPACE, "ECGridOSSoap"));
        factory.setAddress(endpoint.toString());
        this.port = factory.create(ECGridOSSoap.class);
    }

    @Override
    public List<SessionRecord> sessionLog(String sessionId, int userId, int maxRecords) {
        ArrayOfSessionIDInfo result = port.sessionLog(sessionId, userId, (short) maxRecords);
        if (result == null) {
            return List.of();
        }
        List<SessionRecord> records = new ArrayList<>(result.getSessionIDInfo().size());
        for (SessionIDInfo info : result.getSessionIDInfo()) {
            if (info != null) {
                records.add(new SessionRecord(info.getSessionID(), info.getUserID(), info.getNetworkID(),
                        info.getMailboxID(), info.getCreated(), info.getExpires()));
            }
        }
        return records;
    }

    @Override
    public String runtime() {
        return SoapRuntimeFinder.find(this);
    }

    @Override
    public void close() {
        Client client = ClientProxy.getClient(port);
        client.destroy();
    }
}
