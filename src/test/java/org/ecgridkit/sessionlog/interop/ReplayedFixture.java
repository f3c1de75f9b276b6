package org.ecgridkit.sessionlog.interop;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.util.List;
import org.ecgridkit.sessionlog.Fixtures;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;

/**
 * A response fixture that WireMock replays on a path of its own, so that one run of another SOAP
 * stack (one zeep process) can call every fixture of a contract, each with the operation whose
 * answer the fixture is.
 */
interface ReplayedFixture {

    /** The SOAP version of the fixture. */
    SoapVersion version();

    /** The fixture's file name, the same for both versions. */
    String name();

    /** The operation whose answer the fixture is, as the WSDL names it. */
    String operation();

    /** The fixture's resource name below {@code fixtures/}. */
    default String resource() {
        return SoapStub.fixture(version(), name());
    }

    /** The fixture's text. */
    default String text() {
        return Fixtures.read(resource());
    }

    /** Where WireMock replays the fixture, once {@link #stubAll} has run. */
    default URI endpoint(WireMockExtension wireMock) {
        return URI.create(wireMock.baseUrl() + "/replay/" + resource());
    }

    /** The call as {@code zeep_session_log.py} takes it: {@code <binding>:<operation>=<address>}. */
    default String zeepCall(WireMockExtension wireMock) {
        String binding = version() == SoapVersion.SOAP_1_2 ? "soap12" : "soap11";
        return binding + ":" + operation() + "=" + endpoint(wireMock);
    }

    /** Makes WireMock replay each fixture at its own path, whatever the request. */
    static void stubAll(WireMockExtension wireMock, List<? extends ReplayedFixture> fixtures) {
        for (ReplayedFixture fixture : fixtures) {
            wireMock.stubFor(post(urlEqualTo(fixture.endpoint(wireMock).getPath()))
                    .willReturn(SoapStub.soapResponse(fixture.version(), 200, fixture.name())));
        }
    }
}
