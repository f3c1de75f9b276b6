package org.ecgridkit.sessionlog.interop;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.SessionStatus;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.interop.ZeepSessionLog.Event;
import org.ecgridkit.sessionlog.interop.ZeepSessionLog.PublishedEntry;
import org.ecgridkit.sessionlog.interop.ZeepSessionLog.Reading;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Python's zeep, loading the published WSDL ({@code wsdl/ECGridOS-published.wsdl}), calls
 * SessionLog, SessionLogEx and SessionLogCurrent where WireMock replays each schema-valid
 * {@code published-*} fixture, over SOAP 1.1 and 1.2, and reads every field of every
 * {@code SessionLogInfo} and event to the same values as {@link org.ecgridkit.sessionlog.SessionLogClient}
 * pinned to {@link ServiceContract#PUBLISHED_WSDL}: the published fixtures, and our mapping of
 * them onto records, are the contract's and not just our own.
 *
 * <p>Where zeep and the client differ by design, the comparison says how: Python's datetime holds
 * microseconds, so zeep rounds .NET's seventh fractional digit away (half to even); .NET's unset
 * {@code EndTime}, {@code 0001-01-01T00:00:00}, is to zeep the year-1 datetime it says and to the
 * client no end time; an empty {@code ip} or {@code Comment} is None to zeep and empty to the
 * client; an {@code xsi:nil} entry or event is an all-None object to zeep and skipped by the client.
 *
 * <p>The fixtures outside the schema on purpose are not compared; the tests at the end pin what
 * zeep does with each instead. zeep's strict mode refuses undeclared elements only (see
 * {@code ZeepClientInteropTest}): a value outside an enumeration, a missing required element and
 * an unparsable timestamp all come back without an error.
 */
@Tag("interop")
class PublishedZeepClientInteropTest {

