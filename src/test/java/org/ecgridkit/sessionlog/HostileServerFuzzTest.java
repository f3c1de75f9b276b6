package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The server side, fuzzed: random statuses and reason phrases (often echoing the session id in some
 * spelling), header shapes, charsets and cut points, from a raw socket. Whatever the server sends,
 * a call returns records or throws an {@link EcGridOsException} subtype, and no text of the failure
 * holds the session id in any spelling.
 */
class HostileServerFuzzTest {

    private static final String ID = SoapStub.SESSION_ID;
    private static final String SEED = Fixtures.read("seed-example.xml");
    private static final String FAULT = Fixtures.read("fault-echoing-session-id.xml");

    /** One hostile answer. */
    record Answer(int status, String reason, String contentType, List<String> extraHeaders, String body,
                  Charset charset, int cutAt) {
        byte[] bytes() {
            byte[] encoded = body.getBytes(charset);
            byte[] whole = RawHttpServer.message("HTTP/1.1 " + status + " " + reason,
                    contentType == null ? extraHeaders : concat(List.of("Content-Type: " + contentType), extraHeaders),
                    encoded);
            int keep = cutAt < 0 ? whole.length : Math.min(whole.length, whole.length - encoded.length + cutAt);
            byte[] part = new byte[keep];
            System.arraycopy(whole, 0, part, 0, keep);
            return part;
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    private static volatile Answer next;
    private static RawHttpServer server;

    @BeforeContainer
    static void start() throws IOException {
        server = RawHttpServer.always((socket, out) -> out.write(next.bytes()));
    }

    @AfterContainer
    static void stop() throws IOException {
        server.close();
    }

    @Property(tries = 300)
    void anyAnswerEndsInRecordsOrAnEcGridOsExceptionWithoutTheSessionId(@ForAll("answers") Answer answer) {
        next = answer;
        Outcome outcome;
        try (SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                .readTimeout(Duration.ofSeconds(2)).callTimeout(Duration.ofSeconds(5)).build()) {
            outcome = Outcome.of(() -> client.sessionLog(ID, 0, 10));
        }
        if (outcome.failure() != null) {
            SecretAssertions.assertNoSecretInAnyForm(outcome.failure(), ID);
        } else {
            assertThat(outcome.records()).isNotNull();
        }
    }

    @Provide
    Arbitrary<Answer> answers() {
        Arbitrary<Integer> status = Arbitraries.oneOf(Arbitraries.of(200, 200, 200, 500, 500, 401, 429, 503, 302, 204),
                Arbitraries.integers().between(-5, 3000));
        Arbitrary<String> echo = Arbitraries.of(ID, ID.toLowerCase(Locale.ROOT), ID.replace("-", ""),
                ID.replace("-", "").toLowerCase(Locale.ROOT), "{" + ID + "}");
        Arbitrary<String> reason = Arbitraries.oneOf(Arbitraries.of("OK", "", "Internal Server Error"),
                echo.map(e -> "Invalid session " + e), Arbitraries.strings().ascii().ofMaxLength(20)
                        .map(s -> s.replace("\r", "").replace("\n", "")));
        Arbitrary<String> contentType = Arbitraries.of("text/xml; charset=utf-8", "text/xml", "text/xml; charset=utf-16",
                "text/xml; charset=iso-8859-1", "text/html", "text/plain; charset=utf-8", "application/soap+xml",
                "text/xml; charset=nonsense", "text/xml; charset=\"utf-8\"").injectNull(0.1);
        Arbitrary<List<String>> headers = Arbitraries.of("Content-Encoding: gzip", "Transfer-Encoding: identity",
                "X-Session: " + ID, "Retry-After: " + ID, "Retry-After: 1", "Content-Type: text/html",
                "Connection: close", "Set-Cookie: s=" + ID.toLowerCase(Locale.ROOT)).list().ofMaxSize(3);
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.of(SEED, FAULT, "", "<html>" + ID + "</html>"),
                echo.map(e -> FAULT.replace(ID, e)), echo.map(e -> "plain " + e));
        Arbitrary<Charset> charset = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16,
                StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1);
        Arbitrary<Integer> cut = Arbitraries.oneOf(Arbitraries.just(-1), Arbitraries.just(-1),
                Arbitraries.integers().between(0, 400));
        return Combinators.combine(status, reason, contentType, headers, body, charset, cut).as(Answer::new);
    }
}
