package org.ecgridkit.sessionlog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The SDK's name and version: what the CLI's {@code --version} prints and what a documented-contract
 * {@code Login} sends as {@code SenderSolution} and {@code SenderVersion}. Maven writes the version
 * into {@code version.properties} at build time.
 */
public final class SdkVersion {

    /** The SDK's name as it introduces itself to the service. */
    public static final String NAME = "ecgridos-sessionlog";
    private static final String UNKNOWN = "(unknown version)";
    private static final String VERSION = read();

    private SdkVersion() {
    }

    /**
     * The project version, e.g. {@code 0.1.0}.
     *
     * @return the version, or {@code (unknown version)} when the build wrote none
     */
    public static String version() {
        return VERSION;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", UNKNOWN);
    }
}
