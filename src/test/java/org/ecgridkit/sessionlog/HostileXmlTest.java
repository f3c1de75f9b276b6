package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses an attacker (or a compromised proxy) would send. Each is refused with
 * {@link EcGridOsResponseException}, quickly, without reading anything it points to, without
 * growing the heap, and without the client touching any JVM-wide setting.
 */
class HostileXmlTest {

    private static final String ENVELOPE_START =
            "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<SessionLogResponse xmlns=\"http://www.ecgridos.net/\"><SessionLogResult>";
    private static final String ENVELOPE_END = "</SessionLogResult></SessionLogResponse></soap:Body></soap:Envelope>";
    private static final String RECORD = "<SessionIDInfo><SessionID>%s</SessionID><UserID>1</UserID>"
            + "<NetworkID>2</NetworkID><MailboxID>3</MailboxID><Created>2026-01-01T00:00:00Z</Created>"
            + "<Expires>2026-01-01T01:00:00Z</Expires></SessionIDInfo>";

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path temp;

    @BeforeAll
    static void warmUp() {
        // The first call in a JVM loads much of JAXB and the RI; that is not what the timings here are about.
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
    }

    @Test
    void externalEntityPointingAtALocalFileIsNeverRead() throws IOException {
        String marker = "XXE-MARKER-" + UUID.randomUUID();
        Path secret = Files.writeString(temp.resolve("secret.txt"), marker);
        String body = "<?xml version=\"1.0\"?><!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>" + ENVELOPE_START + String.format(RECORD, "&xxe;") + ENVELOPE_END;

        try (LogCapture logs = LogCapture.start()) {
            EcGridOsException failure = callExpectingResponseFailure(body);
            assertThat(failure.getMessage()).contains("document type declaration");
            assertThat(printed(failure)).doesNotContain(marker);
            assertThat(String.join("\n", logs.texts())).doesNotContain(marker);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"external DTD", "external parameter entity"})
    void externalDtdIsNeverFetched(String form) {
        String dtd = wireMock.baseUrl() + "/evil.dtd";
        wireMock.stubFor(get(urlEqualTo("/evil.dtd")).willReturn(aResponse().withBody("<!ENTITY leak \"x\">")));
        String doctype = form.equals("external DTD")
                ? "<!DOCTYPE soap:Envelope SYSTEM \"" + dtd + "\">"
                : "<!DOCTYPE soap:Envelope [<!ENTITY % remote SYSTEM \"" + dtd + "\"> %remote;]>";

        callExpectingResponseFailure("<?xml version=\"1.0\"?>" + doctype + ENVELOPE_START + ENVELOPE_END);

        wireMock.verify(0, anyRequestedFor(urlMatching("/evil.*")));
    }

    @Test
    void billionLaughsFailsFastWithoutGrowingTheHeap() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE soap:Envelope [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        String body = "<?xml version=\"1.0\"?>" + doctype + ENVELOPE_START + String.format(RECORD, "&lol10;") + ENVELOPE_END;
        long heapBefore = usedHeapAfterGc();

        Outcome outcome = refusedCall(body);

        assertThat(outcome.elapsed()).isLessThan(Duration.ofSeconds(1));
        // Expanded, the entity would be 3 × 10^10 characters; anything near that would show here.
        assertThat(usedHeapAfterGc() - heapBefore).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() {
        String deep = "<x>".repeat(10_000) + "</x>".repeat(10_000);
        String body = ENVELOPE_START + String.format(RECORD, "ABCDEFGH12345678").replace("</Expires>", "</Expires>" + deep)
                + ENVELOPE_END;

        EcGridOsException failure = callExpectingResponseFailure(body);

        assertThat(failure.getMessage()).contains("deeper than");
    }

    @ParameterizedTest(name = "declared length: {0}")
    @ValueSource(booleans = {true, false})
    void a64MiBResponseIsRefusedWithoutReadingPastTheLimit(boolean declaresLength) throws IOException {
        long size = 64L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        HttpServer server = streamingServer(size, declaresLength, sent);
        try (SessionLogClient client = SessionLogClient.builder()
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + SoapStub.PATH))
                .retryPolicy(RetryPolicy.none()).build()) {
            Outcome outcome = Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            EcGridOsException failure = outcome.failure();

            assertThat(failure).isExactlyInstanceOf(EcGridOsResponseException.class);
            assertThat(failure.getMessage()).contains("maxResponseBytes (16777216 bytes)");
        } finally {
            server.stop(0);
        }
        // The client stopped reading at the limit; only what socket buffers took could have been sent past it.
        assertThat(sent.get()).isLessThan(size / 2);
    }

    @Test
    void theLimitIsExact() {
        String body = ENVELOPE_START + String.format(RECORD, "ABCDEFGH12345678") + ENVELOPE_END;
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        SoapStub.answer(wireMock, aResponse().withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body));

        try (SessionLogClient exact = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).maxResponseBytes(length).build();
             SessionLogClient short1 = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).maxResponseBytes(length - 1).build()) {
            assertThat(exact.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(1);
            assertThat(Outcome.of(() -> short1.sessionLog(SoapStub.SESSION_ID, 0, 20)).failure())
                    .isExactlyInstanceOf(EcGridOsResponseException.class);
        }
    }

    @Test
    void theClientChangesNoSystemProperty() {
        Properties before = (Properties) System.getProperties().clone();
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
        assertThat(System.getProperties()).isEqualTo(before);
    }

    private static EcGridOsException callExpectingResponseFailure(String body) {
        return refusedCall(body).failure();
    }

    /** Serves the body and checks the call was refused; the outcome's time is the call's alone, not the client's build. */
    private static Outcome refusedCall(String body) {
        SoapStub.answer(wireMock, aResponse().withHeader("Content-Type", "text/xml; charset=utf-8").withBody(body));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            Outcome outcome = Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
            assertThat(outcome.failure()).isExactlyInstanceOf(EcGridOsResponseException.class);
            SecretAssertions.assertNoSessionId(outcome.failure(), SoapStub.SESSION_ID);
            return outcome;
        }
    }

    /** Serves {@code size} bytes of records, generated as they are written, counting what it sent. */
    private static HttpServer streamingServer(long size, boolean declaresLength, AtomicLong sent) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] record = String.format(RECORD, "ABCDEFGH12345678").getBytes(StandardCharsets.UTF_8);
        byte[] start = ENVELOPE_START.getBytes(StandardCharsets.UTF_8);
        server.createContext(SoapStub.PATH, exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, declaresLength ? size : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(start);
                sent.addAndGet(start.length);
                while (sent.get() + record.length <= size) {
                    out.write(record);
                    sent.addAndGet(record.length);
                }
                out.write(new byte[(int) (size - sent.get())]); // pad to the exact size; never reached
            } catch (IOException clientWentAway) {
                // Expected: the client closes the connection at its limit.
            }
        });
        server.start();
        return server;
    }

    private static String printed(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
