package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Many calls through one client against a loopback server: used heap after GC at the end stays
 * within 10 MB of its level after call 1,000, and the client starts no thread that stays. The
 * default build makes 10,000 calls; {@code mvn -B -Psoak test-compile surefire:test -Dtest=SoakTest} makes 100,000.
 */
class SoakTest {

    private static final int CALLS = Integer.getInteger("soak.calls", 10_000);
    private static final int BASELINE_AFTER = 1_000;
    private static final long MAX_GROWTH = 10L * 1024 * 1024;

    @Test
    void heapAndThreadsStayFlat() throws Exception {
        byte[] seed = Fixtures.read("seed-example.xml").getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(SoapStub.PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, seed.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(seed);
            }
        });
        server.start();
        try (SessionLogClient client = SessionLogClient.builder()
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SoapStub.PATH)).build()) {
            int threadsBefore = Thread.activeCount();
            long baseline = 0;
            long start = System.nanoTime();
            for (int call = 1; call <= CALLS; call++) {
                assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(2);
                if (call == BASELINE_AFTER) {
                    baseline = usedHeapAfterGc();
                }
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            long end = usedHeapAfterGc();
            int threadsAfter = Thread.activeCount();

            System.out.printf("soak: %d calls in %d ms; used heap after GC %.1f MB after call %d, %.1f MB at the end "
                            + "(delta %+.2f MB); live threads %d before, %d after%n",
                    CALLS, elapsed.toMillis(), baseline / 1048576.0, BASELINE_AFTER, end / 1048576.0,
                    (end - baseline) / 1048576.0, threadsBefore, threadsAfter);
            assertThat(end - baseline).as("heap growth in bytes").isLessThan(MAX_GROWTH);
            assertThat(threadsAfter).as("live threads").isLessThanOrEqualTo(threadsBefore + 1); // +1: the JDK's keep-alive timer
        } finally {
            server.stop(0);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
