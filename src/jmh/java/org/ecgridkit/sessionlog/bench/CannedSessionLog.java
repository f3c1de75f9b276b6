package org.ecgridkit.sessionlog.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * The SessionLog answers the benchmark server replays: a SOAP 1.1 envelope shaped as the .asmx
 * service sends it, with a given number of records, and the records every candidate must map it to.
 *
 * <p>Timestamps carry exactly three fractional digits and a {@code Z}: the stock
 * {@code XMLGregorianCalendar} route keeps milliseconds only, and every candidate must produce
 * equal records for the sanity check to mean anything.
 */
public final class CannedSessionLog {
    /** The record counts the per-call benchmarks measure. */
    public static final int[] SIZES = {1, 100, 10_000};

    private static final Instant FIRST_CREATED = Instant.parse("2026-05-07T08:00:00.000Z");
    private static final DateTimeFormatter XSD_UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CannedSessionLog() {
    }

    /**
     * The records of a canned answer.
     *
     * @param count how many
     * @return the records, in wire order
     */
    public static List<SessionRecord> records(int count) {
        List<SessionRecord> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant created = FIRST_CREATED.plusSeconds(37L * i).plusMillis(i % 1000);
            records.add(new SessionRecord(
                    String.format("%08X-%04X-4A5B-8C9D-%012X", i, i & 0xFFFF, 7919L * i),
                    12345, 100 + i % 7, 200 + i, created, created.plusSeconds(3600)));
        }
        return records;
    }

    /**
     * The SOAP 1.1 envelope carrying {@link #records(int)}, UTF-8 encoded.
     *
     * @param count how many records
     * @return the body bytes of the HTTP answer
     */
    public static byte[] envelope(int count) {
        StringBuilder xml = new StringBuilder(300 + 330 * count);
        xml.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .append("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"")
                .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
                .append(" xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"><soap:Body>")
                .append("<SessionLogResponse xmlns=\"http://www.ecgridos.net/\"><SessionLogResult>");
        for (SessionRecord r : records(count)) {
            xml.append("<SessionIDInfo><SessionID>").append(r.sessionId())
                    .append("</SessionID><UserID>").append(r.userId())
                    .append("</UserID><NetworkID>").append(r.networkId())
                    .append("</NetworkID><MailboxID>").append(r.mailboxId())
                    .append("</MailboxID><Created>").append(XSD_UTC.format(r.created()))
                    .append("</Created><Expires>").append(XSD_UTC.format(r.expires()))
                    .append("</Expires></SessionIDInfo>");
        }
        xml.append("</SessionLogResult></SessionLogResponse></soap:Body></soap:Envelope>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A fingerprint of a result: its size and an order-sensitive hash of every field of every record.
     * Two candidates whose results have equal fingerprints returned equal records.
     *
     * @param records a candidate's result
     * @return the fingerprint
     */
    public static String fingerprint(List<SessionRecord> records) {
        long hash = 1;
        for (SessionRecord r : records) {
            hash = 31 * hash + r.hashCode();
        }
        return records.size() + " records, hash " + Long.toHexString(hash);
    }
}
