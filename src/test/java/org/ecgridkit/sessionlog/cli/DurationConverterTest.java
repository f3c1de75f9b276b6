package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

/** The timeout forms the help text promises. */
class DurationConverterTest {

    @ParameterizedTest
    @CsvSource({"500ms, PT0.5S", "10s, PT10S", "10, PT10S", "2m, PT2M", "PT1M30S, PT1M30S", "pt5s, PT5S", " 3S , PT3S"})
    void readsEveryDocumentedForm(String text, String expected) {
        assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "10h", "-5s", "1.5s", "0", "PT0S", "PT-1S"})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(TypeConversionException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1s", "0s", "0", "-500ms", "PT0S", "PT-1S", "-PT5S", "-99999999999999999m"})
    void aDurationThatIsNotPositiveSaysSo(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' must be positive (e.g. 500ms, 10s, 2m)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "soon", "10h", "1.5s", "s", "--5s", "5 s"})
    void textThatIsNoDurationSaysSo(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is not a duration (e.g. 500ms, 10s, 2m)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147484s", "999999999m", "99999999999999999m", "PT597H"})
    void aTimeoutTheClientCannotHoldIsTooLong(String text) {
        assertThatThrownBy(() -> new DurationConverter().convert(text)).isInstanceOf(TypeConversionException.class)
                .hasMessage("'" + text + "' is too long: at most 2147483s (about 24 days)");
        assertThat(new DurationConverter().convert("2147483s")).isEqualTo(Duration.ofSeconds(2_147_483));
    }

    @ParameterizedTest
    @CsvSource({"PT1H, 1:00:00", "PT26H30M14.9S, 26:30:14", "PT0S, 0:00:00", "PT-5M, -0:05:00"})
    void theTableShowsHoursMinutesSeconds(String duration, String shown) {
        assertThat(TableWriter.hoursMinutesSeconds(Duration.parse(duration))).isEqualTo(shown);
    }
}
