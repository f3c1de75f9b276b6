package org.ecgridkit.sessionlog.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.Fixtures;
import org.ecgridkit.sessionlog.RetryPolicy;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SoapStub;

/**
 * Property: whatever damage a response has taken, the client returns the right records or throws
 * an {@link EcGridOsException} subtype (the one the damage calls for, where it calls for one) —
 * never another exception and never a hang. Each try is bounded by a guard outside the client.
 */
class ResponseFuzzTest {

    static final int TRIES = 1000;
    private static final List<String> FIXTURES = List.of("seed-example.xml", "offset-less-and-seven-digit-timestamps.xml",
            "unknown-extra-elements.xml", "nil-entry.xml");

    private static HttpServer server;
    private static volatile byte[] body;
    private static SessionLogClient client;
    private static ExecutorService guard;

    @BeforeContainer
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(SoapStub.PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = body;
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        client = SessionLogClient.builder()
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SoapStub.PATH))
                .retryPolicy(RetryPolicy.none()).callTimeout(Duration.ofSeconds(5)).build();
        guard = Executors.newSingleThreadExecutor();
    }

    @AfterContainer
    static void stop() {
        client.close();
        guard.shutdownNow();
        server.stop(0);
    }

    @Provide
    Arbitrary<String> fixtures() {
        return Arbitraries.of(FIXTURES);
    }

    @Property(tries = TRIES)
    void damagedResponsesGiveRecordsOrAnEcGridOsException(@ForAll("fixtures") String fixture,
                                                           @ForAll Mutation mutation,
                                                           @ForAll long seed) throws Exception {
        String original = Fixtures.read(fixture);
        List<SessionRecord> expected = call(original.getBytes(StandardCharsets.UTF_8));
        Mutation.Mutated mutated = mutation.apply(original, new Random(seed));

        Object outcome = call(mutated.body(), true);

        switch (mutated.expect()) {
            case RESPONSE_FAILURE -> assertThat(outcome).isInstanceOf(EcGridOsResponseException.class);
            case RECORDS -> assertThat(outcome).isEqualTo(reorder(expected, original, mutated.entryOrder()));
            case ORIGINAL_OR_FAILURE -> {
                if (!(outcome instanceof EcGridOsException)) {
                    assertThat(outcome).isEqualTo(reorder(expected, original, mutated.entryOrder()));
                }
            }
            // call() lets nothing but records or an EcGridOsException through, and bounds the time.
            case ANY -> assertThat(outcome).isNotNull();
        }
    }

    private static List<SessionRecord> call(byte[] response) throws Exception {
        @SuppressWarnings("unchecked")
        List<SessionRecord> records = (List<SessionRecord>) call(response, false);
        return records;
    }

    /** The records, or the EcGridOsException; any other exception fails the try, and so does a hang. */
    private static Object call(byte[] response, boolean failureAllowed) throws Exception {
        body = response;
        Future<Object> result = guard.submit(() -> {
            try {
                return client.sessionLog(SoapStub.SESSION_ID, 0, 20);
            } catch (EcGridOsException expected) {
                if (!failureAllowed) {
                    throw expected;
                }
                return expected;
            }
        });
        try {
            return result.get(15, TimeUnit.SECONDS);
        } catch (TimeoutException hang) {
            result.cancel(true);
            throw new AssertionError("the call did not end within 15 s", hang);
        }
    }

    /** The original records in the order the mutation left the entries, nil entries (which the client skips) aside. */
    private static List<SessionRecord> reorder(List<SessionRecord> records, String original, List<Integer> order) {
        if (records.size() != Mutation.entryCount(original)) {
            throw new IllegalStateException("fixture entries and records differ; pick fixtures without nil entries for RECORDS");
        }
        return order.stream().map(records::get).toList();
    }
}
