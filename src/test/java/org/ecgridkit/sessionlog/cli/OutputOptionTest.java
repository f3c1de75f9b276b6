package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output}: the file holds what standard output would, and a failed write leaves nothing half-done. */
class OutputOptionTest {

    @TempDir
    Path folder;

    private static CliRun run(String... args) {
        return CliRun.of(List.of(args), List.of(args), Map.of(), "");
    }

    @Test
    void theFileHoldsWhatStandardOutputWould() throws IOException {
        Path report = folder.resolve("audit.html");
        CliRun toFile = run("--demo", "--format", "html", "--output", report.toString());
        assertThat(toFile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(toFile.stdout()).isEmpty();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(run("--demo", "--format", "html").stdout());
        assertThat(listing()).containsExactly("audit.html");
    }

    @Test
    void anExistingFileIsReplacedWhole() throws IOException {
        Path report = folder.resolve("digest.txt");
        Files.writeString(report, "x".repeat(100_000));
        assertThat(run("--demo", "--format", "summary", "--output", report.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(report)).isEqualTo(run("--demo", "--format", "summary").stdout());
    }

    @Test
    void aFailedWriteExitsWith6AndLeavesTheFolderAsItWas() throws IOException {
        // A folder where the file should go: the final move fails, after the text was written.
        Path inTheWay = Files.createDirectory(folder.resolve("report.html"));
        Files.writeString(inTheWay.resolve("keep.txt"), "kept");
        CliRun run = run("--demo", "--format", "html", "--output", inTheWay.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OUTPUT_FILE);
        assertThat(run.stderr()).contains("sessionlog: could not write --output " + inTheWay)
                .contains("(a folder of that name is in the way)", "the file was left as it was");
        assertThat(listing()).as("no temporary file is left behind").containsExactly("report.html");
        assertThat(Files.readString(inTheWay.resolve("keep.txt"))).isEqualTo("kept");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
