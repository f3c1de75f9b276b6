package org.ecgridkit.sessionlog.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the interop tests find the other SOAP stacks, and what happens when one is missing:
 * outside CI the test is skipped with the command that installs it; under {@code .ci/run}, which
 * sets {@value #REQUIRED_ENV}, it fails, so that CI can never pass with the interop tests skipped.
 */
public final class InteropTools {
    /** The contracts under test; the paths are relative to the project, surefire's working folder. */
    static final Path WSDL = Path.of("wsdl", "ECGridOS.wsdl");
    static final Path PUBLISHED_WSDL = Path.of("wsdl", "ECGridOS-published.wsdl");
    static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures");
    static final Path INTEROP = Path.of("src", "test", "interop");
    /** Debian's python3-zeep installs for this interpreter, whatever python3 comes first on PATH. */
    static final String DEBIAN_PYTHON = "/usr/bin/python3";
    static final String REQUIRED_ENV = "ECGRIDOS_INTEROP_REQUIRED";

    private static final String NPM_CI = "cd src/test/interop && npm ci";

    private InteropTools() {
    }

    /** What the node soap tests lack, with how to install it; empty when node and node soap are there. */
    static Optional<String> nodeSoapMissing() {
        if (!succeeds(List.of("node", "--version"))) {
            return missing("node is not on PATH; install Node.js 20.19 or newer, then: " + NPM_CI);
        }
        if (!Files.isDirectory(INTEROP.resolve(Path.of("node_modules", "soap")))) {
            return missing("node soap is not installed; install with: " + NPM_CI);
        }
        return Optional.empty();
    }

    /** What the zeep tests lack, with how to install it; empty when Debian's python3 imports zeep. */
    static Optional<String> zeepMissing() {
        if (!succeeds(List.of(DEBIAN_PYTHON, "-c", "import zeep"))) {
            return missing("zeep is not importable by " + DEBIAN_PYTHON + "; install with: apt-get install -y python3-zeep");
        }
        return Optional.empty();
    }

    /** The browsers the report's browser test can drive, in the order it looks for them: Debian's first. */
    private static final List<String> CHROMIUMS = List.of("chromium", "chromium-browser", "google-chrome");
    /** Names the browser to use instead of looking on PATH. */
    public static final String CHROMIUM_ENV = "ECGRIDOS_CHROMIUM";

    /**
     * The headless Chromium to run: {@value #CHROMIUM_ENV} if set, else the first of
     * {@link #CHROMIUMS} that answers {@code --version}.
     */
    public static Optional<String> chromium() {
        String named = System.getenv(CHROMIUM_ENV);
        List<String> candidates = named == null || named.isBlank() ? CHROMIUMS : List.of(named);
        return candidates.stream().filter(c -> succeeds(List.of(c, "--version"))).findFirst();
    }

    /** What the browser test lacks, with how to install it; empty when a Chromium is there. */
    public static Optional<String> chromiumMissing() {
        if (chromium().isEmpty()) {
            return missing("no headless Chromium (chromium, chromium-browser or google-chrome, or " + CHROMIUM_ENV
                    + "); install with: apt-get update && apt-get install -y chromium");
        }
        return Optional.empty();
    }

    /**
     * Skips the running test when something is missing, or fails it under CI. Call it per test
     * (from {@code @BeforeEach}): surefire drops a skip from {@code @BeforeAll} without a word.
     */
    public static void require(Optional<String> missing) {
        if (missing.isEmpty()) {
            return;
        }
        if (System.getenv(REQUIRED_ENV) != null) {
            Assertions.fail(missing.get() + " (" + REQUIRED_ENV + " is set, so this fails instead of skipping)");
        }
        Assumptions.abort(missing.get());
    }

    /** Says it on the console too: surefire shows a skip's reason only in its report files. */
    private static Optional<String> missing(String message) {
        System.err.println("[interop] " + message);
        return Optional.of(message);
    }

    private static boolean succeeds(List<String> command) {
        try {
            return BoundedCommand.run(command, Duration.ofSeconds(30)).exitCode() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }
}
