package org.ecgridkit.sessionlog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the XML (and HTML) fixtures under {@code src/test/resources/fixtures/}. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Returns a fixture's text.
     *
     * @param name the path below {@code fixtures/}, e.g. {@code "seed-example.xml"}
     */
    public static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
