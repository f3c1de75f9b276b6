package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * https by default; plain http only to loopback or when explicitly allowed; a private CA and a
 * custom host name check through {@code sslContext} and {@code hostnameVerifier}, against a
 * WireMock HTTPS stub whose self-signed certificate (for {@code localhost} only) is made here with
 * the JDK's keytool.
 */
class TransportSecurityTest {

    private static final String PASSWORD = "test-only-password";

    @TempDir
    static Path temp;
    private static WireMockServer https;
    private static SSLContext trustingTheStub;

    @BeforeAll
    static void startHttpsStub() throws Exception {
        Path keystore = temp.resolve("stub.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "stub", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();

        https = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
                .keystorePath(keystore.toString()).keystoreType("PKCS12")
                .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD));
        https.start();
        https.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo(SoapStub.PATH))
                .willReturn(SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml")));
        trustingTheStub = sslContextTrusting(keystore);
    }

    @AfterAll
    static void stop() {
        if (https != null) {
            https.stop();
        }
    }

    @Test
    void theDefaultEndpointIsHttps() {
        assertThat(SessionLogClient.DEFAULT_ENDPOINT.getScheme()).isEqualTo("https");
    }

    @Test
    void aSelfSignedCertificateIsRefusedWithoutTrust() {
        try (SessionLogClient client = builder("localhost").build()) {
            EcGridOsException failure = Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20)).failure();
            assertThat(failure).isExactlyInstanceOf(EcGridOsTransportException.class);
            assertThat(failure.attempts()).as("a TLS failure is not retried").isEqualTo(1);
            SecretAssertions.assertNoSessionId(failure, SoapStub.SESSION_ID);
        }
    }

    @Test
    void aTrustedPrivateCertificateGivesTheRecords() {
        try (SessionLogClient client = builder("localhost").sslContext(trustingTheStub).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(2);
        }
    }

    @Test
    void theHostNameIsCheckedUnlessTheVerifierSaysOtherwise() {
        // The certificate names localhost only; 127.0.0.1 is the same server under another name.
        try (SessionLogClient strict = builder("127.0.0.1").sslContext(trustingTheStub).build();
             SessionLogClient lenient = builder("127.0.0.1").sslContext(trustingTheStub)
                     .hostnameVerifier((host, session) -> host.equals("127.0.0.1")).build()) {
            assertThat(Outcome.of(() -> strict.sessionLog(SoapStub.SESSION_ID, 0, 20)).failure())
                    .isExactlyInstanceOf(EcGridOsTransportException.class);
            assertThat(lenient.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/x.asmx", "http://10.0.0.8/x.asmx", "http://[2001:db8::1]/x.asmx",
            "http://localhost.example.com/x.asmx"})
    void plainHttpToAnotherHostIsRefusedAtBuild(String endpoint) {
        SessionLogClient.Builder builder = SessionLogClient.builder().endpoint(URI.create(endpoint));
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("allowInsecureHttp(true)");
        builder.allowInsecureHttp(true).build().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/x.asmx", "http://127.0.0.1/x.asmx", "http://127.9.9.9/x.asmx",
            "http://[::1]:8080/x.asmx", "http://stub.localhost/x.asmx", "https://example.com/x.asmx"})
    void loopbackHttpAndAnyHttpsAreAccepted(String endpoint) {
        SessionLogClient.builder().endpoint(URI.create(endpoint)).build().close();
    }

    private static SessionLogClient.Builder builder(String host) {
        return SessionLogClient.builder()
                .endpoint(URI.create("https://" + host + ":" + https.httpsPort() + SoapStub.PATH))
                .retryPolicy(RetryPolicy.standard());
    }

    private static SSLContext sslContextTrusting(Path keystore) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("stub", store.getCertificate("stub"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
