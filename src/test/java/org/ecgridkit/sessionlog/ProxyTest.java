package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code Builder.proxy}: calls go through a real forward proxy on loopback, plain http as absolute-URI requests and https through a CONNECT tunnel. */
class ProxyTest {

    private static final String SEED = Fixtures.read("seed-example.xml");

    @Test
    void plainHttpGoesThroughTheProxyAsAnAbsoluteUriRequest() throws Exception {
        try (RawHttpServer origin = RawHttpServer.always(RawHttpServer.ok(SEED));
             ForwardProxy proxy = new ForwardProxy();
             SessionLogClient client = SoapStub.clientFor(origin.endpoint(), SoapVersion.SOAP_1_1)
                     .proxy(ProxySelector.of(proxy.address())).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
            assertThat(proxy.heads()).hasSize(1);
            assertThat(proxy.heads().get(0)).startsWith("POST " + origin.endpoint() + " HTTP/1.1");
            assertThat(origin.requests()).isEqualTo(1);
        }
    }

    @Test
    void httpsIsTunnelledAndTheProxySeesNoSessionId() throws Exception {
        try (RawHttpServer origin = RawHttpServer.tls(n -> RawHttpServer.ok(SEED));
             ForwardProxy proxy = new ForwardProxy();
             SessionLogClient client = SoapStub.clientFor(origin.endpoint(), SoapVersion.SOAP_1_1)
                     .sslContext(TestTls.clientContext()).proxy(ProxySelector.of(proxy.address())).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
            assertThat(proxy.heads()).singleElement().asString().startsWith("CONNECT localhost:" + origin.port() + " ");
            assertThat(origin.requests()).isEqualTo(1);
            SecretAssertions.assertNoSecretInAnyForm(proxy.seenBytes(), SoapStub.SESSION_ID);
        }
    }

    @Test
    void theSelectorIsAskedForTheEndpointAndToldWhenItsProxyFails() throws Exception {
        List<URI> asked = new CopyOnWriteArrayList<>();
        List<SocketAddress> failed = new CopyOnWriteArrayList<>();
        InetSocketAddress nowhere;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            nowhere = new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), closed.getLocalPort());
        } // closed now: connecting to it is refused
        ProxySelector selector = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                return List.of(new Proxy(Proxy.Type.HTTP, nowhere));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                failed.add(address);
            }
        };
        try (RawHttpServer origin = RawHttpServer.always(RawHttpServer.ok(SEED));
             SessionLogClient client = SoapStub.clientFor(origin.endpoint(), SoapVersion.SOAP_1_1).proxy(selector).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isInstanceOf(EcGridOsTransportException.class);
            assertThat(asked).containsExactly(origin.endpoint());
            assertThat(failed).containsExactly(nowhere);
            assertThat(origin.requests()).isZero();
        }
    }

    @Test
    void noProxyFromTheSelectorConnectsDirectly() throws Exception {
        ProxySelector direct = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        };
        try (RawHttpServer origin = RawHttpServer.always(RawHttpServer.ok(SEED));
             SessionLogClient client = SoapStub.clientFor(origin.endpoint(), SoapVersion.SOAP_1_1).proxy(direct).build()) {
            assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 10)).hasSize(2);
        }
    }

    @Test
    void aSelectorThatThrowsIsATransportFailure() throws Exception {
        ProxySelector broken = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                throw new IllegalStateException("no proxy configuration");
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            }
        };
        try (RawHttpServer origin = RawHttpServer.always(RawHttpServer.ok(SEED));
             SessionLogClient client = SoapStub.clientFor(origin.endpoint(), SoapVersion.SOAP_1_1).proxy(broken).build()) {
            assertThatThrownBy(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 10))
                    .isExactlyInstanceOf(EcGridOsTransportException.class).hasMessageContaining("proxy selector");
        }
    }
}
