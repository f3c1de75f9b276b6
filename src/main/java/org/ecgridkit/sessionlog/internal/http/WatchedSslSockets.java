package org.ecgridkit.sessionlog.internal.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * The TLS sockets of one client, each able to say which thread is blocked reading it, so that the
 * watchdog can close the one socket a late call is stuck in ({@link #closeWhatIsRead}). One factory
 * per client and base factory: HttpURLConnection keys its keep-alive cache on the factory's
 * identity, so a new wrapper per call would end connection reuse.
 */
final class WatchedSslSockets extends SSLSocketFactory {

    private final SSLSocketFactory base;
    /** Which socket each thread is blocked reading, if any; a thread reads one socket at a time. */
    private final Map<Thread, Socket> reading = new ConcurrentHashMap<>();

    WatchedSslSockets(SSLSocketFactory base) {
        this.base = base;
    }

    /** The factory this one wraps. */
    SSLSocketFactory base() {
        return base;
    }

    void reading(Socket socket) {
        reading.put(Thread.currentThread(), socket);
    }

    void doneReading() {
        reading.remove(Thread.currentThread());
    }

    /**
     * Closes the socket the thread is blocked reading, which ends that read with a
     * {@code SocketException} at once.
     *
     * @param reader the thread of the call that ran out of time
     * @return whether there was such a socket
     */
    boolean closeWhatIsRead(Thread reader) {
        Socket socket = reading.get(reader);
        if (socket == null) {
            return false;
        }
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // closed either way
        }
        return true;
    }

    private Socket watched(Socket socket) {
        return socket instanceof SSLSocket ssl ? new DelegatingSslSocket(ssl, this) : socket;
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return base.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return base.getSupportedCipherSuites();
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return watched(base.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket() throws IOException {
        return watched(base.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return watched(base.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return watched(base.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return watched(base.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return watched(base.createSocket(address, port, localAddress, localPort));
    }
}
