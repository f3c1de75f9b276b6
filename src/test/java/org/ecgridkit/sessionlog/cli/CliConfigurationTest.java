package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.ecgridkit.sessionlog.ForwardProxy;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Configuration mistakes are usage errors (exit 2) whose message names the option, never an
 * "internal error"; and {@code --proxy} sends the call through the given proxy.
 */
class CliConfigurationTest {

    private static final String ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";
    private static final Map<String, String> WITH_ID = Map.of(SessionLogCommand.SESSION_ID_ENV, ID);

    private static CliRun run(Map<String, String> environment, String... args) {
        return CliRun.of(List.of(args), List.of(args), environment, "");
    }

    @ParameterizedTest(name = "--proxy {0}")
    @ValueSource(strings = {"nonsense", "host", "host:", ":3128", "host:0", "host:70000", "host:port", "http://host:3128"})
    void aBadProxyIsAUsageErrorNamingTheOption(String value) {
        CliRun run = run(WITH_ID, "--proxy", value);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).contains("--proxy").doesNotContain("internal error");
    }

    @Test
    void plainHttpToARemoteHostIsAUsageErrorNamingTheOption() {
        CliRun run = run(WITH_ID, "--endpoint", "http://sessionlog.example.com/ECGridOS.asmx");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).contains("--endpoint").contains("unencrypted").doesNotContain("internal error");
    }

    @Test
    void anEndpointThatIsNotHttpIsAUsageErrorNamingTheOption() {
        CliRun run = run(WITH_ID, "--endpoint", "ftp://sessionlog.example.com/");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.stderr()).contains("--endpoint").doesNotContain("internal error");
    }

    /** A one-character session id is masked everywhere it occurs; that once crashed the masking. */
    @Test
    void aShortSessionIdAndARefusedConnectionIsANetworkFailure() throws Exception {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        CliRun run = run(Map.of(SessionLogCommand.SESSION_ID_ENV, "s"),
                "--endpoint", "http://127.0.0.1:" + port + "/ECGridOS.asmx", "--connect-timeout", "2s");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCode.TRANSPORT);
        assertThat(run.stderr()).doesNotContain("internal error");
    }

    @Test
    void theCallGoesThroughTheProxy() throws Exception {
        List<SessionRecord> none = List.of();
        try (SessionLogStub stub = SessionLogStub.start();
             ForwardProxy proxy = new ForwardProxy()) {
            stub.respondWith(none);
            CliRun run = run(WITH_ID, "--endpoint", stub.endpoint().toString(), "--proxy", "127.0.0.1:" + proxy.port());
            assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCode.OK);
            assertThat(run.stdout()).contains("No sessions.");
            assertThat(proxy.heads()).singleElement().asString().startsWith("POST " + stub.endpoint());
        }
    }
}
