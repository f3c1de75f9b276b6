package org.ecgridkit.sessionlog.bench;

import jakarta.xml.ws.BindingProvider;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.datatype.XMLGregorianCalendar;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.bench.stock.ArrayOfSessionIDInfo;
import org.ecgridkit.sessionlog.bench.stock.ECGridOS;
import org.ecgridkit.sessionlog.bench.stock.ECGridOSSoap;
import org.ecgridkit.sessionlog.bench.stock.SessionIDInfo;

/**
 * Candidate (b): what a user gets from plain {@code wsimport} on the same WSDL (no bindings file:
 * {@code XMLGregorianCalendar} dates, primitive ints) and the RI's own HTTP transport, with the
 * stock {@code toGregorianCalendar().toInstant()} conversion.
 */
final class StockPortCandidate implements SessionLogCandidate {
    private final ECGridOSSoap port;

    StockPortCandidate(URI endpoint) {
        this.port = new ECGridOS().getECGridOSSoap();
        ((BindingProvider) port).getRequestContext().put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpoint.toString());
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
                        info.getMailboxID(), instant(info.getCreated()), instant(info.getExpires())));
            }
        }
        return records;
    }

    private static java.time.Instant instant(XMLGregorianCalendar calendar) {
        return calendar.toGregorianCalendar().toInstant();
    }

    @Override
    public String runtime() {
        return SoapRuntimeFinder.find(this);
    }

    @Override
    public void close() {
        try {
            ((java.io.Closeable) port).close();
        } catch (java.io.IOException ignored) {
            // benchmark teardown
        }
    }
}
