package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Successful responses, over both SOAP versions, mapped to records. */
class ResponseMappingTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final SessionRecord SEED_FIRST = new SessionRecord("A1B2C3D4-E5F6-7890-ABCD-EF1234567890",
            12345, 100, 200, Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"));
    static final SessionRecord SEED_SECOND = new SessionRecord("B2C3D4E5-F6A7-8901-BCDE-F12345678901",
            12345, 100, 200, Instant.parse("2026-05-06T14:30:00Z"), Instant.parse("2026-05-06T15:30:00Z"));

    private List<SessionRecord> call(SoapVersion version, String fixture) {
        SoapStub.answer(wireMock, SoapStub.soapResponse(version, 200, fixture));
        try (SessionLogClient client = SoapStub.clientFor(wireMock, version).build()) {
            return client.sessionLog(SoapStub.SESSION_ID, 0, 20);
        }
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void seedExampleGivesExactlyItsTwoRecords(SoapVersion version) {
        assertThat(call(version, "seed-example.xml")).containsExactly(SEED_FIRST, SEED_SECOND);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void emptyResultGivesEmptyList(SoapVersion version) {
        assertThat(call(version, "empty-result.xml")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void missingResultGivesEmptyList(SoapVersion version) {
        List<SessionRecord> records = call(version, "missing-result.xml");
        assertThat(records).isNotNull().isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void nilEntriesAreSkipped(SoapVersion version) {
        assertThat(call(version, "nil-entry.xml")).containsExactly(SEED_FIRST);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void unknownExtraElementsAreIgnored(SoapVersion version) {
        assertThat(call(version, "unknown-extra-elements.xml")).containsExactly(SEED_FIRST);
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void entryMissingCreatedFailsTheWholeCallNamingIndexAndField(SoapVersion version) {
        assertThatThrownBy(() -> call(version, "missing-created.xml"))
                .isInstanceOf(EcGridOsResponseException.class)
                .hasMessageContaining("entry 1")
                .hasMessageContaining("Created");
    }

    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void resultIsUnmodifiable(SoapVersion version) {
        List<SessionRecord> records = call(version, "seed-example.xml");
        assertThatThrownBy(() -> records.add(SEED_FIRST)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> records.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
