package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;
import org.junit.jupiter.api.Test;

/**
 * What the HTML report must never hold, whatever the server sent: markup of the server's, a
 * resource to load, a session id in full; and what it must hold for each size of log.
 */
class HtmlReportWriterTest {

    static String html(List<SessionRecord> records, UnaryOperator<String> sessionIds) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            OutputFormat.HTML.writer().write(records, sessionIds, false, out);
        }
        return text.toString();
    }

    /** How often the pattern matches in the text. */
    static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void serverTextIsEscapedEverywhere() {
        String html = html(AuditLogs.HOSTILE, UnaryOperator.identity());
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b>").doesNotContain("onerror=\"")
                .contains("&lt;script&gt;document.title=&#39;PWNED&#39;")
                .contains("&lt;img src=x onerror=&quot;document.title=&#39;PWNED&#39;&quot;&gt;")
                .contains("&lt;b&gt;Bold&lt;/b&gt;")
                .contains("&amp;amp; more")
                // bidi override, C1 escape and line break of the server's are shown as '?'
                .contains("more??2J?line")
                .doesNotContain("\u202e").doesNotContain("\u009b");
        // Only our own elements: every tag name is one the writer uses.
        Matcher tags = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)").matcher(html);
        while (tags.find()) {
            assertThat(tags.group(1)).isIn("html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p",
                    "section", "div", "svg", "g", "text", "rect", "line", "path", "table", "thead", "tbody", "tr", "th", "td");
        }
    }

    @Test
    void loadsNothingAndItsPolicyForbidsLoading() {
        String html = html(DemoSessionLog.PUBLISHED_RECORDS, SecretMask::mask);
        assertThat(html).doesNotContain(" src=").doesNotContain(" href=").doesNotContain("url(").doesNotContain("@import");
        // The one address is the SVG namespace, a name rather than a resource.
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:").doesNotContain("https:")
                .doesNotContain("//");
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(html);
        assertThat(csp.find()).as("a CSP meta tag").isTrue();
        assertThat(csp.group(1)).startsWith("default-src 'none';").contains("script-src 'none'", "img-src 'none'",
                "font-src 'none'", "connect-src 'none'", "base-uri 'none'", "form-action 'none'")
                .doesNotContain("unsafe-inline");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertThat(style.find()).isTrue();
        assertThat(csp.group(1)).as("the style element is allowed by its hash").contains("'sha256-" + sha256(style.group(1)) + "'");
        assertThat(html).doesNotContain(" style=");
    }

    @Test
    void sessionIdsAreMaskedUnlessShown() {
        String masked = html(DemoSessionLog.PUBLISHED_RECORDS, SecretMask::mask);
        for (SessionRecord r : DemoSessionLog.PUBLISHED_RECORDS) {
            assertThat(SecretMask.contains(masked, r.sessionId())).as(r.sessionId()).isFalse();
            assertThat(masked).contains(SecretMask.mask(r.sessionId()));
        }
        assertThat(html(DemoSessionLog.PUBLISHED_RECORDS, UnaryOperator.identity()))
                .contains(DemoSessionLog.PUBLISHED_RECORDS.get(0).sessionId());
    }

    @Test
    void oneBarPerSessionAndOneMarkPerCall() {
        String html = html(DemoSessionLog.PUBLISHED_RECORDS, SecretMask::mask);
        assertThat(count(html, "<g class=\"session [a-z]+\" tabindex=\"0\">")).isEqualTo(3);
        assertThat(count(html, "<line class=\"call\" [^>]*><title>")).isEqualTo(8);
        assertThat(count(html, "<path class=\"call failed\" [^>]*><title>")).isEqualTo(1);
        assertThat(html).contains("<section id=\"failed-calls\">", "<section id=\"sessions\">", "<section id=\"calls\">");
    }

    @Test
    void aLogWithoutSessionsSaysSoAndDrawsNothing() {
        String html = html(List.of(), SecretMask::mask);
        assertThat(html).contains("No sessions: nothing to draw.").doesNotContain("<svg").doesNotContain("<table");
    }

    @Test
    void oneSessionGetsATimeline() {
        String html = html(DemoSessionLog.PUBLISHED_RECORDS.subList(0, 1), SecretMask::mask);
        assertThat(count(html, "<g class=\"session open\" tabindex=\"0\">")).isEqualTo(1);
        assertThat(html).contains("class=\"grid\"");
    }

    @Test
    void theServicesMaximumDrawsEverySession() {
        List<SessionRecord> records = AuditLogs.maximum();
        String html = html(records, SecretMask::mask);
        assertThat(count(html, "<g class=\"session [a-z]+\" tabindex=\"0\">")).isEqualTo(100);
        int calls = records.stream().mapToInt(r -> r.events().size()).sum();
        assertThat(count(html, "class=\"call[ \"][^>]*><title>")).isEqualTo(calls);
    }

    @Test
    void theDocumentedContractIsSaidToCarryNoStatusOrCalls() {
        String html = html(DemoSessionLog.DOCUMENTED_RECORDS, SecretMask::mask);
        assertThat(html).contains("The service reported no session status and no API calls")
                .doesNotContain("class=\"call")
                .contains("status not reported");
        assertThat(count(html, "<g class=\"session unknown\" tabindex=\"0\">")).isEqualTo(2);
    }

    @Test
    void theSameRecordsGiveTheSameReport() {
        assertThat(html(AuditLogs.maximum(), SecretMask::mask)).isEqualTo(html(AuditLogs.maximum(), SecretMask::mask));
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
