package org.ecgridkit.sessionlog.interop;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * A success fixture of the documented contract: a response to {@code SessionLog} that
 * {@link SessionLogClient} reads to a list of records (possibly empty) rather than failing.
 *
 * @param version the SOAP version of the fixture
 * @param name the fixture's file name, the same for both versions
 */
record SuccessFixture(SoapVersion version, String name) implements ReplayedFixture {

    /** Every success fixture, in both versions where both exist. */
    static final List<SuccessFixture> ALL = List.of(
            new SuccessFixture(SoapVersion.SOAP_1_1, "seed-example.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_1, "empty-result.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_1, "missing-result.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_1, "nil-entry.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_1, "unknown-extra-elements.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_1, "offset-less-and-seven-digit-timestamps.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_2, "seed-example.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_2, "empty-result.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_2, "missing-result.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_2, "nil-entry.xml"),
            new SuccessFixture(SoapVersion.SOAP_1_2, "unknown-extra-elements.xml"));

    /**
     * The success fixtures that break the schema on purpose: they show that the client ignores
     * elements the contract does not declare, which a schema-valid response cannot contain.
     */
    private static final Set<String> OUTSIDE_THE_SCHEMA = Set.of("unknown-extra-elements.xml");

    /** The success fixtures whose bodies are meant to be valid against the WSDL's schema. */
    static Stream<SuccessFixture> insideTheSchema() {
        return ALL.stream().filter(f -> !OUTSIDE_THE_SCHEMA.contains(f.name));
    }

    /** The success fixtures that break the schema on purpose. */
    static Stream<SuccessFixture> outsideTheSchema() {
        return ALL.stream().filter(f -> OUTSIDE_THE_SCHEMA.contains(f.name));
    }

    /** The documented contract has the one operation. */
    @Override
    public String operation() {
        return "SessionLog";
    }

    /** What {@link SessionLogClient} reads from the fixture, replayed by WireMock. */
    List<SessionRecord> readWithClient(WireMockExtension wireMock) {
        try (SessionLogClient client = SoapStub.clientFor(endpoint(wireMock), version).build()) {
            return client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
    }

    /** Makes WireMock replay every success fixture at its own path. */
    static void stubAll(WireMockExtension wireMock) {
        ReplayedFixture.stubAll(wireMock, ALL);
    }

    @Override
    public String toString() {
        return resource();
    }
}
