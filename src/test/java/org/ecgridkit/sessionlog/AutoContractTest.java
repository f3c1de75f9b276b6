package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ServiceContract#AUTO}, the default: against a server of each contract, over both SOAP
 * versions, how many requests the first and later calls make, and what is remembered.
 */
class AutoContractTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PUBLISHED = "https://os.ecgrid.io/";
    private static final String DOCUMENTED = "http://www.ecgridos.net/";

    /** A server of the published contract: answers its requests, refuses the other's as .asmx does. */
    private static void publishedServer(SoapVersion version) {
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(PUBLISHED))
                .willReturn(SoapStub.soapResponse(version, 200, "published-sessions.xml")));
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(DOCUMENTED))
                .willReturn(SoapStub.soapResponse(version, 500, "routing-fault-documented-SessionLog.xml")));
    }

    /** A server of the documented contract, refusing the published request with the routing fault. */
    private static void documentedServer(SoapVersion version, String publishedOperation) {
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(PUBLISHED))
                .willReturn(SoapStub.soapResponse(version, 500, "routing-fault-published-" + publishedOperation + ".xml")));
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(DOCUMENTED))
                .willReturn(SoapStub.soapResponse(version, 200, "seed-example.xml")));
    }

    private static SessionLogClient autoClient(SoapVersion version) {
        return SoapStub.clientFor(wireMock, version).contract(ServiceContract.AUTO).build();
    }

    private static int requestsIn(String namespace) {
        return wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(namespace))).size();
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aPublishedServerIsReadWithOneRequestPerCall(SoapVersion version) {
        publishedServer(version);
        try (SessionLogClient client = SessionLogClient.builder().endpoint(SoapStub.endpoint(wireMock))
                .soapVersion(version).build()) {
            assertThat(client.contractInUse()).isEmpty();
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(3)
                    .extracting(SessionRecord::status).contains(SessionStatus.OPEN);
            assertThat(client.contractInUse()).contains(ServiceContract.PUBLISHED_WSDL);
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
        assertThat(requestsIn(PUBLISHED)).isEqualTo(2);
        assertThat(requestsIn(DOCUMENTED)).isZero();
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void aDocumentedServerCostsTheFirstCallOneMoreRequestAndThenOne(SoapVersion version) {
        documentedServer(version, "SessionLog");
        try (SessionLogClient client = SessionLogClient.builder().endpoint(SoapStub.endpoint(wireMock))
                .soapVersion(version).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .containsExactly(ResponseMappingTest.SEED_FIRST, ResponseMappingTest.SEED_SECOND);
            assertThat(client.contractInUse()).contains(ServiceContract.DOCUMENTED);
            assertThat(requestsIn(PUBLISHED)).isEqualTo(1);
            assertThat(requestsIn(DOCUMENTED)).isEqualTo(1);

            client.sessionLog(SoapStub.SESSION_ID, 4711, 20);
            client.currentSession(SoapStub.SESSION_ID);
        }
        assertThat(requestsIn(PUBLISHED)).as("after the first call, no more probing").isEqualTo(1);
        assertThat(requestsIn(DOCUMENTED)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void theRoutingFaultOfSessionLogExIsRecognisedToo(SoapVersion version) {
        documentedServer(version, "SessionLogEx");
        try (SessionLogClient client = autoClient(version)) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 4711, 20)).hasSize(2);
            assertThat(client.contractInUse()).contains(ServiceContract.DOCUMENTED);
        }
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void anAnswerInTheDocumentedNamespaceAlsoFallsBack(SoapVersion version) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, "seed-example.xml"));
        try (SessionLogClient client = autoClient(version)) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(2);
            assertThat(client.contractInUse()).contains(ServiceContract.DOCUMENTED);
        }
        assertThat(requestsIn(PUBLISHED)).isEqualTo(1);
        assertThat(requestsIn(DOCUMENTED)).isEqualTo(1);
    }

    @Test
    void aFaultThatDoesNotNameOurActionIsReportedAndNothingIsRemembered() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-authentication-category.xml"));
        try (SessionLogClient client = autoClient(SoapVersion.SOAP_1_1)) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOf(EcGridOsFaultException.class)
                    .satisfies(e -> assertThat(((EcGridOsFaultException) e).attempts()).isEqualTo(1));
            assertThat(client.contractInUse()).isEmpty();
        }
        assertThat(requestsIn(DOCUMENTED)).isZero();
    }

    @Test
    void anHttpFailureIsReportedAndTheNextCallProbesAgain() {
        SoapStub.answer(wireMock, status(503));
        try (SessionLogClient client = autoClient(SoapVersion.SOAP_1_1)) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOf(EcGridOsTransportException.class);
            assertThat(client.contractInUse()).isEmpty();
            wireMock.resetAll();
            publishedServer(SoapVersion.SOAP_1_1);
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(3);
            assertThat(client.contractInUse()).contains(ServiceContract.PUBLISHED_WSDL);
        }
    }

    @Test
    void theFallbackCountsOnInAttemptsAndAFailingFallbackReportsItsOwnFailure() {
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(PUBLISHED))
                .willReturn(SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "routing-fault-published-SessionLog.xml")));
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).withRequestBody(containing(DOCUMENTED))
                .willReturn(SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-authentication-category.xml")));
        try (SessionLogClient client = autoClient(SoapVersion.SOAP_1_1)) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOfSatisfying(EcGridOsFaultException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        assertThat(e.attempts()).as("the probe and the documented request").isEqualTo(2);
                    });
            assertThat(client.contractInUse()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServiceContract.class, names = {"DOCUMENTED", "PUBLISHED_WSDL"})
    void aPinnedContractNeverProbes(ServiceContract contract) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500,
                contract == ServiceContract.DOCUMENTED ? "routing-fault-documented-SessionLog.xml"
                        : "routing-fault-published-SessionLog.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).contract(contract).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOf(EcGridOsFaultException.class);
        }
        assertThat(wireMock.findAll(postRequestedFor(urlEqualTo(SoapStub.PATH)))).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void concurrentFirstCallsEachReturnTheRightAnswer(SoapVersion version) throws Exception {
        documentedServer(version, "SessionLog");
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (SessionLogClient client = autoClient(version)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<SessionRecord>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.sessionLog(SoapStub.SESSION_ID, 0, 20);
                }));
            }
            start.countDown();
            for (Future<List<SessionRecord>> result : results) {
                assertThat(result.get()).containsExactly(ResponseMappingTest.SEED_FIRST, ResponseMappingTest.SEED_SECOND);
            }
            assertThat(client.contractInUse()).contains(ServiceContract.DOCUMENTED);
            int probes = requestsIn(PUBLISHED);
            assertThat(probes).isBetween(1, threads);
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
            assertThat(requestsIn(PUBLISHED)).isEqualTo(probes);
        } finally {
            pool.shutdownNow();
        }
    }
}
