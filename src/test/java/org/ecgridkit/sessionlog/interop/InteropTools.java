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
final class InteropTools {
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

    /**
     * Skips the running test when something is missing, or fails it under CI. Call it per test
     * (from {@code @BeforeEach}): surefire drops a skip from {@code @BeforeAll} without a word.
     */
    static void require(Optional<String> missing) {
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
