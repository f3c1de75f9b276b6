package org.ecgridkit.sessionlog.testkit;

import java.util.List;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.ContractNamespaces;

/**
 * Writes the documented contract's answer: {@code SessionLogResponse/SessionLogResult} holding one
 * {@code SessionIDInfo} of six fields a record, as on the vendor's reference page. Status, end
 * time, version and events have no place in this contract and are left out. Timestamps are
 * written with {@link java.time.Instant#toString()}, in UTC with {@code Z}.
 */
final class DocumentedBodyWriter {

    private static final String NS = ContractNamespaces.DOCUMENTED;

    private DocumentedBodyWriter() {
    }

    /** A successful answer carrying the records in order. */
    static byte[] sessionLogResponse(SoapVersion version, List<SessionRecord> records) {
        return SoapEnvelopeWriter.envelope(version, xml -> {
            xml.writeStartElement("", "SessionLogResponse", NS);
            xml.writeDefaultNamespace(NS);
            xml.writeStartElement("", "SessionLogResult", NS);
            for (SessionRecord r : records) {
                xml.writeStartElement("", "SessionIDInfo", NS);
                SoapEnvelopeWriter.element(xml, NS, "SessionID", r.sessionId());
                SoapEnvelopeWriter.element(xml, NS, "UserID", Integer.toString(r.userId()));
                SoapEnvelopeWriter.element(xml, NS, "NetworkID", Integer.toString(r.networkId()));
                SoapEnvelopeWriter.element(xml, NS, "MailboxID", Integer.toString(r.mailboxId()));
                SoapEnvelopeWriter.element(xml, NS, "Created", r.created().toString());
                SoapEnvelopeWriter.element(xml, NS, "Expires", r.expires().toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }
}
