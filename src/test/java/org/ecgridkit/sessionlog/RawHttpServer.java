package org.ecgridkit.sessionlog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A hostile HTTP server on plain loopback sockets: every request is answered by a {@link Script}
 * that writes whatever bytes it likes (any status line, header shape, charset, cut point, stall or
 * reset) and then the connection is closed. Scripts are chosen by the request's 1-based number, so a
 * test can make the first attempt fail and the retry succeed.
 */
final class RawHttpServer implements AutoCloseable {

    /** What the server does with one request's connection. */
    @FunctionalInterface
    interface Script {
        void answer(Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final LoopbackSockets sockets;
    private final IntFunction<Script> scripts;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> requestHeads = new CopyOnWriteArrayList<>();

    private final boolean tls;

    RawHttpServer(IntFunction<Script> scripts) throws IOException {
        this(scripts, LoopbackSockets.plainListener(), false);
    }

    private RawHttpServer(IntFunction<Script> scripts, ServerSocket listener, boolean tls) {
        this.scripts = scripts;
        this.tls = tls;
        this.sockets = new LoopbackSockets("raw-http-server", listener, true, this::serve);
        sockets.start();
    }

    /** The same over TLS, with {@link TestTls}'s certificate for {@code localhost}. */
    static RawHttpServer tls(IntFunction<Script> scripts) throws IOException {
        return new RawHttpServer(scripts, TestTls.serverContext().getServerSocketFactory()
                .createServerSocket(0, 50, InetAddress.getLoopbackAddress()), true);
    }

    /** A server that answers every request with the same script. */
    static RawHttpServer always(Script script) throws IOException {
        return new RawHttpServer(n -> script);
    }

    URI endpoint() {
        return URI.create(tls ? "https://localhost:" + sockets.port() + SoapStub.PATH
                : "http://127.0.0.1:" + sockets.port() + SoapStub.PATH);
    }

    int port() {
        return sockets.port();
    }

    /** How many requests arrived. */
    int requests() {
        return requests.get();
    }

    /** The request line and headers of every request, in order. */
    List<String> requestHeads() {
        return requestHeads;
    }

    @Override
    public void close() throws IOException {
        sockets.close();
    }


    private void serve(Socket socket) {
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String head = readRequest(in);
            if (head == null) {
                return;
            }
            requestHeads.add(head);
            Script script = scripts.apply(requests.incrementAndGet());
            script.answer(socket, socket.getOutputStream());
            socket.getOutputStream().flush();
        } catch (IOException dropped) {
            // the client gave up on the connection: many scripts provoke exactly that
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } finally {
            sockets.forget(socket);
        }
    }

    /** Reads one request; returns its head, or null at the end of the connection. */
    private static String readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int contentLength = 0;
        String line = readLine(in);
        if (line == null) {
            return null;
        }
        head.append(line).append('\n');
        while ((line = readLine(in)) != null && !line.isEmpty()) {
            head.append(line).append('\n');
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(lower.substring("content-length:".length()).strip());
            }
        }
        in.readNBytes(contentLength);
        return head.toString();
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != '\n'; ) {
            if (b < 0) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    // ---- scripts -------------------------------------------------------------------------------

    /** Writes a whole answer: status line, headers (each "Name: value"), a Content-Length and the body. */
    static Script answer(String statusLine, List<String> headers, byte[] body) {
        return (socket, out) -> out.write(message(statusLine, headers, body));
    }

    /** A 200 with the SOAP 1.1 content type and the body. */
    static Script ok(String body) {
        return answer("HTTP/1.1 200 OK", List.of("Content-Type: text/xml; charset=utf-8"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes of a whole answer. */
    static byte[] message(String statusLine, List<String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(statusLine).append("\r\n");
        headers.forEach(h -> head.append(h).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** Sends the head and the first {@code bodyBytes} of a 200 answer whose Content-Length declares it whole. */
    static byte[] headAndFirstBytes(String body, int bodyBytes) {
        byte[] whole = message("HTTP/1.1 200 OK", List.of("Content-Type: text/xml; charset=utf-8"),
                body.getBytes(StandardCharsets.UTF_8));
        int headLength = whole.length - body.getBytes(StandardCharsets.UTF_8).length;
        byte[] part = new byte[headLength + bodyBytes];
        System.arraycopy(whole, 0, part, 0, part.length);
        return part;
    }

    /** Closes the connection with a TCP reset instead of an orderly close. */
    static void reset(Socket socket) throws IOException {
        socket.setSoLinger(true, 0);
        socket.close();
    }
}
