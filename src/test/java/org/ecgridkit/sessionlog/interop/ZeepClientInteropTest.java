package org.ecgridkit.sessionlog.interop;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.interop.ZeepSessionLog.Entry;
import org.ecgridkit.sessionlog.interop.ZeepSessionLog.Reading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python's zeep, loading our WSDL, reads every success fixture to the same values as
 * {@link org.ecgridkit.sessionlog.SessionLogClient}: the fixtures, and our reading of them, are
 * the contract's and not just our own.
 */
@Tag("interop")
class ZeepClientInteropTest {

    /** One zeep run calls every fixture, so the stubs must outlive a single test. */
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    private static final Pattern NIL_ENTRY = Pattern.compile("xsi:nil=\"true\"");

    private static Optional<String> missing;
    private static Map<SuccessFixture, Reading> zeep;

    @BeforeAll
    static void callEveryFixtureWithZeep() throws IOException {
        missing = InteropTools.zeepMissing();
        if (missing.isEmpty()) {
            SuccessFixture.stubAll(wireMock);
            zeep = ZeepSessionLog.read(InteropTools.WSDL, SuccessFixture.ALL, wireMock);
        }
    }

    @BeforeEach
    void requireZeep() {
        InteropTools.require(missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecgridkit.sessionlog.interop.SuccessFixture#insideTheSchema")
    void zeepReadsTheSameValuesAsTheClient(SuccessFixture fixture) {
        Reading reading = zeep.get(fixture);
        assertThat(reading.error()).as("zeep's error").isNull();
        // zeep gives each xsi:nil entry as an object whose fields are all None; the client skips them.
        assertThat(reading.entries().stream().filter(Entry::allFieldsNull).count())
                .as("entries zeep read as all None").isEqualTo(NIL_ENTRY.matcher(fixture.text()).results().count());
        List<Entry> entries = reading.entries().stream().filter(e -> !e.allFieldsNull()).toList();
        List<SessionRecord> records = fixture.readWithClient(wireMock);

        assertThat(entries).as("entries").hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            assertSameValues(entries.get(i), records.get(i), fixture + " entry " + i);
        }
    }

    /**
     * Our client ignores elements the contract does not declare; zeep, in its default strict mode,
     * refuses the whole response. The fixture is outside the schema on purpose, so this is zeep
     * holding to the schema, not a disagreement about the contract's values.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecgridkit.sessionlog.interop.SuccessFixture#outsideTheSchema")
    void zeepRejectsElementsTheSchemaDoesNotDeclare(SuccessFixture fixture) {
        assertThat(zeep.get(fixture).error()).startsWith("XMLParseError: Unexpected element");
        assertThat(fixture.readWithClient(wireMock)).isNotEmpty();
    }

    /**
     * zeep returns a timestamp without an offset as a naive datetime: it does not say UTC, as our
     * contract does, but leaves the zone open. The script prints naive values as UTC, and the value
     * comparison above shows that this reading agrees with ours.
     */
    @Test
    void zeepLeavesOnlyTheOffsetLessTimestampNaive() {
        List<String> naive = new ArrayList<>();
        zeep.forEach((fixture, reading) -> reading.naive().forEach(where -> naive.add(fixture + " " + where)));
        assertThat(naive).containsExactly("offset-less-and-seven-digit-timestamps.xml entry 0 Created");
    }

    private static void assertSameValues(Entry zeep, SessionRecord record, String where) {
        assertThat(zeep.sessionId()).as(where + " SessionID").isEqualTo(record.sessionId());
        assertThat(zeep.userId()).as(where + " UserID").isEqualTo(record.userId());
        assertThat(zeep.networkId()).as(where + " NetworkID").isEqualTo(record.networkId());
        assertThat(zeep.mailboxId()).as(where + " MailboxID").isEqualTo(record.mailboxId());
        // Python's datetime stops at microseconds, and zeep rounds finer digits to the nearest one;
        // we keep all seven of .NET's digits. Within half a microsecond is the same instant to zeep.
        assertThat(zeep.created()).as(where + " Created").isCloseTo(record.created(), within(500, ChronoUnit.NANOS));
        assertThat(zeep.expires()).as(where + " Expires").isCloseTo(record.expires(), within(500, ChronoUnit.NANOS));
    }
}
