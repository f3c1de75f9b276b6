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
 * number of seconds, or an ISO-8601 duration ({@code PT10S}). It must be positive.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern NUMBER_AND_UNIT = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value.strip().toLowerCase(Locale.ROOT));
        if (duration == null) {
            throw new TypeConversionException("'" + value + "' is not a duration (use e.g. 500ms, 10s, 2m or PT10S)");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a positive duration");
        }
        return duration;
    }

    private static Duration parse(String value) {
        Matcher m = NUMBER_AND_UNIT.matcher(value);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
