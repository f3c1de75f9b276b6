package org.ecgridkit.sessionlog.interop;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.Fixtures;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Both directions of the wire against the XSD embedded in each contract's WSDL, checked by the
 * JDK's own validator: the bodies of the success fixtures, and every request
 * {@link SessionLogClient} sends, for the documented contract ({@code wsdl/ECGridOS.wsdl}) and the
 * published one ({@code wsdl/ECGridOS-published.wsdl}: SessionLog, SessionLogEx and
 * SessionLogCurrent), in SOAP 1.1 and 1.2.
 */
@Tag("interop")
class SchemaValidationTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final EmbeddedSchema SCHEMA = EmbeddedSchema.of(InteropTools.WSDL);
    private static final EmbeddedSchema PUBLISHED_SCHEMA = EmbeddedSchema.of(InteropTools.PUBLISHED_WSDL);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecgridkit.sessionlog.interop.SuccessFixture#insideTheSchema")
    void successFixtureBodyIsValid(SuccessFixture fixture) throws Exception {
        SCHEMA.validate(SoapXml.bodyChild(fixture.text()));
    }

    /**
     * The validator does bite: it rejects the success fixtures kept outside the schema on purpose,
     * and the fixtures whose records the client refuses (a missing or invalid field).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bodiesOutsideTheSchema")
    void bodyOutsideTheSchemaIsRejected(String resource) {
        Element body = SoapXml.bodyChild(Fixtures.read(resource));
        assertThatThrownBy(() -> SCHEMA.validate(body)).isInstanceOf(SAXException.class);
    }

    static Stream<String> bodiesOutsideTheSchema() {
        return Stream.concat(SuccessFixture.outsideTheSchema().map(SuccessFixture::resource),
                Stream.of("missing-created.xml", "soap12/missing-created.xml",
                        "invalid-created-timestamp.xml", "overflowing-user-id.xml"));
    }

    @ParameterizedTest(name = "{0} userId={2} maxRecords={3}")
    @MethodSource("calls")
    void everyRequestTheClientSendsIsValid(SoapVersion version, String sessionId, int userId, int maxRecords)
            throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version).build()) {
            client.sessionLog(sessionId, userId, maxRecords);
        }
        Element operation = onlyRequestOperation();
        assertThat(operation.getLocalName()).isEqualTo("SessionLog");
        SCHEMA.validate(operation);
    }

    /** Both versions, with the edges of each parameter and a session id that XML must escape. */
    static Stream<Arguments> calls() {
        return Stream.of(SoapVersion.values()).flatMap(version -> Stream.of(
                Arguments.of(version, SoapStub.SESSION_ID, 0, 1),
                Arguments.of(version, SoapStub.SESSION_ID, 4711, 32767),
                Arguments.of(version, "<key & \"secret\" 'é' \u00e9\u4e2d>", Integer.MAX_VALUE, 100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecgridkit.sessionlog.interop.PublishedFixture#insideTheSchema")
    void publishedFixtureBodyIsValid(PublishedFixture fixture) throws Exception {
        Element body = SoapXml.bodyChild(fixture.text());
        assertThat(body.getLocalName()).isEqualTo(fixture.operation() + "Response");
        PUBLISHED_SCHEMA.validate(body);
    }

    /**
     * Each published fixture kept outside the schema is rejected, and for the reason it is kept
     * for: the validator's complaint names what the fixture breaks. So the list of fixtures that
     * zeep's comparison leaves out cannot hide one that is valid, or broken some other way.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecgridkit.sessionlog.interop.PublishedFixture#outsideTheSchema")
    void publishedFixtureOutsideTheSchemaIsRejectedForItsReason(PublishedFixture fixture) {
        Element body = SoapXml.bodyChild(fixture.text());
        assertThatThrownBy(() -> PUBLISHED_SCHEMA.validate(body)).isInstanceOf(SAXException.class)
                .hasMessageContaining(fixture.violation().orElseThrow().firstComplaintNames());
    }

    /**
     * The request the client sends on the published contract, pinned, for each operation it
     * uses, is valid against the published WSDL's schema (and so in its namespace, or the
     * validator would find no declaration for it).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("publishedCalls")
    void everyPublishedRequestTheClientSendsIsValid(SoapVersion version, PublishedCall call) throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, call.answer()));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version)
                .contract(ServiceContract.PUBLISHED_WSDL).build()) {
            call.call().accept(client);
        }
        Element operation = onlyRequestOperation();
        assertThat(operation.getLocalName()).isEqualTo(call.operation());
        PUBLISHED_SCHEMA.validate(operation);
    }

    /**
     * A call of the client on the published contract.
     *
     * @param description how the client was called, for the test's name
     * @param operation the operation the client should send for it
     * @param answer the fixture WireMock answers with
     * @param call the call
     */
    record PublishedCall(String description, String operation, String answer, Consumer<SessionLogClient> call) {
        @Override
        public String toString() {
            return description;
        }
    }

    /**
     * Each operation, with the edges of its parameters: MaxRecords 1 and 32767, the largest user
     * id, the default window (2000-01-01 to a day from now), a window given to the nanosecond,
     * windows whose bounds {@code Instant.toString()} would write outside {@code xs:dateTime}
     * (year 0, a year past 9999 with its {@code +}), and a session id that XML must escape.
     */
    static Stream<Arguments> publishedCalls() {
        String awkward = "<key & \"secret\" 'é' \u00e9\u4e2d>";
        Instant from = Instant.parse("2026-05-01T00:00:00.123456789Z");
        Instant to = Instant.parse("2026-06-01T00:00:00Z");
        List<PublishedCall> calls = List.of(
                new PublishedCall("ownSessions()", "SessionLog", "published-sessions.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ownSessions())),
                new PublishedCall("ownSessions().maxRecords(1)", "SessionLog", "published-sessions.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ownSessions().maxRecords(1))),
                new PublishedCall("ownSessions().maxRecords(32767) with an awkward session id", "SessionLog",
                        "published-sessions.xml", c -> c.sessionLog(awkward, SessionLogQuery.ownSessions().maxRecords(32767))),
                new PublishedCall("ownSessions().between(from, to)", "SessionLog", "published-sessions.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ownSessions().between(from, to))),
                new PublishedCall("ofUser(7).maxRecords(5)", "SessionLogEx", "published-sessionlogex.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ofUser(7).maxRecords(5))),
                new PublishedCall("ofUser(MAX_VALUE).maxRecords(32767).between(from, to) with an awkward session id",
                        "SessionLogEx", "published-sessionlogex.xml", c -> c.sessionLog(awkward,
                                SessionLogQuery.ofUser(Integer.MAX_VALUE).maxRecords(32767).between(from, to))),
                new PublishedCall("ofUser(7).between(Instant.MIN, Instant.MAX)", "SessionLogEx", "published-sessionlogex.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ofUser(7).between(Instant.MIN, Instant.MAX))),
                new PublishedCall("ofUser(7).between(year 0, year 10000)", "SessionLogEx", "published-sessionlogex.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, SessionLogQuery.ofUser(7).between(
                                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("+10000-01-01T00:00:00Z")))),
                new PublishedCall("sessionLog(id, 4711, 1)", "SessionLogEx", "published-sessionlogex.xml",
                        c -> c.sessionLog(SoapStub.SESSION_ID, 4711, 1)),
                new PublishedCall("currentSession(id)", "SessionLogCurrent", "published-current.xml",
                        c -> c.currentSession(SoapStub.SESSION_ID)),
                new PublishedCall("currentSession(awkward id)", "SessionLogCurrent", "published-current.xml",
                        c -> c.currentSession(awkward)));
        return Stream.of(SoapVersion.values()).flatMap(version -> calls.stream().map(call -> Arguments.of(version, call)));
    }

    private static Element onlyRequestOperation() {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)));
        assertThat(requests).hasSize(1);
        return SoapXml.bodyChild(requests.get(0).getBody());
    }
}
