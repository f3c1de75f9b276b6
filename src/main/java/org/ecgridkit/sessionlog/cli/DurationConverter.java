package org.ecgridkit.sessionlog.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a timeout option: a number with a unit ({@code 500ms}, {@code 10s}, {@code 2m}), a bare
 * number of seconds, or an ISO-8601 duration ({@code PT10S}). It must be positive, and at most
 * {@link #MAX} (the HTTP stack counts timeouts in int milliseconds). A value that reads as a
 * duration but is zero or negative is told apart from one that is no duration at all.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    /** The longest timeout the client accepts: {@code Integer.MAX_VALUE} milliseconds, about 24.8 days. */
    static final Duration MAX = Duration.ofMillis(Integer.MAX_VALUE);
    private static final String EXAMPLES = "(e.g. 500ms, 10s, 2m)";
    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("([+-]?\\d{1,18})(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
        if (duration == null) {
            throw new TypeConversionException("'" + value + "' is not a duration " + EXAMPLES);
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' must be positive " + EXAMPLES);
        }
        if (duration.compareTo(MAX) > 0) {
            throw new TypeConversionException("'" + value + "' is too long: at most " + MAX.toSeconds()
                    + "s (about 24 days)");
        }
        return duration;
    }

    /** The duration the text names, or null when it names none. */
    private static Duration parse(String value) {
        Matcher m = NUMBER_AND_UNIT.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            try {
                return switch (unit) {
                    case "ms" -> Duration.ofMillis(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofSeconds(amount);
                };
            } catch (ArithmeticException tooMany) {
                // More minutes than a Duration holds: too long (or, negative, not positive), not "no duration".
                return amount < 0 ? Duration.ofSeconds(-1) : MAX.plusMillis(1);
            }
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
