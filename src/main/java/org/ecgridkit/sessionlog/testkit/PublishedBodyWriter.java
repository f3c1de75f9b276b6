package org.ecgridkit.sessionlog.testkit;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.ContractNamespaces;

/**
 * Writes the published contract's answers as ASP.NET's XmlSerializer would: {@code SessionLogInfo}
 * children in the WSDL's order, strings that are absent left out, and the end time of a session
 * that has not ended written as .NET's unset {@code DateTime}, {@code 0001-01-01T00:00:00}.
 * Timestamps are written with {@link java.time.Instant#toString()}, in UTC with {@code Z}.
 */
final class PublishedBodyWriter {

    private static final String NS = ContractNamespaces.PUBLISHED;
    /** How .NET writes a {@code DateTime} that was never set (kind unspecified, so no offset). */
    static final String UNSET_DATE_TIME = "0001-01-01T00:00:00";
    /**
     * The WSDL's {@code SessionStatus} names. {@code UNKNOWN} has none: it is sent as
     * {@code Unknown}, a value outside the enumeration, which a client reads back as UNKNOWN, so
     * that a record survives the round trip whatever its status.
     */
    private static final Map<SessionStatus, String> STATUS_NAMES = Map.of(
            SessionStatus.OPEN, "Open",
            SessionStatus.CLOSED, "Closed",
            SessionStatus.EXPIRED, "Expired",
            SessionStatus.UNKNOWN, "Unknown");

    private PublishedBodyWriter() {
    }

    /**
     * The answer to {@code SessionLog} or {@code SessionLogEx}: an {@code ArrayOfSessionLogInfo}
     * holding the records in order.
     */
    static byte[] sessionLogResponse(SoapVersion version, WireOperation operation, List<SessionRecord> records) {
        return SoapEnvelopeWriter.envelope(version, xml -> {
            xml.writeStartElement("", operation.localName() + "Response", NS);
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement("", operation.localName() + "Result", NS);
            for (SessionRecord r : records) {
                xml.writeStartElement("", "SessionLogInfo", NS);
                sessionLogInfo(xml, r);
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    /**
     * The answer to {@code SessionLogCurrent}: its result is one {@code SessionLogInfo}, or, when
     * there is no record to send, left out, as XmlSerializer does with a null result.
     */
    static byte[] sessionLogCurrentResponse(SoapVersion version, List<SessionRecord> records) {
        return SoapEnvelopeWriter.envelope(version, xml -> {
            xml.writeStartElement("", "SessionLogCurrentResponse", NS);
            xml.writeDefaultNamespace(NS);
            if (!records.isEmpty()) {
                xml.writeStartElement("", "SessionLogCurrentResult", NS);
                sessionLogInfo(xml, records.get(0));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static void sessionLogInfo(XMLStreamWriter xml, SessionRecord r) throws XMLStreamException {
        element(xml, "SessionID", r.sessionId());
        element(xml, "StartTime", r.created().toString());
        element(xml, "EndTime", r.ended().map(Object::toString).orElse(UNSET_DATE_TIME));
        element(xml, "Expires", r.expires().toString());
        element(xml, "NetworkID", Integer.toString(r.networkId()));
        element(xml, "MailboxID", Integer.toString(r.mailboxId()));
        element(xml, "UserID", Integer.toString(r.userId()));
        element(xml, "Status", STATUS_NAMES.get(r.status()));
        if (r.version().isPresent()) {
            element(xml, "Version", r.version().get());
        }
        xml.writeStartElement("", "Events", NS);
        for (SessionEvent e : r.events()) {
            xml.writeStartElement("", "SessionEvents", NS);
            element(xml, "APICall", e.apiCall());
            element(xml, "Date", e.at().toString());
            element(xml, "Milliseconds", Long.toString(e.elapsed().toMillis()));
            if (e.ip().isPresent()) {
                element(xml, "ip", e.ip().get());
            }
            element(xml, "ReturnCode", e.returnCode());
            if (e.comment().isPresent()) {
                element(xml, "Comment", e.comment().get());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        SoapEnvelopeWriter.element(xml, NS, name, text);
    }
}
