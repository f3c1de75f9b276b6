package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault-injection table ({@link FaultScenario#all()}): faults, delays, dribbled bodies and
 * status codes from a real HTTP server. Each row checks the outcome's type, the attempts made (as
 * reported and as the server counted them), that the call took as long as the configuration says
 * it may and no longer, and that no thread outlives the client.
 */
class FaultInjectionTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static List<FaultScenario> scenarios() {
        return FaultScenario.all();
    }

    @BeforeAll
    static void warmUp() {
        // The first client in a JVM loads JAX-WS and JAXB, which would count against a row's time bound.
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
        UnacceptedPorts.shared();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void row(FaultScenario scenario) throws InterruptedException {
        ThreadCensus before = ThreadCensus.take();
        SessionLogClient.Builder builder = scenario.server().apply(wireMock);
        Outcome outcome;
        try (SessionLogClient client = builder.build()) {
            outcome = Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
        }

        if (scenario.expected() == null) {
            assertThat(outcome.failure()).as("failure").isNull();
            assertThat(outcome.records()).hasSize(2);
        } else {
            assertThat(outcome.failure()).as(String.valueOf(outcome.failure())).isExactlyInstanceOf(scenario.expected());
            assertThat(outcome.failure().attempts()).as("attempts() of " + outcome.failure()).isEqualTo(scenario.attempts());
            if (scenario.httpStatus() != 0) {
                assertThat(((EcGridOsTransportException) outcome.failure()).httpStatus()).hasValue(scenario.httpStatus());
            }
            SecretAssertions.assertNoSessionId(outcome.failure(), SoapStub.SESSION_ID);
        }
        if (scenario.servedByWireMock()) {
            wireMock.verify(scenario.expectedRequests(), postRequestedFor(urlEqualTo(SoapStub.PATH)));
        }
        assertThat(outcome.elapsed()).as("elapsed").isBetween(scenario.atLeast(), scenario.atMost());
        before.assertNoNewThreadsWithin(Duration.ofSeconds(3));
    }
}
