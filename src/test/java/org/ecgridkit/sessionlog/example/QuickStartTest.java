package org.ecgridkit.sessionlog.example;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's library quick start, QuickStart, works (ReadmeSnippetsTest checks the README shows it word for word). */
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
}
