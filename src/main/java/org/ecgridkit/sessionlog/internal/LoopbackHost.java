package org.ecgridkit.sessionlog.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether an endpoint's host is this machine, where plain {@code http} exposes nothing on
 * a network. Decided from the name alone, without a DNS lookup ({@code build()} does no network
 * I/O): {@code localhost}, names under {@code .localhost} (RFC 6761), and loopback IP literals.
 */
public final class LoopbackHost {

    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackHost() {
    }

    /**
     * Whether the host names this machine's loopback interface.
     *
     * @param host a URI's host: a name, an IPv4 literal or a bracketed IPv6 literal
     * @return true for localhost and loopback addresses
     */
    public static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        boolean ipv6 = name.startsWith("[") && name.endsWith("]");
        if (!ipv6 && !IPV4_LITERAL.matcher(name).matches()) {
            return false;
        }
        try {
            // A literal address: getByName parses it and looks nothing up.
            return InetAddress.getByName(ipv6 ? name.substring(1, name.length() - 1) : name).isLoopbackAddress();
        } catch (UnknownHostException malformed) {
            return false;
        }
    }
}
