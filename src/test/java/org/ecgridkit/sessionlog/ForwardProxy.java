package org.ecgridkit.sessionlog;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small forward HTTP proxy on loopback: absolute-URI requests ({@code POST http://host/path}) are
 * sent on to the origin with {@code Connection: close} and the answer relayed back; {@code CONNECT}
 * opens a tunnel. It records each request head and every byte that passed through, so a test can
 * see what went through it and what the proxy could read.
 */
public final class ForwardProxy implements AutoCloseable {

    private final LoopbackSockets sockets;
    private final List<String> heads = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream seen = new ByteArrayOutputStream();

    /** Starts the proxy on a free loopback port. */
    public ForwardProxy() throws IOException {
        sockets = new LoopbackSockets("forward-proxy", LoopbackSockets.plainListener(), false, this::serve);
        sockets.start();
    }

    /** The proxy's port on loopback. */
    public int port() {
        return sockets.port();
    }

    InetSocketAddress address() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port());
    }

    /** The request line and headers of every request the proxy took, in order. */
    public List<String> heads() {
        return heads;
    }

    /** Every byte that passed through, both ways, as ISO-8859-1 text. */
    synchronized String seenBytes() {
        return seen.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        sockets.close();
    }


    private void serve(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream());
            String requestLine = readLine(in);
            if (requestLine == null) {
                return;
            }
            StringBuilder head = new StringBuilder(requestLine).append('\n');
            StringBuilder forwarded = new StringBuilder();
            int contentLength = 0;
            for (String line; (line = readLine(in)) != null && !line.isEmpty(); ) {
                head.append(line).append('\n');
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    contentLength = Integer.parseInt(lower.substring("content-length:".length()).strip());
                }
                if (!lower.startsWith("proxy-connection:") && !lower.startsWith("connection:")) {
                    forwarded.append(line).append("\r\n");
                }
            }
            heads.add(head.toString());
            record(head.toString().getBytes(StandardCharsets.ISO_8859_1), head.length());
            String[] parts = requestLine.split(" ");
            if (parts[0].equals("CONNECT")) {
                tunnel(client, in, parts[1]);
            } else {
                relay(client, in, parts, forwarded.toString(), contentLength);
            }
        } catch (IOException dropped) {
            // either side went away
        }
    }

    private void tunnel(Socket client, InputStream in, String authority) throws IOException {
        String[] hostPort = authority.split(":");
        try (Socket origin = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
            sockets.track(origin);
            client.getOutputStream().write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            sockets.execute(() -> pipe(in, origin));
            pipe(origin.getInputStream(), client);
        }
    }

    private void relay(Socket client, InputStream in, String[] requestLine, String headers, int contentLength)
            throws IOException {
        URI target = URI.create(requestLine[1]);
        byte[] body = in.readNBytes(contentLength);
        record(body, body.length);
        try (Socket origin = new Socket(target.getHost(), target.getPort())) {
            sockets.track(origin);
            OutputStream out = origin.getOutputStream();
            String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
            out.write((requestLine[0] + " " + path + " " + requestLine[2] + "\r\n" + headers + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            pipe(origin.getInputStream(), client);
        }
    }

    private void pipe(InputStream from, Socket to) {
        byte[] buffer = new byte[8192];
        try {
            OutputStream out = to.getOutputStream();
            for (int n; (n = from.read(buffer)) >= 0; ) {
                record(buffer, n);
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
        } catch (IOException closed) {
            // the other side is gone
        }
    }

    private synchronized void record(byte[] bytes, int length) {
        seen.write(bytes, 0, length);
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
}
