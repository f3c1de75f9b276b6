package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads: every thread gets its own answer, and calls overlap on the wire. */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 200;

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(THREADS + 8)).build();

    private static String sessionIdOf(int thread) {
        return "THREAD-" + thread + "-SESSION-0000-" + (7000 + thread);
    }

    /** The seed example, rewritten so every value tells which thread's fixture it came from. */
    private static String fixtureOf(int thread) {
        return Fixtures.read("seed-example.xml")
                .replace("<UserID>12345</UserID>", "<UserID>" + (1000 + thread) + "</UserID>")
                .replace("<MailboxID>200</MailboxID>", "<MailboxID>" + (2000 + thread) + "</MailboxID>")
                .replace("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", "T" + thread + "-FIRST-SESSION");
    }

    @Test
    void sharedClientGivesEveryThreadItsOwnRecords() throws Exception {
        for (int t = 0; t < THREADS; t++) {
            wireMock.stubFor(post(urlEqualTo(SoapStub.PATH))
                    .withRequestBody(containing("<SessionID>" + sessionIdOf(t) + "</SessionID>"))
                    .willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", "text/xml; charset=utf-8")
                            .withBody(fixtureOf(t))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int verified = 0;
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        List<SessionRecord> records = client.sessionLog(sessionIdOf(thread), 0, 20);
                        assertThat(records).hasSize(2);
                        assertThat(records).allSatisfy(r -> {
                            assertThat(r.userId()).isEqualTo(1000 + thread);
                            assertThat(r.mailboxId()).isEqualTo(2000 + thread);
                        });
                        assertThat(records.get(0).sessionId()).isEqualTo("T" + thread + "-FIRST-SESSION");
                        verified++;
                    }
                    return verified;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(120, TimeUnit.SECONDS)).isEqualTo(CALLS_PER_THREAD);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(wireMock.getAllServeEvents()).hasSize(THREADS * CALLS_PER_THREAD);
    }

    /**
     * A server that answers only once four requests are in flight at the same moment. If the client
     * held a lock across the network call, the requests would arrive one by one, the barrier would
     * time out and every call would fail with HTTP 500.
     */
    @Test
    void callsOverlapOnTheWireWithNoLockHeldAcrossTheNetworkCall() throws Exception {
        int parties = 4;
        CyclicBarrier allInFlight = new CyclicBarrier(parties);
        byte[] body = Fixtures.read("seed-example.xml").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        ExecutorService serverThreads = Executors.newFixedThreadPool(parties * 2);
        server.setExecutor(serverThreads);
        server.createContext(SoapStub.PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status;
            try {
                allInFlight.await(20, TimeUnit.SECONDS);
                status = 200;
            } catch (Exception notAllArrived) {
                status = 500;
            }
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(status, status == 200 ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                if (status == 200) {
                    out.write(body);
                }
            }
        });
        server.start();
        ExecutorService callers = Executors.newFixedThreadPool(parties);
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SoapStub.PATH);
        try (SessionLogClient client = SessionLogClient.builder().endpoint(endpoint).build()) {
            List<Future<List<SessionRecord>>> calls = new ArrayList<>();
            for (int i = 0; i < parties; i++) {
                calls.add(callers.submit(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20)));
            }
            for (Future<List<SessionRecord>> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS)).hasSize(2);
            }
        } finally {
            callers.shutdownNow();
            server.stop(0);
            serverThreads.shutdownNow();
        }
    }
}
