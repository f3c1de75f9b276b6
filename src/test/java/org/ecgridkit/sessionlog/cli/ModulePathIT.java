package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main jar as a module on the module path, in JVMs of its own: the descriptor exports only the
 * client API and the test kit, the JAX-WS stack runs with the packages it opens, and a downstream
 * module needs nothing but the library's runtime dependencies (no picocli).
 */
class ModulePathIT {

    private static final String MODULE = "org.ecgridkit.sessionlog";
    private static final Path MAIN_JAR = JarProcess.buildOutput("main.jar");

    /** The library's runtime dependencies, as {@code dependency:build-classpath} listed them. */
    private static List<Path> runtimeDependencies(boolean withPicocli) {
        try {
            String list = Files.readString(JarProcess.buildOutput("runtime.classpath"), StandardCharsets.UTF_8).strip();
            return Arrays.stream(list.split(java.io.File.pathSeparator)).map(Path::of)
                    .filter(jar -> withPicocli || !jar.getFileName().toString().startsWith("picocli-"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String modulePath(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static List<Path> libraryModulePath(boolean withPicocli) {
        List<Path> path = new ArrayList<>(List.of(MAIN_JAR));
        path.addAll(runtimeDependencies(withPicocli));
        return path;
    }

    @Test
    void descriptorExportsOnlyTheApiAndTheTestKit() {
        ModuleDescriptor descriptor = ModuleFinder.of(MAIN_JAR).find(MODULE).orElseThrow().descriptor();
        assertThat(descriptor.exports()).allMatch(e -> !e.isQualified())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder("org.ecgridkit.sessionlog", "org.ecgridkit.sessionlog.testkit");
        assertThat(descriptor.opens()).allMatch(ModuleDescriptor.Opens::isQualified);
        assertThat(descriptor.requires()).filteredOn(r -> r.name().equals("info.picocli"))
                .singleElement().satisfies(r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }

    @Test
    void theToolRunsOnTheModulePath() {
        List<String> command = List.of(JarProcess.javaLauncher(),
                "--module-path", modulePath(libraryModulePath(true)), "--add-modules", "info.picocli",
                "--module", MODULE + "/" + SessionLogCli.class.getName(), "--demo");
        GoldenFile.assertMatches("cli/demo.txt", JarProcess.run(command, List.of("--demo"), Map.of(), Path.of(".")).transcript());
    }

    @Test
    void aDownstreamModuleUsesTheClientAndTheTestKitWithoutPicocli(@TempDir Path work) throws IOException {
        Path classes = compile(work, """
                module example.app {
                    requires org.ecgridkit.sessionlog;
                }
                """, """
                package example.app;

                import java.time.Instant;
                import org.ecgridkit.sessionlog.EcGridOsFaultException;
                import org.ecgridkit.sessionlog.ErrorCategory;
                import org.ecgridkit.sessionlog.SessionLogClient;
                import org.ecgridkit.sessionlog.SessionRecord;
                import org.ecgridkit.sessionlog.SoapVersion;
                import org.ecgridkit.sessionlog.testkit.SessionLogStub;

                public class Main {
                    public static void main(String[] args) {
                        SessionRecord record = new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890", 12345, 100, 200,
                                Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"));
                        try (SessionLogStub stub = SessionLogStub.start().respondWith(record);
                             SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).build()) {
                            System.out.println(client.sessionLog("module-test-session", 0, 20));
                            System.out.println(stub.requests());
                            stub.respondWithFault(ErrorCategory.AUTHENTICATION, "Session expired.");
                            try (SessionLogClient soap12 = SessionLogClient.builder().endpoint(stub.endpoint())
                                    .soapVersion(SoapVersion.SOAP_1_2).build()) {
                                soap12.sessionLog("module-test-session", 0, 20);
                            } catch (EcGridOsFaultException e) {
                                System.out.println(e.faultCode() + " " + e.category() + " " + e.faultString());
                            }
                        }
                    }
                }
                """);
        assertThat(classes).isNotNull();
        List<Path> modulePath = new ArrayList<>(List.of(classes));
        modulePath.addAll(libraryModulePath(false));
        CliRun run = JarProcess.run(List.of(JarProcess.javaLauncher(), "--module-path", modulePath(modulePath),
                "--module", "example.app/example.app.Main"), List.of(), Map.of(), work);
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo(String.format("[SessionRecord[sessionId=****7890, userId=12345, networkId=100,"
                + " mailboxId=200, created=2026-05-07T08:00:00Z, expires=2026-05-07T09:00:00Z, status=UNKNOWN, ended=none, version=none, events=0]]%n"
                + "[StubRequest[sessionId=****sion, userId=0, maxRecords=20, soapVersion=SOAP_1_1,"
                + " contract=PUBLISHED_WSDL, operation=SessionLog]]%n"
                + "Sender AUTHENTICATION Session expired.%n"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void internalPackagesAreNotVisibleToOtherModules(@TempDir Path work) {
        for (String hidden : Set.of("org.ecgridkit.sessionlog.internal.failure.SecretMask",
                "org.ecgridkit.sessionlog.internal.soap.documented.ECGridOS", "org.ecgridkit.sessionlog.cli.SessionLogCli")) {
            StringWriter diagnostics = new StringWriter();
            Path classes = compile(work.resolve(hidden), "module example.peek { requires org.ecgridkit.sessionlog; }",
                    "package example.peek; public class Peek { " + hidden + " field; }", diagnostics);
            assertThat(classes).as(hidden).isNull();
            assertThat(diagnostics.toString()).contains("is not visible");
        }
    }

    private static Path compile(Path work, String moduleInfo, String mainSource) throws IOException {
        StringWriter diagnostics = new StringWriter();
        Path classes = compile(work, moduleInfo, mainSource, diagnostics);
        assertThat(diagnostics.toString()).as("compiler output").isEmpty();
        return classes;
    }

    /** Compiles a one-class module against the library; returns its classes, or null when it did not compile. */
    private static Path compile(Path work, String moduleInfo, String mainSource, StringWriter diagnostics) {
        try {
            Path sources = Files.createDirectories(work.resolve("src"));
            Path descriptor = Files.writeString(sources.resolve("module-info.java"), moduleInfo);
            String pkg = mainSource.substring(mainSource.indexOf("package ") + 8, mainSource.indexOf(';')).strip();
            String name = mainSource.substring(mainSource.indexOf("public class ") + 13).split("\\s")[0];
            Path source = Files.writeString(Files.createDirectories(sources.resolve(pkg.replace('.', '/')))
                    .resolve(name + ".java"), mainSource);
            Path classes = Files.createDirectories(work.resolve("classes"));
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
                boolean compiled = javac.getTask(diagnostics, files, null,
                        List.of("-d", classes.toString(), "--module-path", modulePath(libraryModulePath(false))),
                        null, files.getJavaFileObjects(descriptor, source)).call();
                return compiled ? classes : null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
