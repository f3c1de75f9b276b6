package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/**
 * One row of the fault-injection table: what the server (WireMock, or a port that refuses or never
 * accepts) does, how the client is configured, and what the call must end in.
 *
 * @param name what the row shows
 * @param server sets up the server and returns the client builder pointed at it
 * @param expected the exception type, or {@code null} when the call must return the seed's records
 * @param attempts the attempts the call must make (the exception's {@code attempts()}, and the
 *     requests WireMock must see when WireMock serves the row)
 * @param httpStatus the status the transport exception must carry, or 0 for none or not a transport exception
 * @param atLeast the least time the call may take
 * @param atMost the most time the call may take
 */
record FaultScenario(String name, Function<WireMockExtension, SessionLogClient.Builder> server,
                     Class<? extends EcGridOsException> expected, int attempts, int httpStatus,
                     Duration atLeast, Duration atMost) {

    /** Short timeouts and fast retries, so that the whole table runs in seconds. */
    static SessionLogClient.Builder baseClient(URI endpoint) {
        return SessionLogClient.builder().endpoint(endpoint)
                .contract(ServiceContract.DOCUMENTED)
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(1))
                .callTimeout(Duration.ofSeconds(5))
                .retryPolicy(RetryPolicy.builder().maxAttempts(3)
                        .baseDelay(Duration.ofMillis(20)).maxDelay(Duration.ofMillis(100)).build());
    }

    static List<FaultScenario> all() {
        Duration none = Duration.ZERO;
        Duration quick = Duration.ofSeconds(2);
        return List.of(
                failing("HTTP 503 is retried until attempts run out", status(503), EcGridOsTransportException.class, 3, 503, none, quick),
                failing("HTTP 502 is retried", status(502), EcGridOsTransportException.class, 3, 502, none, quick),
                failing("HTTP 504 is retried", status(504), EcGridOsTransportException.class, 3, 504, none, quick),
                failing("HTTP 429 is retried", status(429), EcGridOsTransportException.class, 3, 429, none, quick),
                failing("HTTP 500 without a SOAP fault is retried", status(500), EcGridOsTransportException.class, 3, 500, none, quick),
                failing("HTTP 500 with a SOAP fault is not retried",
                        SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-authentication-category.xml"),
                        EcGridOsFaultException.class, 1, 0, none, quick),
                failing("HTTP 400 is not retried", status(400), EcGridOsTransportException.class, 1, 400, none, quick),
                failing("HTTP 401 is not retried", status(401), EcGridOsTransportException.class, 1, 401, none, quick),
                failing("HTTP 404 is not retried", status(404), EcGridOsTransportException.class, 1, 404, none, quick),
                failing("HTML with HTTP 200 is not retried",
                        aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>"),
                        EcGridOsResponseException.class, 1, 0, none, quick),
                failing("connection reset is retried", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        EcGridOsTransportException.class, 3, 0, none, quick),
                failing("connection closed without an answer is retried", aResponse().withFault(Fault.EMPTY_RESPONSE),
                        EcGridOsTransportException.class, 3, 0, none, quick),
                failing("a malformed chunk is retried", SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml")
                        .withFault(Fault.MALFORMED_RESPONSE_CHUNK), EcGridOsTransportException.class, 3, 0, none, quick),
                failing("garbage instead of HTTP is not retried", aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        EcGridOsTransportException.class, 1, 0, none, quick),
                new FaultScenario("a reply slower than the read timeout is retried, each attempt timing out",
                        wireMock -> {
                            SoapStub.answer(wireMock, seed().withFixedDelay(1500));
                            return baseClient(SoapStub.endpoint(wireMock)).readTimeout(Duration.ofMillis(300));
                        }, EcGridOsTimeoutException.class, 3, 0, Duration.ofMillis(900), Duration.ofMillis(2500)),
                new FaultScenario("a body dribbled a chunk a second is cut off at the call timeout",
                        wireMock -> {
                            SoapStub.answer(wireMock, seed().withChunkedDribbleDelay(40, 40_000));
                            return baseClient(SoapStub.endpoint(wireMock)).readTimeout(Duration.ofSeconds(5))
                                    .callTimeout(Duration.ofMillis(1500));
                        }, EcGridOsTimeoutException.class, 1, 0, Duration.ofMillis(1400), Duration.ofMillis(2800)),
                new FaultScenario("headers that never come are cut off at the call timeout, not the read timeout",
                        wireMock -> {
                            SoapStub.answer(wireMock, seed().withFixedDelay(10_000));
                            return baseClient(SoapStub.endpoint(wireMock)).readTimeout(Duration.ofSeconds(8))
                                    .callTimeout(Duration.ofSeconds(1));
                        }, EcGridOsTimeoutException.class, 1, 0, Duration.ofMillis(950), Duration.ofMillis(1800)),
                new FaultScenario("HTTP 503 once, then the records",
                        wireMock -> {
                            failThenSucceed(wireMock, status(503));
                            return baseClient(SoapStub.endpoint(wireMock));
                        }, null, 2, 0, none, quick),
                new FaultScenario("a reset connection once, then the records",
                        wireMock -> {
                            failThenSucceed(wireMock, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
                            return baseClient(SoapStub.endpoint(wireMock));
                        }, null, 2, 0, none, quick),
                new FaultScenario("Retry-After in seconds is waited for",
                        wireMock -> {
                            failThenSucceed(wireMock, status(503).withHeader("Retry-After", "1"));
                            return baseClient(SoapStub.endpoint(wireMock));
                        }, null, 2, 0, Duration.ofMillis(1000), Duration.ofMillis(2500)),
                new FaultScenario("Retry-After as an HTTP date is waited for",
                        wireMock -> {
                            String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(2));
                            failThenSucceed(wireMock, status(429).withHeader("Retry-After", inTwoSeconds));
                            return baseClient(SoapStub.endpoint(wireMock));
                        }, null, 2, 0, Duration.ofMillis(900), Duration.ofMillis(3500)),
                new FaultScenario("Retry-After past the call timeout ends the call at once",
                        wireMock -> {
                            SoapStub.answer(wireMock, status(503).withHeader("Retry-After", "120"));
                            return baseClient(SoapStub.endpoint(wireMock));
                        }, EcGridOsTransportException.class, 1, 503, none, Duration.ofSeconds(1)),
                new FaultScenario("waits stop at the call timeout however many attempts the policy allows",
                        wireMock -> {
                            SoapStub.answer(wireMock, status(503).withHeader("Retry-After", "1"));
                            return baseClient(SoapStub.endpoint(wireMock)).callTimeout(Duration.ofMillis(2500))
                                    .retryPolicy(RetryPolicy.builder().maxAttempts(10).build());
                        }, EcGridOsTransportException.class, 3, 503, Duration.ofMillis(2000), Duration.ofMillis(2500)),
                new FaultScenario("RetryPolicy.none() makes one attempt",
                        wireMock -> {
                            SoapStub.answer(wireMock, status(503));
                            return baseClient(SoapStub.endpoint(wireMock)).retryPolicy(RetryPolicy.none());
                        }, EcGridOsTransportException.class, 1, 503, none, quick),
                new FaultScenario("a refused connection is retried",
                        wireMock -> baseClient(URI.create("http://127.0.0.1:" + closedPort() + SoapStub.PATH)),
                        EcGridOsTransportException.class, 3, 0, none, quick),
                new FaultScenario("a connection never accepted times out on each attempt",
                        wireMock -> baseClient(URI.create("http://127.0.0.1:" + UnacceptedPorts.shared() + SoapStub.PATH))
                                .connectTimeout(Duration.ofMillis(300)),
                        EcGridOsTimeoutException.class, 3, 0, Duration.ofMillis(850), Duration.ofMillis(3000)));
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * The requests WireMock must count. When the server closes the connection without answering,
     * the JDK's HttpURLConnection resends a buffered POST once by itself (its stale keep-alive
     * rule, {@code sun.net.http.retryPost}), inside one of our attempts; so those rows see two
     * requests per attempt.
     */
    int expectedRequests() {
        boolean closedWithoutAnswer = name.equals("connection reset is retried")
                || name.equals("connection closed without an answer is retried");
        return closedWithoutAnswer ? 2 * attempts : attempts;
    }

    /** Whether WireMock serves the row, so that its request count can be checked. */
    boolean servedByWireMock() {
        return !name.startsWith("a refused") && !name.startsWith("a connection never");
    }

    private static FaultScenario failing(String name, ResponseDefinitionBuilder response,
                                         Class<? extends EcGridOsException> expected, int attempts, int status,
                                         Duration atLeast, Duration atMost) {
        return new FaultScenario(name, wireMock -> {
            SoapStub.answer(wireMock, response);
            return baseClient(SoapStub.endpoint(wireMock));
        }, expected, attempts, status, atLeast, atMost);
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/plain").withBody("status " + status);
    }

    private static ResponseDefinitionBuilder seed() {
        return SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml");
    }

    private static void failThenSucceed(WireMockExtension wireMock, ResponseDefinitionBuilder failure) {
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(failure).willSetStateTo("recovered"));
        wireMock.stubFor(post(urlEqualTo(SoapStub.PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(seed()));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
