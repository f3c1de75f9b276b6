package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The call timeout holds however late in the body the server stops sending: the body trickles in
 * until just before the deadline, then stalls, with a read timeout far longer than the call timeout.
 * Bounds are generous (the deadline plus 1.5 s): they check that the deadline is kept, not how fast.
 */
class CallTimeoutTest {

    private static final String SEED = Fixtures.read("seed-example.xml");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration MARGIN = Duration.ofMillis(1_500);

    /** Sends the answer a byte at a time until {@code trickleMillis} have passed, then nothing more. */
    private static RawHttpServer.Script trickleThenStall(long trickleMillis) {
        byte[] whole = RawHttpServer.message("HTTP/1.1 200 OK", List.of("Content-Type: text/xml; charset=utf-8"),
                SEED.getBytes(StandardCharsets.UTF_8));
        return (socket, out) -> {
            int sent = 0;
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(trickleMillis);
            while (System.nanoTime() < until && sent < whole.length - 50) {
                out.write(whole[sent++]);
                out.flush();
                Thread.sleep(2);
            }
            Thread.sleep(30_000);
        };
    }

    private static SessionLogClient.Builder client(RawHttpServer server) {
        return SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1).sslContext(TestTls.clientContext())
                .readTimeout(Duration.ofSeconds(10)).callTimeout(CALL_TIMEOUT);
    }

    @Test
    void overHttpsTheCallTimeoutHoldsWhenTheBodyStallsLate() throws Exception {
        try (RawHttpServer server = RawHttpServer.tls(n -> trickleThenStall(2_700));
             SessionLogClient client = client(server).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isExactlyInstanceOf(EcGridOsTimeoutException.class).hasMessageContaining("call timeout");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL_TIMEOUT.plus(MARGIN));
        }
    }

    /** The second call runs on the kept-alive connection of the first, whose socket was made before it, and stalls late. */
    @Test
    void overHttpsTheCallTimeoutHoldsOnAReusedConnection() throws Exception {
        byte[] whole = RawHttpServer.message("HTTP/1.1 200 OK", List.of("Content-Type: text/xml; charset=utf-8"),
                SEED.getBytes(StandardCharsets.UTF_8));
        RawHttpServer.Script keepAliveThenStall = (socket, out) -> {
            out.write(whole);
            out.flush();
            java.io.InputStream in = socket.getInputStream();
            byte[] request = new byte[8192];
            in.read(request); // the second request, on the same connection
            trickleThenStall(2_700).answer(socket, out);
        };
        try (RawHttpServer server = RawHttpServer.tls(n -> keepAliveThenStall);
             SessionLogClient client = client(server).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isExactlyInstanceOf(EcGridOsTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL_TIMEOUT.plus(MARGIN));
            assertThat(server.requests()).as("one connection served both calls").isEqualTo(1);
        }
    }

    @Test
    void overHttpsAnInterruptEndsACallStalledInTheBody() throws Exception {
        try (RawHttpServer server = RawHttpServer.tls(n -> trickleThenStall(300));
             SessionLogClient client = client(server).callTimeout(Duration.ofSeconds(60)).build()) {
            Thread caller = Thread.currentThread();
            CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                caller.interrupt();
            });
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isInstanceOf(EcGridOsException.class).hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1).plus(MARGIN));
        }
    }

    /**
     * Over plain http the JDK gives no way to close a socket blocked in a body read, so a stall that
     * starts late ends at the socket's read timeout: cut to what was left of the call when the
     * attempt began, and never more than the configured read timeout. This pins that bound.
     */
    @Test
    void overPlainHttpALateStallEndsWithinTheReadTimeoutOfTheDeadline() throws Exception {
        Duration readTimeout = Duration.ofSeconds(1);
        try (RawHttpServer server = new RawHttpServer(n -> trickleThenStall(2_700));
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                     .readTimeout(readTimeout).callTimeout(CALL_TIMEOUT).build()) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isInstanceOf(EcGridOsTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL_TIMEOUT.plus(readTimeout).plus(MARGIN));
        }
    }
}
