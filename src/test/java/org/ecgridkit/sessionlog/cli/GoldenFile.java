package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file under {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dgolden.update=true} to (re)write the files from what the code prints now, then review
 * the diff before committing it.
 */
final class GoldenFile {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private GoldenFile() {
    }

    /** Asserts that {@code actual} equals the golden file {@code name} (a path below {@code golden/}). */
    static void assertMatches(String name, String actual) {
        Path file = ROOT.resolve(name);
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            }
            assertThat(file).as("golden file %s (create or refresh it with -Dgolden.update=true)", file).exists();
            assertThat(actual).as("output compared with golden file %s", file)
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
