package org.ecgridkit.sessionlog.example;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's quick start is this package's QuickStart class, word for word (all but the package line), and it works. */
class QuickStartTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static String run() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QuickStart.printSessions(SoapStub.endpoint(wireMock), SoapStub.SESSION_ID,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheSeedSessions() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
        assertThat(run()).isEqualTo(String.format(
                "2026-05-07T08:00:00Z -> 2026-05-07T09:00:00Z  user 12345  mailbox 200  lasted PT1H%n"
                + "2026-05-06T14:30:00Z -> 2026-05-06T15:30:00Z  user 12345  mailbox 200  lasted PT1H%n"));
    }

    @Test
    void tellsTheUserToLogInAgainOnAnAuthenticationFault() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 500, "fault-authentication-category.xml"));
        assertThat(run()).isEqualTo(String.format("The session id is invalid or expired: log in again.%n"));
    }

    @Test
    void readmeShowsExactlyThisCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```java\\n(import java.io.PrintStream;.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has the QuickStart ```java block").isTrue();
        String source = Files.readString(Path.of("src/test/java/org/ecgridkit/sessionlog/example/QuickStart.java"));
        String body = source.substring(source.indexOf("import java.io.PrintStream;"));
        assertThat(block.group(1)).isEqualTo(body);
    }
}
