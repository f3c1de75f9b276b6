package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An interrupt ends a call at once, wherever it is (waiting for the server, or waiting to retry),
 * with an {@link EcGridOsException} and the thread's interrupt flag still set.
 */
class InterruptTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void interruptWhileWaitingForTheServer() throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml").withFixedDelay(20_000));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1)
                .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(30)).build()) {
            assertInterruptEndsCallPromptly(client, 1);
        }
    }

    @Test
    void interruptWhileWaitingToRetry() throws Exception {
        SoapStub.answer(wireMock, aResponse().withStatus(503).withHeader("Retry-After", "20"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1)
                .retryPolicy(RetryPolicy.standard()).callTimeout(Duration.ofSeconds(60)).build()) {
            assertInterruptEndsCallPromptly(client, 1);
        }
    }

    @Test
    void anAlreadyInterruptedThreadSendsNothing() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            Thread.currentThread().interrupt();
            Outcome outcome;
            try {
                outcome = Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            } finally {
                assertThat(Thread.interrupted()).as("interrupt flag kept (and cleared here)").isTrue();
            }
            assertThat(outcome.failure()).isExactlyInstanceOf(EcGridOsException.class);
            assertThat(outcome.failure().attempts()).isZero();
            assertThat(wireMock.getAllServeEvents()).isEmpty();
        }
    }

    private static void assertInterruptEndsCallPromptly(SessionLogClient client, int attempts) throws Exception {
        CompletableFuture<Thread> caller = new CompletableFuture<>();
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        CompletableFuture<Boolean> flagAfter = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            caller.complete(Thread.currentThread());
            result.complete(Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20)));
            flagAfter.complete(Thread.currentThread().isInterrupted());
        });
        thread.start();
        // Let the call get on the wire (or into its wait) before interrupting it.
        waitForRequest();
        Thread.sleep(300);
        long interruptedAt = System.nanoTime();
        caller.get().interrupt();

        Outcome outcome = result.get(5, TimeUnit.SECONDS);
        Duration afterInterrupt = Duration.ofNanos(System.nanoTime() - interruptedAt);

        assertThat(outcome.failure()).isExactlyInstanceOf(EcGridOsException.class);
        assertThat(outcome.failure().getMessage()).contains("interrupted");
        assertThat(outcome.failure().attempts()).isEqualTo(attempts);
        assertThat(flagAfter.get(1, TimeUnit.SECONDS)).as("interrupt flag restored").isTrue();
        // "At once": the watchdog checks every 20 ms; a second leaves room for a loaded machine.
        assertThat(afterInterrupt).isLessThan(Duration.ofSeconds(1));
        SecretAssertions.assertNoSessionId(outcome.failure(), SoapStub.SESSION_ID);
    }

    private static void waitForRequest() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (wireMock.getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
