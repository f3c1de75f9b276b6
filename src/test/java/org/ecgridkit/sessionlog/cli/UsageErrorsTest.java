package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The option offered for a misspelt one: the one meant when it is close, and none when nothing is. */
class UsageErrorsTest {

    /** The tool's own option names, read from the command as picocli sees it. */
    private static final List<String> NAMES = new picocli.CommandLine(
            new SessionLogCommand(Map.of(), System.in, name -> null)).getCommandSpec().options().stream()
            .flatMap(option -> List.of(option.names()).stream()).toList();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--max-record   | --max-records",
        "--max-recods   | --max-records",
        "--maxrecords   | --max-records",
        "--loging       | --login",
        "--formt        | --format",
        "--fromat       | --format",
        "--FORMAT       | --format",
        "-demo          | --demo",
        "--endpiont     | --endpoint",
        "--show-token   | --show-tokens",
        "--api-key      | --api-key-env",
        "--session      | --session-id",
        "--timeout      | --connect-timeout or --read-timeout",
        "--verbos       | --verbose",
        "--user         | --user-id",
        "demo           | --demo"})
    void offersTheOptionMeant(String typed, String meant) {
        assertThat(UsageErrors.didYouMean(typed, NAMES)).contains(meant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--frobnicate", "-x", "--", "--quiet", "--json", "--id", "--e", "--password", "json"})
    void offersNothingWhenNothingIsClose(String typed) {
        assertThat(UsageErrors.didYouMean(typed, NAMES)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--max-record    | unknown option '--max-record'; did you mean --max-records?",
        "--formt=json    | unknown option '--formt'; did you mean --format?",
        "--frobnicate    | unknown option '--frobnicate'",
        "json            | unexpected argument 'json': sessionlog takes options only",
        "max-records     | unexpected argument 'max-records'; did you mean --max-records?"})
    void namesTheArgumentAsTyped(String argument, String message) {
        assertThat(UsageErrors.unmatched(argument, NAMES)).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"kitten, sitting, 3", "format, fromat, 1", "login, loging, 1", "'', abc, 3", "same, same, 0"})
    void countsEditsWithTranspositions(String a, String b, int distance) {
        assertThat(UsageErrors.distance(a, b)).isEqualTo(distance);
    }
}
