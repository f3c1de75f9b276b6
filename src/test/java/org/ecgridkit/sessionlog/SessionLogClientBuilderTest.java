package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder rejects bad settings at once, naming them. */
class SessionLogClientBuilderTest {

    @Test
    void defaultEndpointIsTheProductionService() {
        assertThat(SessionLogClient.DEFAULT_ENDPOINT)
                .isEqualTo(URI.create("https://os.ecgrid.io/v4.1/prod/ECGridOS.asmx"));
    }

    @Test
    void nullsAreRejectedNamingTheSetting() {
        SessionLogClient.Builder builder = SessionLogClient.builder();
        assertThatNullPointerException().isThrownBy(() -> builder.endpoint(null)).withMessage("endpoint");
        assertThatNullPointerException().isThrownBy(() -> builder.connectTimeout(null)).withMessage("connectTimeout");
        assertThatNullPointerException().isThrownBy(() -> builder.readTimeout(null)).withMessage("readTimeout");
        assertThatNullPointerException().isThrownBy(() -> builder.executor(null)).withMessage("executor");
        assertThatNullPointerException().isThrownBy(() -> builder.soapVersion(null)).withMessage("version");
        assertThatNullPointerException().isThrownBy(() -> builder.callTimeout(null)).withMessage("callTimeout");
        assertThatNullPointerException().isThrownBy(() -> builder.retryPolicy(null)).withMessage("policy");
        assertThatNullPointerException().isThrownBy(() -> builder.sslContext(null)).withMessage("context");
        assertThatNullPointerException().isThrownBy(() -> builder.hostnameVerifier(null)).withMessage("verifier");
    }

    @Test
    void callTimeoutAndResponseLimitAreChecked() {
        SessionLogClient.Builder builder = SessionLogClient.builder();
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofDays(30)}) {
            assertThatThrownBy(() -> builder.callTimeout(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("callTimeout");
        }
        for (long bad : new long[] {0, -1, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> builder.maxResponseBytes(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxResponseBytes");
        }
        assertThat(builder.callTimeout(Duration.ofMillis(1)).maxResponseBytes(1).allowInsecureHttp(false)
                .retryPolicy(RetryPolicy.none())).isSameAs(builder);
    }

    @Test
    void endpointMustBeAbsoluteHttpWithHost() {
        SessionLogClient.Builder builder = SessionLogClient.builder();
        assertThatThrownBy(() -> builder.endpoint(URI.create("ftp://example.com/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endpoint");
        assertThatThrownBy(() -> builder.endpoint(URI.create("/relative/path")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endpoint");
        assertThatThrownBy(() -> builder.endpoint(URI.create("http:///no-host")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endpoint");
        assertThatThrownBy(() -> builder.endpoint(URI.create("https://user:pw@example.com/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("endpoint")
                .hasMessageNotContaining("pw");
        assertThat(builder.endpoint(URI.create("HTTPS://example.com/ECGridOS.asmx"))).isSameAs(builder);
    }

    @Test
    void timeoutsMustBePositiveAndFitTheTransport() {
        SessionLogClient.Builder builder = SessionLogClient.builder();
        for (Duration bad : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), Duration.ofDays(30)}) {
            assertThatThrownBy(() -> builder.connectTimeout(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("connectTimeout");
            assertThatThrownBy(() -> builder.readTimeout(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("readTimeout");
        }
        assertThat(builder.connectTimeout(Duration.ofNanos(1)).readTimeout(Duration.ofDays(24))).isSameAs(builder);
    }

    @Test
    void oneBuilderBuildsIndependentClients() {
        SessionLogClient.Builder builder = SessionLogClient.builder().soapVersion(SoapVersion.SOAP_1_2);
        SessionLogClient first = builder.build();
        try (SessionLogClient second = builder.build()) {
            assertThat(first).isNotSameAs(second);
            first.close();
            assertThatThrownBy(() -> first.sessionLog(SoapStub.SESSION_ID, 0, 1)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> first.sessionLogAsync(SoapStub.SESSION_ID, 0, 1)).isInstanceOf(IllegalStateException.class);
            assertThat(second.toString()).contains("open");
        }
    }

    @Test
    void toStringNamesEndpointAndVersionButNoQueryOrUserInfo() {
        try (SessionLogClient client = SessionLogClient.builder()
                .endpoint(URI.create("https://example.com:8443/ECGridOS.asmx?apikey=SECRET-IN-QUERY"))
                .soapVersion(SoapVersion.SOAP_1_2).build()) {
            assertThat(client.toString())
                    .isEqualTo("SessionLogClient[endpoint=https://example.com:8443/ECGridOS.asmx, soapVersion=SOAP_1_2, contract=AUTO, open]");
        }
    }

    @Test
    void closeIsIdempotent() {
        SessionLogClient client = SessionLogClient.create();
        client.close();
        client.close();
        assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
