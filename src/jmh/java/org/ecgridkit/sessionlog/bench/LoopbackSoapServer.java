package org.ecgridkit.sessionlog.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal HTTP/1.1 server on the loopback interface that answers every POST to
 * {@code /records/N} with the canned SessionLog envelope of N records.
 *
 * <p>Written on plain sockets rather than {@code com.sun.net.httpserver} so that the few things that
 * matter for a fair measurement are explicit: TCP_NODELAY on every accepted socket (otherwise Nagle's
 * algorithm and delayed ACKs add tens of milliseconds that hide client cost), persistent
 * connections, and each answer precomputed as one byte array written with one call. Requests may
 * come with Content-Length or chunked (CXF may stream), with or without {@code Expect: 100-continue}.
 */
public final class LoopbackSoapServer implements AutoCloseable {
    private static final byte[] CONTINUE = ascii("HTTP/1.1 100 Continue\r\n\r\n");
    private static final byte[] NOT_FOUND = ascii("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
    private static final int MAX_LINE = 8192;

    private final ServerSocket listener;
    private final java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    private final Map<String, byte[]> answers = new HashMap<>();
    private final ExecutorService connections = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "loopback-soap-server");
        thread.setDaemon(true);
        return thread;
    });

    private LoopbackSoapServer(int... sizes) throws IOException {
        for (int size : sizes) {
            byte[] body = CannedSessionLog.envelope(size);
            byte[] head = ascii("HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\nContent-Length: "
                    + body.length + "\r\n\r\n");
            byte[] answer = new byte[head.length + body.length];
            System.arraycopy(head, 0, answer, 0, head.length);
            System.arraycopy(body, 0, answer, head.length, body.length);
            answers.put(path(size), answer);
        }
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.execute(this::acceptLoop);
    }

    /**
     * Starts a server on an ephemeral loopback port.
     *
     * @param sizes the record counts to serve, each at {@code /records/N}
     * @return the running server
     * @throws IOException if the port cannot be bound
     */
    public static LoopbackSoapServer start(int... sizes) throws IOException {
        return new LoopbackSoapServer(sizes);
    }

    /**
     * Where the canned answer of a size is served.
     *
     * @param records a size passed to {@link #start(int...)}
     * @return its http URI
     */
    public URI endpoint(int records) {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort() + path(records));
    }

    /**
     * How many connections clients have opened so far: with working keep-alive it stays at the
     * number of threads calling, however many calls they make.
     *
     * @return the count
     */
    public int connectionsAccepted() {
        return accepted.get();
    }

    @Override
    public void close() throws IOException {
        listener.close();
        connections.shutdownNow();
    }

    private static String path(int records) {
        return "/records/" + records;
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket socket = listener.accept();
                accepted.incrementAndGet();
                socket.setTcpNoDelay(true);
                connections.execute(() -> serve(socket));
            } catch (IOException closedOrFailed) {
                return;
            }
        }
    }

    /** Answers requests on one persistent connection until the client closes it. */
    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = socket.getOutputStream();
            StringBuilder line = new StringBuilder(128);
            while (true) {
                if (!readLine(in, line)) {
                    return;
                }
                if (line.length() == 0) {
                    continue; // tolerate a stray CRLF between requests
                }
                String[] requestLine = line.toString().split(" ");
                long contentLength = 0;
                boolean chunked = false;
                boolean expectContinue = false;
                boolean close = false;
                while (readLine(in, line) && line.length() > 0) {
                    String header = line.toString().toLowerCase(Locale.ROOT);
                    if (header.startsWith("content-length:")) {
                        contentLength = Long.parseLong(header.substring(15).trim());
                    } else if (header.startsWith("transfer-encoding:") && header.contains("chunked")) {
                        chunked = true;
                    } else if (header.startsWith("expect:") && header.contains("100-continue")) {
                        expectContinue = true;
                    } else if (header.startsWith("connection:") && header.contains("close")) {
                        close = true;
                    }
                }
                if (expectContinue) {
                    out.write(CONTINUE);
                    out.flush();
                }
                if (chunked) {
                    skipChunkedBody(in, line);
                } else {
                    skip(in, contentLength);
                }
                byte[] answer = requestLine.length > 1 ? answers.get(requestLine[1]) : null;
                out.write(answer == null ? NOT_FOUND : answer);
                out.flush();
                if (close) {
                    return;
                }
            }
        } catch (SocketException closed) {
            // the client went away: nothing to answer
        } catch (IOException e) {
            // a benchmark client that breaks the protocol fails its own call; the server just drops it
        }
    }

    private static void skipChunkedBody(InputStream in, StringBuilder line) throws IOException {
        while (true) {
            if (!readLine(in, line)) {
                throw new IOException("connection closed inside a chunked body");
            }
            String sizeField = line.toString();
            int extension = sizeField.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeField : sizeField.substring(0, extension)).trim(), 16);
            if (size == 0) {
                while (readLine(in, line) && line.length() > 0) {
                    // trailers
                }
                return;
            }
            skip(in, size);
            readLine(in, line); // the CRLF after the chunk
        }
    }

    private static void skip(InputStream in, long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed inside a request body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    /** Reads one CRLF- or LF-terminated line into {@code line}; false at end of stream before any byte. */
    private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
        line.setLength(0);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return true;
            }
            if (line.length() >= MAX_LINE) {
                throw new IOException("request line or header too long");
            }
            line.append((char) b);
        }
        if (line.length() > 0) {
            throw new IOException("connection closed inside a request head");
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
