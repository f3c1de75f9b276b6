package org.ecgridkit.sessionlog.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.nio.channels.SocketChannel;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import javax.net.ssl.HandshakeCompletedListener;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A TLS socket that passes every call to the JDK's own, and tells {@link WatchedSslSockets} which
 * thread is blocked reading it. HttpURLConnection gives no access to its socket, and its
 * {@code disconnect()} waits for a blocked body read to return (up to the read timeout); closing
 * the socket itself ends that read at once, so this is what lets the watchdog hold the call timeout
 * while a body is read over https.
 */
final class DelegatingSslSocket extends SSLSocket {

    private final SSLSocket delegate;
    private final WatchedSslSockets registry;

    DelegatingSslSocket(SSLSocket delegate, WatchedSslSockets registry) {
        this.delegate = delegate;
        this.registry = registry;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new FilterInputStream(delegate.getInputStream()) {
            @Override
            public int read() throws IOException {
                registry.reading(DelegatingSslSocket.this);
                try {
                    return super.read();
                } finally {
                    registry.doneReading();
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                registry.reading(DelegatingSslSocket.this);
                try {
                    return super.read(b, off, len);
                } finally {
                    registry.doneReading();
                }
            }
        };
    }

    // ---- everything else is the delegate's ------------------------------------------------------

    @Override public String[] getSupportedCipherSuites() { return delegate.getSupportedCipherSuites(); }
    @Override public String[] getEnabledCipherSuites() { return delegate.getEnabledCipherSuites(); }
    @Override public void setEnabledCipherSuites(String[] suites) { delegate.setEnabledCipherSuites(suites); }
    @Override public String[] getSupportedProtocols() { return delegate.getSupportedProtocols(); }
    @Override public String[] getEnabledProtocols() { return delegate.getEnabledProtocols(); }
    @Override public void setEnabledProtocols(String[] protocols) { delegate.setEnabledProtocols(protocols); }
    @Override public SSLSession getSession() { return delegate.getSession(); }
    @Override public SSLSession getHandshakeSession() { return delegate.getHandshakeSession(); }
    @Override public void addHandshakeCompletedListener(HandshakeCompletedListener l) { delegate.addHandshakeCompletedListener(l); }
    @Override public void removeHandshakeCompletedListener(HandshakeCompletedListener l) { delegate.removeHandshakeCompletedListener(l); }
    @Override public void startHandshake() throws IOException { delegate.startHandshake(); }
    @Override public void setUseClientMode(boolean mode) { delegate.setUseClientMode(mode); }
    @Override public boolean getUseClientMode() { return delegate.getUseClientMode(); }
    @Override public void setNeedClientAuth(boolean need) { delegate.setNeedClientAuth(need); }
    @Override public boolean getNeedClientAuth() { return delegate.getNeedClientAuth(); }
    @Override public void setWantClientAuth(boolean want) { delegate.setWantClientAuth(want); }
    @Override public boolean getWantClientAuth() { return delegate.getWantClientAuth(); }
    @Override public void setEnableSessionCreation(boolean flag) { delegate.setEnableSessionCreation(flag); }
    @Override public boolean getEnableSessionCreation() { return delegate.getEnableSessionCreation(); }
    @Override public SSLParameters getSSLParameters() { return delegate.getSSLParameters(); }
    @Override public void setSSLParameters(SSLParameters params) { delegate.setSSLParameters(params); }
    @Override public String getApplicationProtocol() { return delegate.getApplicationProtocol(); }
    @Override public String getHandshakeApplicationProtocol() { return delegate.getHandshakeApplicationProtocol(); }
    @Override public void setHandshakeApplicationProtocolSelector(BiFunction<SSLSocket, List<String>, String> selector) {
        delegate.setHandshakeApplicationProtocolSelector(selector);
    }
    @Override public BiFunction<SSLSocket, List<String>, String> getHandshakeApplicationProtocolSelector() {
        return delegate.getHandshakeApplicationProtocolSelector();
    }
    @Override public void connect(SocketAddress endpoint) throws IOException { delegate.connect(endpoint); }
    @Override public void connect(SocketAddress endpoint, int timeout) throws IOException { delegate.connect(endpoint, timeout); }
    @Override public void bind(SocketAddress bindpoint) throws IOException { delegate.bind(bindpoint); }
    @Override public InetAddress getInetAddress() { return delegate.getInetAddress(); }
    @Override public InetAddress getLocalAddress() { return delegate.getLocalAddress(); }
    @Override public int getPort() { return delegate.getPort(); }
    @Override public int getLocalPort() { return delegate.getLocalPort(); }
    @Override public SocketAddress getRemoteSocketAddress() { return delegate.getRemoteSocketAddress(); }
    @Override public SocketAddress getLocalSocketAddress() { return delegate.getLocalSocketAddress(); }
    @Override public SocketChannel getChannel() { return delegate.getChannel(); }
    @Override public OutputStream getOutputStream() throws IOException { return delegate.getOutputStream(); }
    @Override public void setTcpNoDelay(boolean on) throws SocketException { delegate.setTcpNoDelay(on); }
    @Override public boolean getTcpNoDelay() throws SocketException { return delegate.getTcpNoDelay(); }
    @Override public void setSoLinger(boolean on, int linger) throws SocketException { delegate.setSoLinger(on, linger); }
    @Override public int getSoLinger() throws SocketException { return delegate.getSoLinger(); }
    @Override public void sendUrgentData(int data) throws IOException { delegate.sendUrgentData(data); }
    @Override public void setOOBInline(boolean on) throws SocketException { delegate.setOOBInline(on); }
    @Override public boolean getOOBInline() throws SocketException { return delegate.getOOBInline(); }
    @Override public void setSoTimeout(int timeout) throws SocketException { delegate.setSoTimeout(timeout); }
    @Override public int getSoTimeout() throws SocketException { return delegate.getSoTimeout(); }
    @Override public void setSendBufferSize(int size) throws SocketException { delegate.setSendBufferSize(size); }
    @Override public int getSendBufferSize() throws SocketException { return delegate.getSendBufferSize(); }
    @Override public void setReceiveBufferSize(int size) throws SocketException { delegate.setReceiveBufferSize(size); }
    @Override public int getReceiveBufferSize() throws SocketException { return delegate.getReceiveBufferSize(); }
    @Override public void setKeepAlive(boolean on) throws SocketException { delegate.setKeepAlive(on); }
    @Override public boolean getKeepAlive() throws SocketException { return delegate.getKeepAlive(); }
    @Override public void setTrafficClass(int tc) throws SocketException { delegate.setTrafficClass(tc); }
    @Override public int getTrafficClass() throws SocketException { return delegate.getTrafficClass(); }
    @Override public void setReuseAddress(boolean on) throws SocketException { delegate.setReuseAddress(on); }
    @Override public boolean getReuseAddress() throws SocketException { return delegate.getReuseAddress(); }
    @Override public void close() throws IOException { delegate.close(); }
    @Override public void shutdownInput() throws IOException { delegate.shutdownInput(); }
    @Override public void shutdownOutput() throws IOException { delegate.shutdownOutput(); }
    @Override public String toString() { return delegate.toString(); }
    @Override public boolean isConnected() { return delegate.isConnected(); }
    @Override public boolean isBound() { return delegate.isBound(); }
    @Override public boolean isClosed() { return delegate.isClosed(); }
    @Override public boolean isInputShutdown() { return delegate.isInputShutdown(); }
    @Override public boolean isOutputShutdown() { return delegate.isOutputShutdown(); }
    @Override public void setPerformancePreferences(int connectionTime, int latency, int bandwidth) {
        delegate.setPerformancePreferences(connectionTime, latency, bandwidth);
    }
    @Override public <T> SSLSocket setOption(SocketOption<T> name, T value) throws IOException {
        delegate.setOption(name, value);
        return this;
    }
    @Override public <T> T getOption(SocketOption<T> name) throws IOException { return delegate.getOption(name); }
    @Override public Set<SocketOption<?>> supportedOptions() { return delegate.supportedOptions(); }
}
