package org.ecgridkit.sessionlog.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses the lexical form of {@code xs:dateTime} straight to an {@link Instant}.
 *
 * <p>Written by hand rather than through {@code XMLGregorianCalendar} or a
 * {@code DateTimeFormatter} for two reasons: a timestamp without an offset must be read as UTC
 * (the contract documents both timestamps as UTC), never in the JVM's default zone; and every
 * fractional digit up to nanoseconds must survive (.NET sends seven). It also avoids the
 * intermediate objects those routes allocate for each of the two timestamps of every record.
 *
 * <p>Accepted: {@code -?YYYY-MM-DDThh:mm:ss(.s+)?(Z|(+|-)hh:mm)?}, years of four or more digits,
 * the end-of-day form {@code 24:00:00}, surrounding XML whitespace. Digits beyond the ninth
 * fractional place are dropped (an {@code Instant} holds nanoseconds).
 */
public final class XsdDateTime {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int MAX_ECHO = 64;

    private XsdDateTime() {
    }

    /**
     * Parses an {@code xs:dateTime}.
     *
     * @param text the lexical value, possibly surrounded by whitespace
     * @return the instant it denotes; UTC when the value has no offset
     * @throws IllegalArgumentException if the text is not a valid {@code xs:dateTime}
     */
    public static Instant parse(CharSequence text) {
        Cursor c = new Cursor(text);
        try {
            return parse(c);
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw invalid(text, e);
        }
    }

    private static Instant parse(Cursor c) {
        c.skipWhitespace();
        boolean negativeYear = c.accept('-');
        int yearStart = c.pos;
        long year = c.digits(4, 9);
        if (c.pos - yearStart > 4 && c.text.charAt(yearStart) == '0') {
            throw new DateTimeException("a year of more than four digits has no leading zero");
        }
        c.expect('-');
        int month = (int) c.digits(2, 2);
        c.expect('-');
        int day = (int) c.digits(2, 2);
        c.expect('T');
        int hour = (int) c.digits(2, 2);
        c.expect(':');
        int minute = (int) c.digits(2, 2);
        c.expect(':');
        int second = (int) c.digits(2, 2);
        int nanos = 0;
        if (c.accept('.')) {
            nanos = c.fraction();
        }
        int offsetSeconds = 0;
        if (c.accept('Z')) {
            offsetSeconds = 0;
        } else if (c.peek() == '+' || c.peek() == '-') {
            int sign = c.next() == '-' ? -1 : 1;
            int offsetHours = (int) c.digits(2, 2);
            c.expect(':');
            int offsetMinutes = (int) c.digits(2, 2);
            if (offsetMinutes > 59 || offsetHours > 14 || (offsetHours == 14 && offsetMinutes != 0)) {
                throw new DateTimeException("offset out of range");
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        }
        c.skipWhitespace();
        if (!c.atEnd()) {
            throw new DateTimeException("unexpected text after the timestamp");
        }

        boolean endOfDay = hour == 24;
        if (endOfDay && (minute != 0 || second != 0 || nanos != 0)) {
            throw new DateTimeException("24:00:00 is the only time allowed with hour 24");
        }
        if (hour > 24 || minute > 59 || second > 59) {
            throw new DateTimeException("time out of range");
        }
        long epochDay = LocalDate.of(Math.toIntExact(negativeYear ? -year : year), month, day).toEpochDay();
        long epochSecond = epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    private static IllegalArgumentException invalid(CharSequence text, Exception cause) {
        String shown = text.length() > MAX_ECHO ? text.subSequence(0, MAX_ECHO) + "..." : text.toString();
        return new IllegalArgumentException("not a valid xs:dateTime: \"" + shown + "\" (" + cause.getMessage() + ")", cause);
    }

    /** A read position in the text; throws {@link DateTimeException} on anything unexpected. */
    private static final class Cursor {
        final CharSequence text;
        int pos;

        Cursor(CharSequence text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return atEnd() ? '\0' : text.charAt(pos);
        }

        char next() {
            if (atEnd()) {
                throw new DateTimeException("timestamp ends early");
            }
            return text.charAt(pos++);
        }

        boolean accept(char expected) {
            if (peek() == expected && !atEnd()) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char expected) {
            if (!accept(expected)) {
                throw new DateTimeException("expected '" + expected + "' at index " + pos);
            }
        }

        void skipWhitespace() {
            while (!atEnd() && isXmlWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isXmlWhitespace(char ch) {
            return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
        }

        /** Reads between {@code min} and {@code max} ASCII digits as a number. */
        long digits(int min, int max) {
            long value = 0;
            int start = pos;
            while (!atEnd() && pos - start < max && isDigit(text.charAt(pos))) {
                value = value * 10 + (text.charAt(pos++) - '0');
            }
            if (pos - start < min) {
                throw new DateTimeException("expected " + min + " digits at index " + start);
            }
            return value;
        }

        /** Reads one or more fractional digits as nanoseconds, dropping any past the ninth. */
        int fraction() {
            int start = pos;
            int nanos = 0;
            while (!atEnd() && isDigit(text.charAt(pos))) {
                if (pos - start < 9) {
                    nanos = nanos * 10 + (text.charAt(pos) - '0');
                }
                pos++;
            }
            int count = pos - start;
            if (count == 0) {
                throw new DateTimeException("expected a digit after '.' at index " + start);
            }
            for (int i = count; i < 9; i++) {
                nanos *= 10;
            }
            return nanos;
        }

        private static boolean isDigit(char ch) {
            return ch >= '0' && ch <= '9';
        }
    }
}
