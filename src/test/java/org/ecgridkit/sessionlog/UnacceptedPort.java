package org.ecgridkit.sessionlog;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port whose listen queue is full, so that a further connection attempt hangs in the
 * TCP handshake: the only way to provoke a real connect timeout without leaving this machine.
 */
final class UnacceptedPort implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> fillers = new ArrayList<>();

    private UnacceptedPort(ServerSocket server) {
        this.server = server;
    }

    static UnacceptedPort open() throws IOException {
        UnacceptedPort port = new UnacceptedPort(new ServerSocket(0, 1));
        // Fill the accept queue until a connect attempt no longer completes (Linux keeps backlog + 1).
        for (int i = 0; i < 16; i++) {
            Socket s = new Socket();
            try {
                s.connect(new InetSocketAddress("127.0.0.1", port.port()), 200);
                port.fillers.add(s);
            } catch (SocketTimeoutException full) {
                s.close();
                return port;
            }
        }
        port.close();
        throw new IllegalStateException("could not fill the listen queue of a loopback port");
    }

    int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        for (Socket s : fillers) {
            s.close();
        }
        server.close();
    }
}
