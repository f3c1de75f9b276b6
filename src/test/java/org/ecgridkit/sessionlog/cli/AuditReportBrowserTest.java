package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecgridkit.sessionlog.cli.HtmlReportWriterTest.count;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.interop.BoundedCommand;
import org.ecgridkit.sessionlog.interop.InteropTools;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Opens the HTML report in a real browser, headless Chromium, and checks the DOM it built: the
 * bars, the call marks and the tables are there, and a script the server slipped into a comment,
 * a call or an IP did not run. Keeps a screenshot of the demo report in
 * {@code target/audit-report/} for a person to look at; with {@code -Dgolden.update=true} it also
 * refreshes the README's {@code docs/audit-report.png}.
 *
 * <p>Skipped when no Chromium is installed, except under CI ({@code ECGRIDOS_INTEROP_REQUIRED}),
 * where it fails instead. Every browser run is bounded by a time limit.
 */
class AuditReportBrowserTest {

    private static final Path OUT = Path.of("target", "audit-report");
    private static final Path README_SCREENSHOT = Path.of("docs", "audit-report.png");
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String TITLE = "<title>ECGridOS session log audit</title>";

    private String chromium;

    @BeforeEach
    void findChromium() throws IOException {
        InteropTools.require(InteropTools.chromiumMissing());
        chromium = InteropTools.chromium().orElseThrow();
        Files.createDirectories(OUT);
    }

    @Test
    void theDemoReportShowsBarsMarksAndTables() throws IOException {
        Path report = OUT.resolve("demo.html");
        CliRun run = CliRun.of(List.of("--demo", "--format", "html", "--output", report.toString()),
                List.of("--demo", "--format", "html", "--output", "demo.html"), Map.of(), "");
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(ExitCode.OK);

        String dom = dumpDom(report);
        assertThat(dom).contains(TITLE);
        assertThat(count(dom, "<g class=\"session [a-z]+\" tabindex=\"0\">")).as("one bar a session").isEqualTo(3);
        assertThat(count(dom, "<rect class=\"bar\"")).as("bars and the legend's three swatches").isEqualTo(6);
        assertThat(count(dom, "<line class=\"call\"[^>]*><title>")).as("a mark a successful call").isEqualTo(8);
        assertThat(count(dom, "<path class=\"call failed\"[^>]*><title>FAILED SessionLogEx")).as("the failed call").isEqualTo(1);
        assertThat(rows(dom, "sessions")).isEqualTo(3);
        assertThat(rows(dom, "failed-calls")).isEqualTo(1);
        assertThat(rows(dom, "calls")).isEqualTo(9);
        assertThat(dom).contains("UserID 67890 is not in your network");

        Path screenshot = OUT.resolve("audit-report.png");
        screenshot(report, screenshot);
        assertThat(Files.size(screenshot)).as("a screenshot of some substance").isGreaterThan(20_000);
        if (Boolean.getBoolean("golden.update")) {
            Files.copy(screenshot, README_SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(README_SCREENSHOT).as("the README's screenshot (refresh it with -Dgolden.update=true)").exists();
    }

    @Test
    void scriptsFromTheServerDoNotRun() throws IOException {
        Path report = write("hostile.html", HtmlReportWriterTest.html(AuditLogs.HOSTILE, UnaryOperator.identity()));
        String dom = dumpDom(report);
        assertThat(dom).contains(TITLE).doesNotContain("<title>PWNED");
        assertThat(dom).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img").doesNotContain("<b>");
        assertThat(bodyText(dom)).as("nothing appended to the body").doesNotEndWith("PWNED");
        // The server's text is there, as text.
        assertThat(dom).contains("denied &lt;script&gt;document.title='PWNED'", "&lt;b&gt;Bold&lt;/b&gt;");
        assertThat(count(dom, "<g class=\"session [a-z]+\" tabindex=\"0\">")).isEqualTo(3);
        screenshot(report, OUT.resolve("hostile.png"));
    }

    /**
     * The check above means something only if a script that does run shows in the dumped DOM:
     * the same script, in a page of our own without the report's escaping and policy, does.
     */
    @Test
    void aScriptThatRunsWouldShow() throws IOException {
        Path page = write("control.html", "<!DOCTYPE html><html><head>" + TITLE + "</head><body><p>control</p>"
                + AuditLogs.SCRIPT + "</body></html>");
        String dom = dumpDom(page);
        assertThat(dom).contains("<title>PWNED</title>");
        assertThat(bodyText(dom)).endsWith("PWNED");
    }

    @Test
    void theServicesMaximumAndAnEmptyLogRender() throws IOException {
        List<SessionRecord> maximum = AuditLogs.maximum();
        String dom = dumpDom(write("maximum.html", HtmlReportWriterTest.html(maximum, SecretMask::mask)));
        assertThat(count(dom, "<g class=\"session [a-z]+\" tabindex=\"0\">")).isEqualTo(100);
        assertThat(rows(dom, "sessions")).isEqualTo(100);
        screenshot(OUT.resolve("maximum.html"), OUT.resolve("maximum.png"));

        String empty = dumpDom(write("empty.html", HtmlReportWriterTest.html(List.of(), SecretMask::mask)));
        assertThat(empty).contains("No sessions: nothing to draw.").doesNotContain("<svg");

        String documented = dumpDom(write("documented.html",
                HtmlReportWriterTest.html(DemoSessionLog.DOCUMENTED_RECORDS, SecretMask::mask)));
        assertThat(documented).contains("The service reported no session status and no API calls")
                .doesNotContain("class=\"call");
        assertThat(count(documented, "<g class=\"session unknown\" tabindex=\"0\">")).isEqualTo(2);
    }

    private static Path write(String name, String html) throws IOException {
        Path file = OUT.resolve(name);
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }

    private String dumpDom(Path page) throws IOException {
        return browser(page, "--dump-dom");
    }

    private void screenshot(Path page, Path png) throws IOException {
        Files.deleteIfExists(png);
        browser(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=1200,900", "--hide-scrollbars");
        assertThat(png).exists();
    }

    /**
     * Runs the browser once on a page, with a profile of its own and without the background
     * connections (updates, sync) that a closed network refuses; returns what it printed.
     */
    private String browser(Path page, String... what) throws IOException {
        Path profile = Files.createTempDirectory(OUT, "profile-");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath()));
        command.addAll(List.of(what));
        command.add(page.toAbsolutePath().toUri().toString());
        return BoundedCommand.run(command, LIMIT).stdoutIfSucceeded(command);
    }

    /** The rows of the table in the section with this id. */
    private static int rows(String dom, String sectionId) {
        Matcher section = Pattern.compile("<section id=\"" + sectionId + "\">(.*?)</section>", Pattern.DOTALL).matcher(dom);
        assertThat(section.find()).as("section %s", sectionId).isTrue();
        Matcher body = Pattern.compile("<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(section.group(1));
        return body.find() ? count(body.group(1), "<tr[ >]") : 0;
    }

    /** The body's content as dumped, without the closing tags after it. */
    private static String bodyText(String dom) {
        return dom.substring(0, dom.lastIndexOf("</body>")).strip();
    }
}
