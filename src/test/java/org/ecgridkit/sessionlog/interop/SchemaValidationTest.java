package org.ecgridkit.sessionlog.interop;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.Fixtures;
import org.ecgridkit.sessionlog.SessionLogClient;
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
 * Both directions of the wire against the XSD embedded in the WSDL, checked by the JDK's own
 * validator: the bodies of the success fixtures, and every request {@link SessionLogClient} sends.
 */
@Tag("interop")
class SchemaValidationTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final EmbeddedSchema SCHEMA = EmbeddedSchema.of(InteropTools.WSDL);

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
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)));
        assertThat(requests).hasSize(1);
        Element operation = SoapXml.bodyChild(requests.get(0).getBody());
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
}
