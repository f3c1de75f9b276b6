package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A successful answer is parsed as it arrives rather than read into an array first. These tests
 * pin what that must not change about the connection: a used answer is read to its end so the
 * connection is reused, and a failed one drops its connection instead of returning it half-read.
 */
class StreamedBodyTest {

    private static final String SEED = Fixtures.read("seed-example.xml");
    /**
     * Whitespace after the envelope is legal XML and is far more than a parser reads ahead, so the
     * client must read the rest of the body itself for the connection to be reusable.
     */
    private static final String SEED_WITH_LONG_TAIL = SEED + " ".repeat(64 * 1024);

    @ParameterizedTest(name = "chunked = {0}")
    @ValueSource(booleans = {false, true})
    void successfulCallsReuseOneConnection(boolean chunked) throws Exception {
        try (CountingHttpServer server = new CountingHttpServer(() -> SEED_WITH_LONG_TAIL, chunked);
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1).build()) {
            for (int i = 0; i < 20; i++) {
                assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
            }
            assertThat(server.requests()).isEqualTo(20);
            assertThat(server.connections()).as("connections opened for 20 sequential calls").isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "chunked = {0}")
    @ValueSource(booleans = {false, true})
    void anAnswerThatFailsMidBodyDropsItsConnection(boolean chunked) throws Exception {
        Iterator<String> answers = List.of(Fixtures.read("missing-created.xml") + " ".repeat(64 * 1024), SEED).iterator();
        try (CountingHttpServer server = new CountingHttpServer(answers::next, chunked);
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isInstanceOf(EcGridOsResponseException.class)
                    .hasMessageContaining("Created");
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
            assertThat(server.requests()).isEqualTo(2);
            assertThat(server.connections()).as("the failed answer's connection is not reused").isEqualTo(2);
        }
    }

    /** Cut mid-payload: with Content-Length the JDK sees a clean early end; chunked, broken framing. */
    @ParameterizedTest(name = "chunked = {0}")
    @ValueSource(booleans = {false, true})
    void aBodyCutShortIsABrokenAnswerAndRetried(boolean chunked) throws Exception {
        Iterator<CountingHttpServer.Answer> answers = List.of(
                CountingHttpServer.Answer.cutShort(SEED, SEED.length() / 2), CountingHttpServer.Answer.whole(SEED)).iterator();
        RetryPolicy twoQuickAttempts = RetryPolicy.builder().maxAttempts(2)
                .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(1)).build();
        try (CountingHttpServer server = CountingHttpServer.answering(answers::next, chunked);
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                     .retryPolicy(twoQuickAttempts).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @Test
    void withoutRetriesACutBodyIsATransportFailureNotABadResponse() throws Exception {
        try (CountingHttpServer server = CountingHttpServer.answering(
                     () -> CountingHttpServer.Answer.cutShort(SEED, SEED.length() / 2), false);
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isExactlyInstanceOf(EcGridOsTransportException.class)
                    .hasMessageContaining("declared")
                    .satisfies(e -> assertThat(((EcGridOsException) e).attempts()).isEqualTo(1));
        }
    }

    /** A body that stops mid-payload is cut at the call timeout, not at the (longer) read timeout. */
    @Test
    void aBodyThatStallsMidPayloadEndsAtTheCallTimeout() throws Exception {
        try (CountingHttpServer server = CountingHttpServer.answering(
                     () -> new CountingHttpServer.Answer(SEED, SEED.length() / 2, 10_000), false);
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                     .readTimeout(Duration.ofSeconds(8)).callTimeout(Duration.ofMillis(800)).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isExactlyInstanceOf(EcGridOsTimeoutException.class)
                    .hasMessageContaining("call timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(700), Duration.ofSeconds(5));
        }
    }
}
