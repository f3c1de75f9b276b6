package org.ecgridkit.sessionlog.cli;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --proxy host:port} (an IPv6 address in brackets, {@code [::1]:3128}) into a selector
 * that sends every request through that HTTP proxy. The host is resolved when the tool connects, as
 * the JDK does for its own proxy settings.
 */
final class ProxyConverter implements ITypeConverter<ProxySelector> {

    private static final Pattern HOST_AND_PORT = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9.-]+):(\\d{1,5})");

    @Override
    public ProxySelector convert(String value) {
        Matcher m = HOST_AND_PORT.matcher(value.strip());
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not host:port (e.g. proxy.example.com:3128)");
        }
        int port = Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new TypeConversionException("'" + value + "' has port " + port + ", outside 1..65535");
        }
        String host = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        return ProxySelector.of(InetSocketAddress.createUnresolved(host, port));
    }
}
