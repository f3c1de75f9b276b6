package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecgridkit.sessionlog.SecretAssertions.assertNoSecretInAnyForm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the client promises whatever a server sends: every failure is an {@link EcGridOsException}
 * subtype, the session id is masked however the server spells it back, a cut, reset or stalled body
 * is a (retried) transport failure or timeout, and the call timeout holds. Each server here is a raw
 * socket that writes exactly the bytes the test chooses.
 */
class HostileServerTest {

    private static final String ID = SoapStub.SESSION_ID;
    private static final String SEED = Fixtures.read("seed-example.xml");
    private static final RetryPolicy TWO_QUICK_ATTEMPTS = RetryPolicy.builder().maxAttempts(2)
            .baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(1)).build();

    /** The spellings of the session id that servers echo: as sent, upper and lower case, without hyphens (SQL Server's and .NET's "N" form), braced. */
    static List<String> echoes() {
        String bare = ID.replace("-", "");
        return List.of(ID, ID.toLowerCase(Locale.ROOT), ID.toUpperCase(Locale.ROOT), bare,
                bare.toLowerCase(Locale.ROOT), "{" + ID.toLowerCase(Locale.ROOT) + "}");
    }

    private static Outcome call(RawHttpServer server) {
        return call(server, RetryPolicy.none());
    }

    private static Outcome call(RawHttpServer server, RetryPolicy policy) {
        try (SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                .retryPolicy(policy).callTimeout(Duration.ofSeconds(20)).build()) {
            return Outcome.of(() -> client.sessionLog(ID, 0, 10));
        }
    }

    // ---- masking ------------------------------------------------------------------------------

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {401, 500, 503})
    void aReasonPhraseEchoingTheSessionIdIsMaskedEverywhere(int status) throws Exception {
        for (String echo : echoes()) {
            try (RawHttpServer server = RawHttpServer.always(RawHttpServer.answer(
                    "HTTP/1.1 " + status + " Invalid session " + echo, List.of("Content-Type: text/plain"),
                    ("no session " + echo).getBytes(StandardCharsets.UTF_8)))) {
                EcGridOsException failure = call(server).failure();
                assertThat(failure).isExactlyInstanceOf(EcGridOsTransportException.class);
                assertThat(((EcGridOsTransportException) failure).httpStatus()).hasValue(status);
                assertNoSecretInAnyForm(failure, ID);
            }
        }
    }

    @Test
    void aFaultEchoingTheSessionIdInAnySpellingIsMaskedEverywhere() throws Exception {
        for (String echo : echoes()) {
            String bare = ID.replace("-", "");
            String fault = """
                    <?xml version="1.0" encoding="utf-8"?>
                    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
                      <soap:Body><soap:Fault xmlns:s="urn:session:%2$s">
                        <faultcode>s:Session%3$s</faultcode>
                        <faultstring>Session %1$s is not valid.</faultstring>
                        <detail><ErrorInfo><ErrorCode>%1$s</ErrorCode><ErrorItem>%1$s</ErrorItem></ErrorInfo></detail>
                      </soap:Fault></soap:Body>
                    </soap:Envelope>""".formatted(echo, echo, bare);
            try (RawHttpServer server = RawHttpServer.always(RawHttpServer.answer("HTTP/1.1 500 Internal Server Error",
                    List.of("Content-Type: text/xml; charset=utf-8"), fault.getBytes(StandardCharsets.UTF_8)))) {
                EcGridOsException failure = call(server).failure();
                assertThat(failure).isExactlyInstanceOf(EcGridOsFaultException.class);
                EcGridOsFaultException decoded = (EcGridOsFaultException) failure;
                assertNoSecretInAnyForm(decoded.faultCode(), ID);
                assertNoSecretInAnyForm(decoded.faultString(), ID);
                assertNoSecretInAnyForm(decoded.errorCode().orElse(""), ID);
                assertNoSecretInAnyForm(failure, ID);
            }
        }
    }

    /** Metro servers put the server-side exception in the detail; the RI makes it the fault's cause. */
    @Test
    void aFaultCarryingTheServersExceptionIsDecodedWithItsCauseKept() throws Exception {
        String fault = """
                <?xml version="1.0" encoding="utf-8"?>
                <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/">
                  <S:Body><S:Fault>
                    <faultcode>S:Server</faultcode>
                    <faultstring>lookup failed</faultstring>
                    <detail><ns2:exception xmlns:ns2="http://jax-ws.dev.java.net/" class="java.lang.IllegalStateException" note="To disable this feature, set com.sun.xml.ws.fault.SOAPFaultBuilder.disableCaptureStackTrace system property to false"><message>no session %s</message><ns2:stackTrace><ns2:frame class="com.example.Service" file="Service.java" line="42" method="sessionLog"/></ns2:stackTrace></ns2:exception></detail>
                  </S:Fault></S:Body>
                </S:Envelope>""".formatted(ID.toLowerCase(Locale.ROOT));
        try (RawHttpServer server = RawHttpServer.always(RawHttpServer.answer("HTTP/1.1 500 Internal Server Error",
                List.of("Content-Type: text/xml; charset=utf-8"), fault.getBytes(StandardCharsets.UTF_8)))) {
            EcGridOsException failure = call(server).failure();
            assertThat(failure).isExactlyInstanceOf(EcGridOsFaultException.class);
            assertThat(((EcGridOsFaultException) failure).faultString()).isEqualTo("lookup failed");
            assertThat(failure.getCause()).isNotNull();
            assertThat(failure.getCause().getCause()).as("the server's exception, kept").isNotNull();
            assertNoSecretInAnyForm(failure, ID);
        }
    }

    // ---- status lines the contract does not expect ---------------------------------------------

    @ParameterizedTest(name = "status line {0}")
    @ValueSource(strings = {"HTTP/1.1 2000 X", "HTTP/1.1 600 Odd", "HTTP/1.1 999 Odd", "HTTP/1.1 1000 Odd",
        "HTTP/1.1 0 Zero", "HTTP/1.1 -200 Minus", "HTTP/1.1 20 Short", "HTTP/1.1 abc", "HTTP/1.1", "HTTP/1.1 200",
        "HTTP/2.0 200 OK", "ICY 200 OK", "garbage"})
    void anOddStatusLineIsATransportFailure(String statusLine) throws Exception {
        try (RawHttpServer server = RawHttpServer.always(RawHttpServer.answer(statusLine,
                List.of("Content-Type: text/xml; charset=utf-8"), SEED.getBytes(StandardCharsets.UTF_8)))) {
            Outcome outcome = call(server);
            if (outcome.failure() != null) {
                assertThat(outcome.failure()).isInstanceOfAny(EcGridOsTransportException.class,
                        EcGridOsResponseException.class);
                assertNoSecretInAnyForm(outcome.failure(), ID);
            }
        }
    }

    @Test
    void statusTwoThousandIsATransportFailureWithoutStatus() throws Exception {
        try (RawHttpServer server = RawHttpServer.always(RawHttpServer.answer("HTTP/1.1 2000 X",
                List.of("Content-Type: text/xml; charset=utf-8"), SEED.getBytes(StandardCharsets.UTF_8)))) {
            EcGridOsException failure = call(server).failure();
            assertThat(failure).isExactlyInstanceOf(EcGridOsTransportException.class).hasMessageContaining("2000");
            assertThat(((EcGridOsTransportException) failure).httpStatus()).isEmpty();
        }
    }

    @Test
    void endlessInformationalAnswersAreATransportFailure() throws Exception {
        byte[] hundred = "HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        try (RawHttpServer server = RawHttpServer.always((socket, out) -> {
            byte[] many = new byte[hundred.length * 1000];
            for (int i = 0; i < 1000; i++) {
                System.arraycopy(hundred, 0, many, i * hundred.length, hundred.length);
            }
            while (!socket.isClosed()) {
                out.write(many);
            }
        })) {
            assertThat(call(server).failure()).isExactlyInstanceOf(EcGridOsTransportException.class);
        }
    }

    // ---- bodies cut, reset or stalled early ------------------------------------------------------

    @ParameterizedTest(name = "cut after {0} body bytes")
    @ValueSource(ints = {0, 1, 20, 38, 100, 150, 199, 250})
    void aBodyCutEarlyIsATransportFailureAndRetried(int bytes) throws Exception {
        RawHttpServer.Script cut = (socket, out) -> out.write(RawHttpServer.headAndFirstBytes(SEED, bytes));
        try (RawHttpServer server = new RawHttpServer(n -> n == 1 ? cut : RawHttpServer.ok(SEED))) {
            assertThat(call(server, TWO_QUICK_ATTEMPTS).records()).hasSize(2);
            assertThat(server.requests()).isEqualTo(2);
        }
        try (RawHttpServer server = RawHttpServer.always(cut)) {
            assertThat(call(server).failure()).isExactlyInstanceOf(EcGridOsTransportException.class);
        }
    }

    @ParameterizedTest(name = "reset after {0} body bytes")
    @ValueSource(ints = {1, 50, 150, 199})
    void aBodyResetEarlyIsATransportFailureAndRetried(int bytes) throws Exception {
        RawHttpServer.Script reset = (socket, out) -> {
            out.write(RawHttpServer.headAndFirstBytes(SEED, bytes));
            out.flush();
            Thread.sleep(50);
            RawHttpServer.reset(socket);
        };
        try (RawHttpServer server = new RawHttpServer(n -> n == 1 ? reset : RawHttpServer.ok(SEED))) {
            assertThat(call(server, TWO_QUICK_ATTEMPTS).records()).hasSize(2);
            assertThat(server.requests()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "stall after {0} body bytes")
    @ValueSource(ints = {1, 100, 199})
    void aBodyStalledEarlyIsATimeoutAndRetried(int bytes) throws Exception {
        RawHttpServer.Script stall = (socket, out) -> {
            out.write(RawHttpServer.headAndFirstBytes(SEED, bytes));
            out.flush();
            Thread.sleep(30_000);
        };
        try (RawHttpServer server = new RawHttpServer(n -> n == 1 ? stall : RawHttpServer.ok(SEED));
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                     .readTimeout(Duration.ofMillis(300)).retryPolicy(TWO_QUICK_ATTEMPTS).build()) {
            assertThat(client.sessionLog(ID, 0, 10)).hasSize(2);
            assertThat(server.requests()).isEqualTo(2);
        }
        try (RawHttpServer server = RawHttpServer.always(stall);
             SessionLogClient client = SoapStub.clientFor(server.endpoint(), SoapVersion.SOAP_1_1)
                     .readTimeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(() -> client.sessionLog(ID, 0, 10)).isExactlyInstanceOf(EcGridOsTimeoutException.class);
        }
    }

    // ---- the wire log -------------------------------------------------------------------------

    /** The wire log decodes a body in the charset it really uses before masking, whatever the header claims. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16LE with BOM, no charset", "UTF-16BE with BOM, header says utf-8",
        "UTF-16BE without BOM, header says utf-16be", "UTF-16LE without BOM, declared", "ISO-8859-1, declared"})
    void theWireLogMasksTheSessionIdInTheCharsetTheAnswerUses(String shape) throws Exception {
        String echo = ID.toLowerCase(Locale.ROOT);
        String declaration = shape.contains("declared")
                ? "<?xml version=\"1.0\" encoding=\"" + (shape.startsWith("ISO") ? "ISO-8859-1" : "UTF-16") + "\"?>" : "";
        String fault = declaration + """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>\
                <faultcode>soap:Client</faultcode><faultstring>Session %s is not valid: caf\u00e9</faultstring>\
                </soap:Fault></soap:Body></soap:Envelope>""".formatted(echo);
        byte[] body;
        String contentType;
        if (shape.startsWith("UTF-16LE with BOM")) {
            body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, fault.getBytes(StandardCharsets.UTF_16LE));
            contentType = "text/xml";
        } else if (shape.startsWith("UTF-16BE with BOM")) {
            body = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, fault.getBytes(StandardCharsets.UTF_16BE));
            contentType = "text/xml; charset=utf-8";
        } else if (shape.startsWith("UTF-16BE")) {
            body = fault.getBytes(StandardCharsets.UTF_16BE);
            contentType = "text/xml; charset=utf-16be";
        } else if (shape.startsWith("UTF-16LE")) {
            body = fault.getBytes(StandardCharsets.UTF_16LE);
            contentType = "text/xml";
        } else {
            body = fault.getBytes(StandardCharsets.ISO_8859_1);
            contentType = "text/xml";
        }
        List<String> wire;
        try (LogCapture logs = LogCapture.start();
             RawHttpServer server = RawHttpServer.always(RawHttpServer.answer("HTTP/1.1 500 Internal Server Error",
                     List.of("Content-Type: " + contentType), body))) {
            Outcome outcome = call(server);
            assertThat(outcome.failure()).isInstanceOf(EcGridOsException.class);
            assertNoSecretInAnyForm(outcome.failure(), ID);
            wire = logs.textsOf("org.ecgridkit.sessionlog.wire");
        }
        assertThat(wire).hasSize(2);
        for (String record : wire) {
            assertNoSecretInAnyForm(record, ID);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    // ---- compressed answers --------------------------------------------------------------------

    @ParameterizedTest(name = "Content-Encoding: {0}")
    @ValueSource(strings = {"gzip", "x-gzip", "deflate", "br"})
    void aCompressedAnswerIsRefusedNamingTheEncoding(String encoding) throws Exception {
        try (RawHttpServer server = RawHttpServer.always(RawHttpServer.answer("HTTP/1.1 200 OK",
                List.of("Content-Type: text/xml; charset=utf-8", "Content-Encoding: " + encoding), gzip(SEED)))) {
            EcGridOsException failure = call(server).failure();
            assertThat(failure).isExactlyInstanceOf(EcGridOsResponseException.class)
                    .hasMessageContaining("Content-Encoding " + encoding);
            assertThat(server.requestHeads().get(0).toLowerCase(Locale.ROOT)).contains("accept-encoding: identity");
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
