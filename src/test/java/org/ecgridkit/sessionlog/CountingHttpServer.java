package org.ecgridkit.sessionlog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A minimal HTTP/1.1 server on plain loopback sockets that keeps connections alive and counts
 * them, so a test can see whether the client reused its connection or dropped it: something
 * WireMock does not expose. Every request gets the next answer from the supplier, written as a
 * 200 with the SOAP 1.1 content type, with a {@code Content-Length} or chunked; an answer can be
 * cut short, its connection closed after fewer bytes than it declared.
 */
final class CountingHttpServer implements AutoCloseable {

    private final LoopbackSockets sockets;
    private final Supplier<Answer> answers;
    private final boolean chunked;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * One answer: the body; how many bytes of its transfer (chunk framing included) to send, all of
     * them unless cut short; and how long to stall after a cut before closing the connection.
     */
    record Answer(String body, int bytesSent, long stallMillis) {
        static Answer whole(String body) {
            return new Answer(body, Integer.MAX_VALUE, 0);
        }

        static Answer cutShort(String body, int bytesSent) {
            return new Answer(body, bytesSent, 0);
        }
    }

    CountingHttpServer(Supplier<String> bodies, boolean chunked) throws IOException {
        this(chunked, () -> Answer.whole(bodies.get()));
    }

    /** A server whose answers may be cut short or stall. */
    static CountingHttpServer answering(Supplier<Answer> answers, boolean chunked) throws IOException {
        return new CountingHttpServer(chunked, answers);
    }

    private CountingHttpServer(boolean chunked, Supplier<Answer> answers) throws IOException {
        this.answers = answers;
        this.chunked = chunked;
        this.sockets = new LoopbackSockets("pool-counting-http-server", LoopbackSockets.plainListener(), true, this::serve);
        sockets.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + sockets.port() + SoapStub.PATH);
    }

    /** How many TCP connections clients opened. */
    int connections() {
        return connections.get();
    }

    /** How many requests were answered. */
    int requests() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        sockets.close();
    }


    private void serve(Socket socket) {
        connections.incrementAndGet();
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (readRequest(in)) {
                requests.incrementAndGet();
                Answer answer = answers.get();
                byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
                byte[] transfer = chunked ? chunked(body) : body;
                int sent = Math.min(answer.bytesSent(), transfer.length);
                out.write(head(body.length));
                out.write(transfer, 0, sent);
                out.flush();
                if (sent < transfer.length) {
                    Thread.sleep(answer.stallMillis());
                    return; // closes the connection mid-body
                }
            }
        } catch (IOException dropped) {
            // the client closed the connection: that is what some tests wait for
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt(); // close() ends a stall
        }
    }

    /** Reads one request, headers and body; false at the end of the connection. */
    private static boolean readRequest(InputStream in) throws IOException {
        int contentLength = 0;
        String line = readLine(in);
        if (line == null) {
            return false;
        }
        while (!(line = readLine(in)).isEmpty()) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                contentLength = Integer.parseInt(lower.substring("content-length:".length()).strip());
            }
        }
        if (in.readNBytes(contentLength).length != contentLength) {
            throw new IOException("request body cut short");
        }
        return true;
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

    private byte[] head(int bodyLength) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: text/xml; charset=utf-8\r\n"
                + (chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: " + bodyLength + "\r\n\r\n"))
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] chunked(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 256);
        for (int offset = 0; offset < body.length; offset += 4096) {
            int length = Math.min(4096, body.length - offset);
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, offset, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
