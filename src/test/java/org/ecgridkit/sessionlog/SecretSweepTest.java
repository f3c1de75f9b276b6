package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole failure suite once more, with every log level of the library switched on (the DEBUG
 * wire log included): the fault-injection table, and every fixture at HTTP 200 and 500 over both
 * SOAP versions. Every log record, every exception's message, {@code toString()} and printed
 * stack trace, and every returned record's {@code toString()} is collected, and none may contain
 * the request's session id or any session id a response carried.
 */
class SecretSweepTest {

    private static final Pattern SESSION_ID_ELEMENT = Pattern.compile("<(?:[\\w.-]+:)?SessionID>([^<]+)</");

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void noSessionIdInAnyOutputOfTheFailureSuite() throws IOException, URISyntaxException {
        List<String> outputs = new ArrayList<>();
        List<String> wireRecords;
        try (LogCapture logs = LogCapture.start()) {
            for (FaultScenario scenario : FaultScenario.all()) {
                wireMock.resetAll();
                try (SessionLogClient client = scenario.server().apply(wireMock).build()) {
                    collect(Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20)), outputs);
                }
            }
            for (String fixture : fixtures()) {
                for (SoapVersion version : SoapVersion.values()) {
                    for (int status : new int[] {200, 500}) {
                        wireMock.resetAll();
                        SoapStub.answer(wireMock, SoapStub.soapResponse(version, status, fixture));
                        try (SessionLogClient client = SoapStub.clientFor(wireMock, version).build()) {
                            collect(Outcome.of(() -> client.sessionLog(SoapStub.SESSION_ID, 0, 20)), outputs);
                        }
                    }
                }
            }
            outputs.addAll(logs.texts());
            wireRecords = logs.textsOf("org.ecgridkit.sessionlog.wire");
        }

        Set<String> secrets = responseSessionIds();
        secrets.add(SoapStub.SESSION_ID);
        assertThat(secrets).as("session ids the responses carried").hasSizeGreaterThanOrEqualTo(3);
        assertThat(wireRecords).as("the wire log was on and logged envelopes").hasSizeGreaterThan(100)
                .anyMatch(record -> record.contains("<SessionID>****"));
        for (String secret : secrets) {
            assertThat(outputs).as("outputs containing " + secret).noneMatch(output -> output.contains(secret));
        }
    }

    private static void collect(Outcome outcome, List<String> outputs) {
        if (outcome.failure() != null) {
            StringWriter trace = new StringWriter();
            outcome.failure().printStackTrace(new PrintWriter(trace));
            outputs.add(outcome.failure().getMessage());
            outputs.add(outcome.failure().toString());
            outputs.add(trace.toString());
        } else {
            outcome.records().forEach(record -> outputs.add(record.toString()));
        }
    }

    /** Every SOAP 1.1 fixture that has a SOAP 1.2 twin runs as both; the rest as SOAP 1.1 only (the version's answer is then a mismatch, which is a failure worth sweeping too). */
    private static List<String> fixtures() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.list(fixtureDir())) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".xml"))
                    .filter(name -> Files.exists(fixtureDir().resolve("soap12").resolve(name)))
                    .sorted().toList();
        }
    }

    private static Set<String> responseSessionIds() throws IOException, URISyntaxException {
        Set<String> ids = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(fixtureDir())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = SESSION_ID_ELEMENT.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (matcher.group(1).strip().length() >= 8) {
                        ids.add(matcher.group(1).strip());
                    }
                }
            }
        }
        return ids;
    }

    private static Path fixtureDir() {
        try {
            return Path.of(SecretSweepTest.class.getResource("/fixtures/seed-example.xml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
