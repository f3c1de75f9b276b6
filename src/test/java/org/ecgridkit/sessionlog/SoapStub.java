package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;

/** Helpers that point a client at WireMock and make WireMock answer like the ECGridOS .asmx service. */
public final class SoapStub {
    /** The path the stubs listen on, as the real service's. */
    public static final String PATH = "/v4.1/prod/ECGridOS.asmx";
    /** A request session id used across the tests; it must never show up in any output. */
    public static final String SESSION_ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";

    private SoapStub() {
    }

    /** The endpoint of the stub service on this WireMock server. */
    public static URI endpoint(WireMockExtension wireMock) {
        return URI.create(wireMock.baseUrl() + PATH);
    }

    /**
     * A builder for a client of the stub, with short timeouts so failing tests fail fast, no
     * retries, so that each test sees exactly the one answer it stubbed (retries have their own
     * tests), and the documented contract pinned, which is what the fixtures without a contract in
     * their name speak (AUTO and the published contract have their own tests).
     */
    public static SessionLogClient.Builder clientFor(WireMockExtension wireMock, SoapVersion version) {
        return clientFor(endpoint(wireMock), version);
    }

    /** A builder for a client of any loopback test server, set up as the one above. */
    public static SessionLogClient.Builder clientFor(URI endpoint, SoapVersion version) {
        return SessionLogClient.builder()
                .endpoint(endpoint)
                .soapVersion(version)
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.none())
                .contract(ServiceContract.DOCUMENTED);
    }

    /** The content type a real .asmx service answers with for the SOAP version. */
    public static String contentType(SoapVersion version) {
        return version == SoapVersion.SOAP_1_2 ? "application/soap+xml; charset=utf-8" : "text/xml; charset=utf-8";
    }

    /** The fixture name for the SOAP version: SOAP 1.2 fixtures live under {@code soap12/}. */
    public static String fixture(SoapVersion version, String name) {
        return version == SoapVersion.SOAP_1_2 ? "soap12/" + name : name;
    }

    /** A response with the fixture as body and the version's SOAP content type. */
    public static ResponseDefinitionBuilder soapResponse(SoapVersion version, int status, String fixtureName) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", contentType(version))
                .withBody(Fixtures.read(fixture(version, fixtureName)));
    }

    /** Makes every SessionLog POST answer with the response. */
    public static void answer(WireMockExtension wireMock, ResponseDefinitionBuilder response) {
        wireMock.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }
}
