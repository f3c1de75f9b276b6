package org.ecgridkit.sessionlog.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every ```java block of the README is code this build compiles: either a whole source file of
 * this package (from its first {@code import}, the package line left out) or a
 * {@code // README:begin NAME} ... {@code // README:end} region of one, de-indented. So a README
 * snippet cannot drift from the API, and the examples below it are tests that run.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("README.md");
    private static final Path EXAMPLES = Path.of("src/test/java/org/ecgridkit/sessionlog/example");
    /** Files the README shows whole. */
    private static final List<String> WHOLE_FILES = List.of("QuickStart.java", "SessionAudit.java");
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern REGION = Pattern.compile(
            "^([ \\t]*)// README:begin ([\\w-]+)\\n(.*?)^[ \\t]*// README:end\\n", Pattern.DOTALL | Pattern.MULTILINE);

    private static List<String> readmeBlocks() throws IOException {
        Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    /** Every snippet the sources offer, by name: whole files by file name, regions by region name. */
    private static Map<String, String> compiledSnippets() throws IOException {
        Map<String, String> snippets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                String name = file.getFileName().toString();
                if (WHOLE_FILES.contains(name)) {
                    snippets.put(name, source.substring(source.indexOf("import ")));
                }
                Matcher region = REGION.matcher(source);
                while (region.find()) {
                    snippets.put(name + "#" + region.group(2), dedent(region.group(3)));
                }
            }
        }
        return snippets;
    }

    private static String dedent(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }

    @Test
    void everyJavaBlockOfTheReadmeIsCompiledSource() throws IOException {
        List<String> blocks = readmeBlocks();
        Map<String, String> snippets = compiledSnippets();
        assertThat(blocks).as("the README's ```java blocks").isNotEmpty();
        for (String block : blocks) {
            assertThat(snippets.values())
                    .as("README block starting %s is not a whole file or a README region under %s",
                            block.lines().findFirst().orElse(""), EXAMPLES)
                    .contains(block);
        }
    }

    @Test
    void everyExampleMeantForTheReadmeIsInIt() throws IOException {
        List<String> blocks = readmeBlocks();
        Map<String, String> snippets = compiledSnippets();
        assertThat(snippets.keySet()).containsAll(WHOLE_FILES);
        snippets.forEach((name, snippet) -> assertThat(blocks).as("README shows %s", name).contains(snippet));
    }
}
