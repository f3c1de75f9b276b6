package org.ecgridkit.sessionlog.internal.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XsdDateTimeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2026-05-07T08:00:00Z                | 2026-05-07T08:00:00Z",
            "2026-05-07T08:00:00                 | 2026-05-07T08:00:00Z",
            "2026-05-07T08:00:00.1234567         | 2026-05-07T08:00:00.123456700Z",
            "2026-05-07T08:00:00.123456789       | 2026-05-07T08:00:00.123456789Z",
            "2026-05-07T08:00:00.1234567891234Z  | 2026-05-07T08:00:00.123456789Z",
            "2026-05-07T08:00:00.5Z              | 2026-05-07T08:00:00.500Z",
            "2026-05-07T10:00:00+02:00           | 2026-05-07T08:00:00Z",
            "2026-05-07T02:15:00-05:45           | 2026-05-07T08:00:00Z",
            "2026-05-07T08:00:00-00:00           | 2026-05-07T08:00:00Z",
            "2026-05-07T22:00:00+14:00           | 2026-05-07T08:00:00Z",
            "2026-05-07T24:00:00Z                | 2026-05-08T00:00:00Z",
            "2024-02-29T12:00:00Z                | 2024-02-29T12:00:00Z",
            "1970-01-01T00:00:00Z                | 1970-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z                | 0001-01-01T00:00:00Z",
            "12026-05-07T08:00:00Z               | +12026-05-07T08:00:00Z",
            "-0044-03-15T12:00:00Z               | -0044-03-15T12:00:00Z",
    })
    void parsesValidForms(String lexical, String expected) {
        assertThat(XsdDateTime.parse(lexical)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  2026-05-07T08:00:00Z\n", "\t2026-05-07T08:00:00.1234567\r\n"})
    void toleratesSurroundingXmlWhitespace(String lexical) {
        assertThat(XsdDateTime.parse(lexical)).isBetween(
                Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T08:00:01Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "yesterday", "2026-05-07", "2026-05-07T08:00", "2026-05-07 08:00:00Z", "2026-5-07T08:00:00Z",
            "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z", "2025-02-29T00:00:00Z", "2026-05-07T25:00:00Z",
            "2026-05-07T08:60:00Z", "2026-05-07T08:00:60Z", "2026-05-07T24:00:01Z", "2026-05-07T08:00:00.Z",
            "2026-05-07T08:00:00+15:00", "2026-05-07T08:00:00+14:30", "2026-05-07T08:00:00+0200",
            "2026-05-07T08:00:00ZZ", "2026-05-07T08:00:00Z trailing", "02026-05-07T08:00:00Z",
            "２０２６-05-07T08:00:00Z", "2026-05-07T08:00:00.١Z"})
    void rejectsInvalidForms(String lexical) {
        assertThatIllegalArgumentException().isThrownBy(() -> XsdDateTime.parse(lexical))
                .withMessageContaining("xs:dateTime");
    }

    /**
     * The fixed-position reading of the usual shape must agree with java.time on every day around
     * the calendar's edge cases (leap years of every kind, century and era boundaries), with every
     * fraction length and with offsets.
     */
    @Test
    void canonicalFormsAgreeWithJavaTimeOnEveryDayAroundCalendarEdges() {
        String[] times = {"T00:00:00Z", "T23:59:59.9Z", "T12:34:56.123456789Z", "T08:00:00.1234567",
                "T05:30:00+05:30", "T01:00:00-14:00", "T13:14:15.000001+14:00"};
        for (int startYear : new int[] {0, 399, 1599, 1899, 1969, 1999, 2099, 9998}) {
            for (LocalDate d = LocalDate.of(startYear, 1, 1); d.getYear() <= startYear + 1; d = d.plusDays(1)) {
                String time = times[(int) Math.floorMod(d.toEpochDay(), (long) times.length)]; // one per day, all in a week
                String lexical = d + time; // LocalDate prints YYYY-MM-DD, zero-padded
                Instant expected = OffsetDateTime.parse(time.endsWith("7") ? lexical + "Z" : lexical).toInstant();
                assertThat(XsdDateTime.parse(lexical)).as(lexical).isEqualTo(expected);
            }
        }
    }
}
