package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.internal.failure.RedactedCause;
import org.ecgridkit.sessionlog.internal.failure.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of failure gets its documented exit code; the golden tests show the lines, this covers what they cannot provoke. */
class FailureReportTest {

    static List<Arguments> failures() {
        return List.of(
                Arguments.of(new IllegalArgumentException("maxRecords ..."), ExitCode.USAGE),
                Arguments.of(new EcGridOsFaultException("Client", "x", null, ErrorCategory.AUTHENTICATION, null), ExitCode.SOAP_FAULT),
                Arguments.of(new EcGridOsTimeoutException("t", null), ExitCode.TRANSPORT),
                Arguments.of(new EcGridOsTransportException("t", 429, null), ExitCode.TRANSPORT),
                Arguments.of(new EcGridOsTransportException("t", null), ExitCode.TRANSPORT),
                Arguments.of(new EcGridOsResponseException("r"), ExitCode.BAD_RESPONSE),
                // Neither can happen on the tool's synchronous call; if one does, it is a bug, not the user's doing.
                Arguments.of(new EcGridOsException("executor rejected"), ExitCode.INTERNAL_ERROR),
                Arguments.of(new IllegalStateException("closed"), ExitCode.INTERNAL_ERROR));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void mapsEachFailureToItsExitCode(RuntimeException failure, int exitCode) {
        FailureReport report = FailureReport.of(failure);
        assertThat(report.exitCode()).isEqualTo(exitCode);
        assertThat(report.message()).doesNotContain("\n");
    }

    private static final FailureReport.Destination ENDPOINT =
            new FailureReport.Destination(URI.create("https://os.example.com/ECGridOS.asmx"), null);
    private static final FailureReport.Destination PROXIED =
            new FailureReport.Destination(URI.create("https://os.example.com/ECGridOS.asmx"), "proxy.example.com:3128");

    /** As the client reports a failure: its cause kept as a redacted copy, which names the original's class. */
    private static EcGridOsTransportException network(Throwable cause) {
        return new EcGridOsTransportException("SessionLog failed on the network: " + cause.getClass().getSimpleName(),
                RedactedCause.of(new RuntimeException(cause), Secret.sessionId(CliGoldenTest.SESSION_ID)), 3);
    }

    @Test
    void anUnknownHostNamesTheHostAndTheOptionToCheck() {
        assertThat(FailureReport.of(network(new UnknownHostException("os.example.com")), ENDPOINT).message())
                .isEqualTo("cannot resolve host os.example.com: check --endpoint (and your DNS/proxy)");
        assertThat(FailureReport.of(network(new UnknownHostException("proxy.example.com")), PROXIED).message())
                .isEqualTo("cannot resolve proxy host proxy.example.com: check --proxy (and your DNS)");
    }

    @Test
    void aRefusedConnectionNamesHostAndPort() {
        assertThat(FailureReport.of(network(new ConnectException("Connection refused")), ENDPOINT).message())
                .isEqualTo("connection refused by os.example.com:443: is the service running there?"
                        + " check --endpoint / --proxy");
        assertThat(FailureReport.of(network(new ConnectException("Connection refused")), PROXIED).message())
                .isEqualTo("connection refused by proxy proxy.example.com:3128: is the proxy running there? check --proxy");
    }

    @Test
    void otherNetworkFailuresDoNotSayTryAgainLater() {
        assertThat(FailureReport.of(network(new ConnectException("Connection timed out")), ENDPOINT).message())
                .startsWith("network failure (").endsWith("): check --endpoint and your network");
        assertThat(FailureReport.of(network(new SocketException("Connection reset")), PROXIED).message())
                .endsWith("): check --endpoint, --proxy and your network");
    }

    @ParameterizedTest
    @CsvSource({"500, true", "503, true", "429, true", "404, false", "401, false", "407, false"})
    void onlyAFailingOrBusyServiceIsWorthTryingAgainLater(int status, boolean later) {
        String message = FailureReport.of(new EcGridOsTransportException("HTTP " + status, status, null), ENDPOINT).message();
        assertThat(message).startsWith("HTTP " + status + " (");
        assertThat(message.endsWith("try again later")).isEqualTo(later);
    }

    @Test
    void aTimeoutSaysWhichOptionsAllowMoreTime() {
        assertThat(FailureReport.of(new EcGridOsTimeoutException("SessionLog timed out", null), ENDPOINT).message())
                .isEqualTo("timed out (SessionLog timed out): raise --read-timeout/--connect-timeout or check the network");
        // The whole call's bound is not --read-timeout's: raising that would not help.
        assertThat(FailureReport.of(new EcGridOsTimeoutException(
                "SessionLog did not complete within the call timeout of 2m (3 attempts)", null), ENDPOINT).message())
                .isEqualTo("timed out (SessionLog did not complete within the call timeout of 2m (3 attempts)):"
                        + " check the network and --endpoint");
    }

    /** Each value the SDK can refuse, as its message names the Java parameter: the user reads the option instead. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "maxRecords must be within 1..32767, was 0       | --max-records must be within 1..32767, was 0",
        "userId must be 0 (the session's own user) or positive, was -1 | --user-id must be 0 (the session's own user) or positive, was -1",
        "readTimeout must be positive, was PT0S           | --read-timeout must be positive, was PT0S",
        "connectTimeout must be positive, was PT0S        | --connect-timeout must be positive, was PT0S",
        "endpoint must name a host                        | --endpoint must name a host",
        "sessionId must not be blank                      | the session id must not be blank"})
    void anSdkMessageNamesTheOptionNotTheJavaParameter(String sdk, String shown) {
        assertThat(FailureReport.of(new IllegalArgumentException(sdk)).message())
                .isEqualTo("invalid argument: " + shown + "; run 'sessionlog --help' for usage")
                .doesNotContainPattern("\\b(maxRecords|userId|readTimeout|connectTimeout|sessionId)\\b");
    }

    @Test
    void anInternalErrorSaysToReportIt() {
        assertThat(FailureReport.of(new IllegalStateException("closed")).message())
                .isEqualTo("internal error (java.lang.IllegalStateException: closed): rerun with --verbose and report it");
    }
}
