package org.ecgridkit.sessionlog.interop;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link SessionLogClient} against a SessionLog service that node soap serves from our WSDL, over
 * SOAP 1.1 and 1.2: node soap parses the client's requests and writes the responses and faults,
 * so nothing on the wire was written by us. The service's sessions hold the records of our
 * fixtures; what the client reads from node soap must equal what it reads from the fixture itself.
 */
@Tag("interop")
class NodeSoapServerInteropTest {

    /** Replays the fixtures for the client's reading of them; the stubs serve every test. */
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    /** Sessions the node service knows, each named after the fixture that holds its records. */
    private static final String SEED_SESSION = "seed-example";
    private static final String PRECISE_SESSION = "offset-less-and-seven-digit-timestamps";

    private static Optional<String> missing;
    private static NodeSoapServer node;

    @BeforeAll
    static void startNodeSoap() throws IOException {
        missing = InteropTools.nodeSoapMissing();
        if (missing.isEmpty()) {
            node = NodeSoapServer.start();
            SuccessFixture.stubAll(wireMock);
        }
    }

    @BeforeEach
    void requireNodeSoap() {
        InteropTools.require(missing);
    }

    @AfterAll
    static void stopNodeSoap() throws IOException {
        if (node != null) {
            node.close();
        }
    }

    private static List<SessionRecord> callNode(SoapVersion version, String sessionId, int userId, int maxRecords) {
        try (SessionLogClient client = SoapStub.clientFor(node.endpoint(), version).build()) {
            return client.sessionLog(sessionId, userId, maxRecords);
        }
    }

    private static List<SessionRecord> fromFixture(String session) {
        return new SuccessFixture(SoapVersion.SOAP_1_1, session + ".xml").readWithClient(wireMock);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void seedRecordsServedByNodeSoapReadAsFromTheFixture(SoapVersion version) {
        assertThat(callNode(version, SEED_SESSION, 0, 20)).hasSize(2).isEqualTo(fromFixture(SEED_SESSION));
    }

    /** node soap sends the fixture's timestamp text as it is: no offset, seven fractional digits. */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void offsetLessSevenDigitTimestampArrivesAsUtcWithEveryDigit(SoapVersion version) {
        List<SessionRecord> records = callNode(version, PRECISE_SESSION, 0, 20);
        assertThat(records).isEqualTo(fromFixture(PRECISE_SESSION));
        assertThat(records.get(0).created()).isEqualTo(Instant.parse("2026-05-07T08:00:00.1234567Z"));
    }

    /** node soap filters and caps by the values it parsed from the client's request. */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void userIdAndMaxRecordsReachNodeSoap(SoapVersion version) {
        List<SessionRecord> seed = fromFixture(SEED_SESSION);
        assertThat(callNode(version, SEED_SESSION, 0, 1)).containsExactly(seed.get(0));
        assertThat(callNode(version, SEED_SESSION, 12345, 20)).isEqualTo(seed);
        assertThat(callNode(version, SEED_SESSION, 4711, 20)).isEmpty();
    }

    /**
     * node soap writes the fault in the version's own shape. Under SOAP 1.2 it puts every element
     * of the fault in the envelope's namespace, the detail entry included, and leaves out the
     * {@code xml:lang} that SOAP 1.2 asks of {@code Text}; the client still decodes it.
     */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void unknownSessionIsAnAuthenticationFault(SoapVersion version) {
        EcGridOsFaultException e = catchThrowableOfType(EcGridOsFaultException.class,
                () -> callNode(version, SoapStub.SESSION_ID, 0, 20));
        assertThat(e).as("an EcGridOsFaultException").isNotNull();
        assertThat(e.faultCode()).isEqualTo(version == SoapVersion.SOAP_1_2 ? "Sender" : "Client");
        assertThat(e.faultString()).isEqualTo("Authentication failed.");
        assertThat(e.errorCode()).hasValue("Authentication");
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    }

    /**
     * AUTO against node soap serving the documented WSDL. node soap 1.13.0 does not answer a
     * published request the way .asmx does. Under SOAP 1.2 (no SOAPAction header) it routes by the
     * body element's local name, ignoring its namespace, and answers 200 with a documented
     * {@code SessionLogResponse}: an answer in the other namespace, so AUTO falls back and reads the
     * records. Under SOAP 1.1 it finds no method for the SOAPAction
     * {@code "https://os.ecgrid.io/SessionLog"} and answers HTTP 500 with a SOAP 1.1 envelope holding
     * a SOAP 1.2-shaped fault (Code {@code SOAP-ENV:Server}, Reason "TypeError: Cannot read
     * properties of undefined (reading 'style')"), no faultcode or faultstring: not the routing
     * fault, so AUTO reports it and does not fall back.
     */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void autoAgainstNodeSoapOfTheDocumentedWsdl(SoapVersion version) {
        try (SessionLogClient client = SoapStub.clientFor(node.endpoint(), version).contract(ServiceContract.AUTO).build()) {
            if (version == SoapVersion.SOAP_1_2) {
                assertThat(client.sessionLog(SEED_SESSION, 0, 20)).isEqualTo(fromFixture(SEED_SESSION));
                assertThat(client.contractInUse()).contains(ServiceContract.DOCUMENTED);
            } else {
                EcGridOsResponseException e = catchThrowableOfType(EcGridOsResponseException.class,
                        () -> client.sessionLog(SEED_SESSION, 0, 20));
                assertThat(e).as("node soap's malformed SOAP 1.1 fault").isNotNull();
                assertThat(e).hasMessageContaining("faultCode argument for createFault was passed NULL");
                assertThat(client.contractInUse()).isEmpty();
            }
        }
    }
}
