package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** close() stops new calls but lets every call admitted before it finish normally. */
class LifecycleTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(20)).build();

    private static void answerSlowly() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml")
                .withFixedDelay(400));
    }

    @Test
    void asyncCallsRunningOrQueuedAtCloseStillComplete() throws Exception {
        answerSlowly();
        SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build();
        List<CompletableFuture<List<SessionRecord>>> calls = new ArrayList<>();
        // More calls than the client's own pool has threads, so some are still queued at close().
        for (int i = 0; i < 6; i++) {
            calls.add(client.sessionLogAsync(SoapStub.SESSION_ID, 0, 20));
        }
        client.close();
        assertThatThrownBy(() -> client.sessionLogAsync(SoapStub.SESSION_ID, 0, 20))
                .isInstanceOf(IllegalStateException.class);
        for (CompletableFuture<List<SessionRecord>> call : calls) {
            assertThat(call.get(30, TimeUnit.SECONDS)).hasSize(2);
        }
        assertThat(wireMock.getAllServeEvents()).hasSize(6);
    }

    @Test
    void synchronousCallOnTheWireAtCloseStillCompletes() throws Exception {
        answerSlowly();
        SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build();
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            Future<List<SessionRecord>> call = caller.submit(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (wireMock.getAllServeEvents().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(wireMock.getAllServeEvents()).as("the call reached the server").hasSize(1);
            client.close();
            assertThat(call.get(30, TimeUnit.SECONDS)).hasSize(2);
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        } finally {
            caller.shutdownNow();
        }
    }
}