    /** One zeep run calls every fixture, so the stubs must outlive a single test. */
    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).resetOnEachTest(false).build();

    private static final Pattern NIL_ENTRY = Pattern.compile("<SessionLogInfo xsi:nil=\"true\"");
    private static final Pattern NIL_EVENT = Pattern.compile("<SessionEvents xsi:nil=\"true\"");
    /** The day of .NET's unset {@code DateTime}, which the client maps to no end time. */
    private static final LocalDate UNSET = LocalDate.of(1, 1, 1);

    private static Optional<String> missing;
    private static Map<PublishedFixture, Reading> zeep;

    @BeforeAll
    static void callEveryFixtureWithZeep() throws IOException {
        missing = InteropTools.zeepMissing();
        if (missing.isEmpty()) {
            ReplayedFixture.stubAll(wireMock, PublishedFixture.ALL);
            zeep = ZeepSessionLog.read(InteropTools.PUBLISHED_WSDL, PublishedFixture.ALL, wireMock);
        }
    }

    @BeforeEach
    void requireZeep() {
        InteropTools.require(missing);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ecgridkit.sessionlog.interop.PublishedFixture#insideTheSchema")
    void zeepReadsTheSameValuesAsTheClient(PublishedFixture fixture) {
        Reading reading = zeep.get(fixture);
        assertThat(reading.error()).as("zeep's error").isNull();
        List<PublishedEntry> all = reading.publishedEntries();
        // zeep gives each xsi:nil entry or event as an object whose fields are all None; the client skips them.
        assertThat(all.stream().filter(PublishedEntry::allFieldsNull).count())
                .as("entries zeep read as all None").isEqualTo(NIL_ENTRY.matcher(fixture.text()).results().count());
        List<PublishedEntry> entries = all.stream().filter(e -> !e.allFieldsNull()).toList();
        assertThat(entries.stream().mapToLong(e -> e.events() == null ? 0 : e.events().stream().filter(Event::allFieldsNull).count()).sum())
                .as("events zeep read as all None").isEqualTo(NIL_EVENT.matcher(fixture.text()).results().count());
        List<SessionRecord> records = fixture.readWithClient(wireMock);

        assertThat(entries).as("entries").hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            assertSameValues(entries.get(i), records.get(i), fixture + " entry " + i);
        }
    }

    /**
     * The fixtures cover what the comparison is for: at least one answer of each operation, in
     * both versions, and among them an open session (unset end time), a seven-digit fraction, nil
     * entries and events, and an empty result. Without this, a fixture list that shrank would
     * still pass.
     */
    @Test
    void theComparedFixturesCoverEachOperationAndTheAwkwardValues() {
        List<PublishedFixture> compared = PublishedFixture.insideTheSchema().toList();
        for (SoapVersion version : SoapVersion.values()) {
            assertThat(compared).filteredOn(f -> f.version() == version).extracting(PublishedFixture::operation)
                    .contains("SessionLog", "SessionLogEx", "SessionLogCurrent");
        }
        String texts = String.join("\n", compared.stream().map(PublishedFixture::text).toList());
        assertThat(texts).contains("<EndTime>0001-01-01T00:00:00</EndTime>", ".1234567Z", "<SessionLogResult />",
                "<SessionLogInfo xsi:nil=\"true\" />", "<SessionEvents xsi:nil=\"true\" />", "<ip></ip>");
    }

    /**
     * zeep returns a timestamp without an offset as a naive datetime: it does not say UTC, as the
     * contract does, but leaves the zone open. The script prints naive values as UTC, and the value
     * comparison above shows that this reading agrees with ours. The unset {@code EndTime} is one
     * of them: {@code 0001-01-01T00:00:00} has no offset in the fixtures.
     */
    @Test
    void zeepLeavesExactlyTheOffsetLessTimestampsNaive() {
        List<String> naive = new ArrayList<>();
        PublishedFixture.insideTheSchema().forEach(fixture ->
                zeep.get(fixture).naive().forEach(where -> naive.add(fixture.name() + " " + fixture.version() + " " + where)));
        List<String> expected = new ArrayList<>();
        for (SoapVersion version : SoapVersion.values()) {
            expected.addAll(List.of(
                    "published-sessions.xml " + version + " entry 0 EndTime",
                    "published-sessions.xml " + version + " entry 1 Events.SessionEvents[1].Date",
                    "published-sessionlogex.xml " + version + " entry 0 Events.SessionEvents[1].Date",
                    "published-current.xml " + version + " entry 0 EndTime"));
        }
        assertThat(naive).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Outside the enumerations, zeep passes the new values through as strings, as the client
     * does with an event's call and code; for the status the client says UNKNOWN. zeep keeps the
     * -05:00 of an unset {@code EndTime} written in local time; the client sees no end time.
     */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void zeepPassesValuesOutsideTheEnumerationsThrough(SoapVersion version) {
        PublishedEntry entry = onlyEntry(version, "published-unknown-status-and-call.xml");
        assertThat(entry.status()).isEqualTo("Suspended");
        assertThat(entry.endTime()).isEqualTo(OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(-5)));
        assertThat(entry.events()).singleElement().satisfies(event -> {
            assertThat(event.apiCall()).isEqualTo("QuantumEntangle");
            assertThat(event.returnCode()).isEqualTo("NewCodeFromTheFuture");
        });

        SessionRecord record = withClient(version, "published-unknown-status-and-call.xml").get(0);
        assertThat(record.status()).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(record.ended()).isEmpty();
        assertThat(record.events()).singleElement().satisfies(event -> {
            assertThat(event.apiCall()).isEqualTo("QuantumEntangle");
            assertThat(event.returnCode()).isEqualTo("NewCodeFromTheFuture");
        });
    }

    /** A required Status that is missing is None to zeep; the client refuses the whole call. */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void zeepReadsAMissingStatusAsNoneWhereTheClientRefuses(SoapVersion version) {
        Reading reading = zeep.get(fixture(version, "published-missing-status.xml"));
        assertThat(reading.error()).isNull();
        assertThat(reading.publishedEntries()).extracting(PublishedEntry::status).containsExactly("Open", null);
        assertThatThrownBy(() -> withClient(version, "published-missing-status.xml"))
                .isInstanceOf(EcGridOsResponseException.class).hasMessageContaining("Status");
    }

    /** A required ReturnCode that is missing is None to zeep; the client refuses the whole call. */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void zeepReadsAMissingReturnCodeAsNoneWhereTheClientRefuses(SoapVersion version) {
        PublishedEntry entry = onlyEntry(version, "published-event-missing-return-code.xml");
        assertThat(entry.events()).extracting(Event::returnCode).containsExactly("Success", null);
        assertThatThrownBy(() -> withClient(version, "published-event-missing-return-code.xml"))
                .isInstanceOf(EcGridOsResponseException.class).hasMessageContaining("ReturnCode");
    }

    /**
     * An unparsable StartTime is None to zeep, which only logs the parse error; the client
     * refuses the whole call, naming the value.
     */
    @ParameterizedTest
    @EnumSource(SoapVersion.class)
    void zeepReadsAnInvalidStartTimeAsNoneWhereTheClientRefuses(SoapVersion version) {
        PublishedEntry entry = onlyEntry(version, "published-invalid-start-time.xml");
        assertThat(entry.startTime()).isNull();
        assertThat(entry.sessionId()).isNotNull();
        assertThatThrownBy(() -> withClient(version, "published-invalid-start-time.xml"))
                .isInstanceOf(EcGridOsResponseException.class).hasMessageContaining("yesterday");
    }

    private static PublishedFixture fixture(SoapVersion version, String name) {
        return PublishedFixture.ALL.stream().filter(f -> f.version() == version && f.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static PublishedEntry onlyEntry(SoapVersion version, String name) {
        Reading reading = zeep.get(fixture(version, name));
        assertThat(reading.error()).as("zeep's error").isNull();
        assertThat(reading.publishedEntries()).hasSize(1);
        return reading.publishedEntries().get(0);
    }

    private static List<SessionRecord> withClient(SoapVersion version, String name) {
        return fixture(version, name).readWithClient(wireMock);
    }

    private static void assertSameValues(PublishedEntry zeep, SessionRecord record, String where) {
        assertThat(zeep.sessionId()).as(where + " SessionID").isEqualTo(record.sessionId());
        assertThat(zeep.userId()).as(where + " UserID").isEqualTo(record.userId());
        assertThat(zeep.networkId()).as(where + " NetworkID").isEqualTo(record.networkId());
        assertThat(zeep.mailboxId()).as(where + " MailboxID").isEqualTo(record.mailboxId());
        assertSameInstant(zeep.startTime(), record.created(), where + " StartTime");
        assertSameInstant(zeep.expires(), record.expires(), where + " Expires");
        assertThat(zeep.status()).as(where + " Status").isNotNull();
        assertThat(SessionStatus.valueOf(zeep.status().toUpperCase(Locale.ROOT))).as(where + " Status")
                .isEqualTo(record.status());
        if (record.ended().isEmpty()) {
            // zeep has no notion of .NET's unset DateTime: it returns the year-1 datetime itself.
            assertThat(zeep.endTime()).as(where + " EndTime").isNotNull();
            assertThat(zeep.endTime().toLocalDateTime()).as(where + " EndTime").isEqualTo(UNSET.atStartOfDay());
        } else {
            assertSameInstant(zeep.endTime(), record.ended().get(), where + " EndTime");
        }
        assertThat(Optional.ofNullable(zeep.version())).as(where + " Version").isEqualTo(record.version());

        List<Event> events = zeep.events() == null ? List.of()
                : zeep.events().stream().filter(e -> !e.allFieldsNull()).toList();
        assertThat(events).as(where + " events").hasSameSizeAs(record.events());
        for (int i = 0; i < events.size(); i++) {
            assertSameEvent(events.get(i), record.events().get(i), where + " event " + i);
        }
    }

    private static void assertSameEvent(Event zeep, SessionEvent event, String where) {
        assertThat(zeep.apiCall()).as(where + " APICall").isEqualTo(event.apiCall());
        assertSameInstant(zeep.date(), event.at(), where + " Date");
        assertThat(zeep.milliseconds()).as(where + " Milliseconds").isNotNull();
        assertThat(Duration.ofMillis(zeep.milliseconds())).as(where + " Milliseconds").isEqualTo(event.elapsed());
        // An empty ip or Comment element is None to zeep, and absent to the client.
        assertThat(Optional.ofNullable(zeep.ip())).as(where + " ip").isEqualTo(event.ip());
        assertThat(zeep.returnCode()).as(where + " ReturnCode").isEqualTo(event.returnCode());
        assertThat(Optional.ofNullable(zeep.comment())).as(where + " Comment").isEqualTo(event.comment());
    }

    /**
     * Python's datetime stops at microseconds, and zeep rounds finer digits to the nearest one
     * (half to even); we keep all seven of .NET's digits. Within half a microsecond is the same
     * instant to zeep; anything coarser than a microsecond must match exactly.
     */
    private static void assertSameInstant(OffsetDateTime zeep, Instant ours, String where) {
        assertThat(zeep).as(where).isNotNull();
        assertThat(zeep.toInstant()).as(where).isCloseTo(ours, within(500, ChronoUnit.NANOS));
    }
}
