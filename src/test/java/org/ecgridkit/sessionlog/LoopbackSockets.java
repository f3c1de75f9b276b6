package org.ecgridkit.sessionlog;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The sockets of a test server on loopback: a listener whose accept loop hands each connection to
 * the server on a daemon thread of its own, and every socket the server opened, so that closing
 * this closes them all and stops the threads.
 */
final class LoopbackSockets implements AutoCloseable {

    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ExecutorService threads;
    private final boolean noDelay;
    private final Consumer<Socket> serve;

    /**
     * Sets the server's sockets up; {@link #start()} starts accepting.
     *
     * @param threadName the name of the server's threads
     * @param listener the listening socket, plain ({@link #plainListener()}) or TLS
     * @param noDelay whether accepted sockets turn Nagle's algorithm off
     * @param serve what to do with each accepted connection, on its own thread
     */
    LoopbackSockets(String threadName, ServerSocket listener, boolean noDelay, Consumer<Socket> serve) {
        this.listener = listener;
        this.threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, threadName);
            thread.setDaemon(true);
            return thread;
        });
        this.noDelay = noDelay;
        this.serve = serve;
    }

    /** Starts accepting; call it once the server that serves the connections is set up. */
    void start() {
        threads.execute(this::acceptLoop);
    }

    /** A plain listening socket on a free loopback port. */
    static ServerSocket plainListener() throws IOException {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Runs a task of the server's on one of its threads. */
    void execute(Runnable task) {
        threads.execute(task);
    }

    /** Closes a socket the server opened itself along with the others. */
    void track(Socket socket) {
        sockets.add(socket);
    }

    /** Stops closing a socket the server has closed itself. */
    void forget(Socket socket) {
        sockets.remove(socket);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                if (noDelay) {
                    socket.setTcpNoDelay(true);
                }
                sockets.add(socket);
                threads.execute(() -> serve.accept(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket socket : sockets) {
            socket.close();
        }
        threads.shutdownNow();
    }
}
