package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** What the client puts on the wire, and that building it puts nothing there. */
class WireRequestTest {

    private static final String NS = "http://www.ecgridos.net/";
    private static final String ACTION = "http://www.ecgridos.net/SessionLog";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)));
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    private static Element bodyElement(LoggedRequest request, String envelopeNs) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(request.getBody()));
        Element envelope = doc.getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(envelopeNs);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        Element body = (Element) envelope.getElementsByTagNameNS(envelopeNs, "Body").item(0);
        return firstElement(body);
    }

    private static Element firstElement(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                return (Element) n;
            }
        }
        throw new AssertionError("no element child in " + parent.getNodeName());
    }

    private static String childText(Element parent, String localName) {
        List<Element> matches = new java.util.ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && NS.equals(n.getNamespaceURI()) && localName.equals(n.getLocalName())) {
                matches.add((Element) n);
            }
        }
        assertThat(matches).as("exactly one {%s}%s", NS, localName).hasSize(1);
        return matches.get(0).getTextContent();
    }

    private static void assertSessionLogBody(Element operation) {
        assertThat(operation.getNamespaceURI()).isEqualTo(NS);
        assertThat(operation.getLocalName()).isEqualTo("SessionLog");
        assertThat(childText(operation, "SessionID")).isEqualTo(SoapStub.SESSION_ID);
        assertThat(childText(operation, "UserID")).isEqualTo("4711");
        assertThat(childText(operation, "MaxRecords")).isEqualTo("32767");
    }

    /** Makes one call with UserID 4711 and MaxRecords 32767 and returns what reached the server. */
    private static LoggedRequest sendOneCall(SoapVersion version) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version).build()) {
            client.sessionLog(SoapStub.SESSION_ID, 4711, 32767);
        }
        return onlyRequest();
    }

    @Test
    void soap11RequestCarriesActionHeaderContentTypeAndTheThreeValues() throws Exception {
        LoggedRequest request = sendOneCall(SoapVersion.SOAP_1_1);
        assertThat(request.getHeader("SOAPAction")).isEqualTo('"' + ACTION + '"');
        assertThat(request.getHeader("Content-Type")).startsWith("text/xml").containsIgnoringCase("charset=utf-8");
        // Only what the client can read: no multipart, and not HttpURLConnection's browser default.
        assertThat(request.getHeader("Accept")).isEqualTo("text/xml");
        assertSessionLogBody(bodyElement(request, "http://schemas.xmlsoap.org/soap/envelope/"));
    }

    @Test
    void soap12RequestCarriesActionAsContentTypeParameterAndTheThreeValues() throws Exception {
        LoggedRequest request = sendOneCall(SoapVersion.SOAP_1_2);
        assertThat(request.getHeader("Content-Type")).startsWith("application/soap+xml")
                .containsIgnoringCase("charset=utf-8").contains("action=\"" + ACTION + "\"");
        assertThat(request.containsHeader("SOAPAction")).isFalse();
        assertThat(request.getHeader("Accept")).isEqualTo("application/soap+xml");
        assertSessionLogBody(bodyElement(request, "http://www.w3.org/2003/05/soap-envelope"));
    }

    @Test
    void twoArgumentOverloadSendsUserIdZero() throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
        Element operation = bodyElement(onlyRequest(), "http://schemas.xmlsoap.org/soap/envelope/");
        assertThat(childText(operation, "UserID")).isEqualTo("0");
        assertThat(childText(operation, "MaxRecords")).isEqualTo("20");
    }

    /**
     * JAXB writes the request: a parser on the server side must read back exactly the id that was
     * passed, markup characters, line ends and all.
     */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aSessionIdWithMarkupLineEndsAndNonAsciiArrivesExactly(SoapVersion version) throws Exception {
        String awkward = "a&b<c>d]]>e\"f'g\r\nh\ti é \uD83D\uDE00 &amp;";
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version).build()) {
            client.sessionLog(awkward, 0, 5);
        }
        String envelopeNs = version == SoapVersion.SOAP_1_2
                ? "http://www.w3.org/2003/05/soap-envelope" : "http://schemas.xmlsoap.org/soap/envelope/";
        assertThat(childText(bodyElement(onlyRequest(), envelopeNs), "SessionID")).isEqualTo(awkward);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void buildingAClientSendsNothingNotEvenAWsdlRequest(SoapVersion version) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, "seed-example.xml"));
        try (SessionLogClient auto = SoapStub.clientFor(wireMock, version).contract(ServiceContract.AUTO).build()) {
            assertThat(auto).isNotNull();
        }
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version).build()) {
            assertThat(wireMock.getAllServeEvents()).as("requests after build()").isEmpty();
            client.sessionLog(SoapStub.SESSION_ID, 0, 5);
        }
        LoggedRequest request = onlyRequest();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(SoapStub.PATH);
    }

    @Test
    void theWsdlTheServiceReadsIsTheOnePackagedOnTheClasspath() {
        // What proves "no network" is the empty WireMock journal above; this pins where the WSDL comes from.
        assertThat(SessionLogClient.class.getResource("/META-INF/wsdl/ECGridOS.wsdl")).isNotNull();
        assertThat(SessionLogClient.class.getResource("/META-INF/wsdl/ECGridOS-published.wsdl")).isNotNull();
        jakarta.xml.ws.WebServiceClient annotation = org.ecgridkit.sessionlog.internal.soap.documented.ECGridOS.class
                .getAnnotation(jakarta.xml.ws.WebServiceClient.class);
        assertThat(annotation.wsdlLocation()).isEqualTo("/META-INF/wsdl/ECGridOS.wsdl");
        jakarta.xml.ws.WebServiceClient published = org.ecgridkit.sessionlog.internal.soap.published.ECGridOSX0020APIX0020V4.class
                .getAnnotation(jakarta.xml.ws.WebServiceClient.class);
        assertThat(published.wsdlLocation()).isEqualTo("/META-INF/wsdl/ECGridOS-published.wsdl");
        try (SessionLogClient client = SessionLogClient.create()) {
            assertThat(client.toString()).contains(SessionLogClient.DEFAULT_ENDPOINT.toString());
        }
    }
}
