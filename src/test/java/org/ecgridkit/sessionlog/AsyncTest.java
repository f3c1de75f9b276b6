package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AsyncTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static List<Thread> clientPoolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("ecgridos-sessionlog-") && t.getName().contains("-async-"))
                .toList();
    }

    @Test
    void runsOnTheConfiguredExecutor() throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "user-supplied-executor"));
        AtomicInteger submitted = new AtomicInteger();
        Executor counting = task -> {
            submitted.incrementAndGet();
            pool.execute(task);
        };
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).executor(counting).build()) {
            List<SessionRecord> records = client.sessionLogAsync(SoapStub.SESSION_ID, 0, 20).get(30, TimeUnit.SECONDS);
            assertThat(records).containsExactly(ResponseMappingTest.SEED_FIRST, ResponseMappingTest.SEED_SECOND);
            assertThat(submitted).hasValue(1);
        }
        assertThat(pool.isShutdown()).as("the client leaves a user's executor running").isFalse();
        pool.shutdown();
    }

    @Test
    void defaultPoolUsesDaemonThreadsThatCloseShutsDown() throws Exception {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build();
        List<Thread> before = clientPoolThreads();
        assertThat(client.sessionLogAsync(SoapStub.SESSION_ID, 0, 20).get(30, TimeUnit.SECONDS)).hasSize(2);
        List<Thread> started = clientPoolThreads().stream().filter(t -> !before.contains(t)).toList();
        assertThat(started).isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());

        client.close();
        for (Thread t : started) {
            t.join(10_000);
            assertThat(t.isAlive()).as("%s after close()", t.getName()).isFalse();
        }
    }

    @Test
    void failuresArriveAsTheSameExceptionTypes() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-authentication-category.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            CompletableFuture<List<SessionRecord>> future = client.sessionLogAsync(SoapStub.SESSION_ID, 0, 20);

            Throwable fromGet = catchThrowable(() -> future.get(30, TimeUnit.SECONDS));
            assertThat(fromGet).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(EcGridOsFaultException.class);
            assertThat(((EcGridOsFaultException) fromGet.getCause()).category()).isEqualTo(ErrorCategory.AUTHENTICATION);

            assertThat(catchThrowable(future::join)).isInstanceOf(CompletionException.class)
                    .cause().isInstanceOf(EcGridOsFaultException.class);
            Throwable seen = future.handle((records, failure) -> failure).join();
            assertThat(seen).isInstanceOf(EcGridOsFaultException.class);
        }
    }

    @Test
    void rejectedExecutionFailsTheFutureWithinTheFamily() {
        Executor rejecting = task -> {
            throw new RejectedExecutionException("full");
        };
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).executor(rejecting).build()) {
            Throwable failure = client.sessionLogAsync(SoapStub.SESSION_ID, 0, 20).handle((r, t) -> t).join();
            assertThat(failure).isExactlyInstanceOf(EcGridOsException.class)
                    .hasCauseInstanceOf(RejectedExecutionException.class);
        }
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }
}
