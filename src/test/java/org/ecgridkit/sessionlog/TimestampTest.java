package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Timestamps become the same instants whatever the JVM's default zone. The build runs this class
 * three times: in the default run and in two more surefire executions with
 * {@code -Duser.timezone} set to zones far from UTC (see pom.xml), each of which also sets
 * {@code expected.timezone} so the test can prove the setting took effect.
 */
class TimestampTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void jvmRunsInTheZoneThisExecutionAskedFor() {
        String expected = System.getProperty("expected.timezone");
        // Only the extra time-zone executions set a zone to check; the default run reports this as skipped.
        assumeTrue(expected != null, "no time zone requested for this execution");
        assertThat(TimeZone.getDefault().getID()).isEqualTo(expected);
    }

    @Test
    void offsetLessTimestampIsUtcAndSevenFractionalDigitsSurvive() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200,
                "offset-less-and-seven-digit-timestamps.xml"));
        List<SessionRecord> records;
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
            records = client.sessionLog(SoapStub.SESSION_ID, 0, 10);
        }
        assertThat(records).hasSize(1);
        SessionRecord record = records.get(0);
        assertThat(record.created()).isEqualTo(Instant.parse("2026-05-07T08:00:00.1234567Z"));
        assertThat(record.created().getNano()).isEqualTo(123_456_700);
        assertThat(record.expires()).isEqualTo(Instant.parse("2026-05-07T09:00:00.9876543Z"));
    }
}
