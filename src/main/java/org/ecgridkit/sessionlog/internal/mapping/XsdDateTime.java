package org.ecgridkit.sessionlog.internal.mapping;

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
        Instant canonical = parseCanonical(text);
        if (canonical != null) {
            return canonical;
        }
        Cursor c = new Cursor(text);
        try {
            return parse(c);
        } catch (DateTimeException | IndexOutOfBoundsException e) {
            throw invalid(text, e);
        }
    }

    /**
     * The shape services actually send, {@code YYYY-MM-DDThh:mm:ss(.s{1,9})?(Z|(+|-)hh:mm)?}, read
     * at fixed positions with no intermediate objects: this runs twice for every record of every
     * response. Returns null for anything else, valid or not, and the general parser decides (and
     * words the error).
     */
    private static Instant parseCanonical(CharSequence t) {
        int length = t.length();
        if (length < 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = twoDigits(t, 0) * 100 + twoDigits(t, 2);
        int month = twoDigits(t, 5);
        int day = twoDigits(t, 8);
        int hour = twoDigits(t, 11);
        int minute = twoDigits(t, 14);
        int second = twoDigits(t, 17);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int pos = 19;
        int nanos = 0;
        if (pos < length && t.charAt(pos) == '.') {
            int start = ++pos;
            while (pos < length && isAsciiDigit(t.charAt(pos))) {
                if (pos - start == 9) {
                    return null;
                }
                nanos = nanos * 10 + (t.charAt(pos++) - '0');
            }
            if (pos == start) {
                return null;
            }
            for (int i = pos - start; i < 9; i++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = 0;
        if (pos < length && t.charAt(pos) == 'Z') {
            pos++;
        } else if (pos < length && (t.charAt(pos) == '+' || t.charAt(pos) == '-')) {
            if (length - pos != 6 || t.charAt(pos + 3) != ':') {
                return null;
            }
            int offsetHours = twoDigits(t, pos + 1);
            int offsetMinutes = twoDigits(t, pos + 4);
            if (offsetHours < 0 || offsetMinutes < 0 || offsetMinutes > 59 || offsetHours > 14
                    || (offsetHours == 14 && offsetMinutes != 0)) {
                return null;
            }
            offsetSeconds = (t.charAt(pos) == '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
            pos += 6;
        }
        if (pos != length) {
            return null;
        }
        long epochSecond = epochDay(year, month, day) * SECONDS_PER_DAY
                + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond, nanos);
    }

    /** Two ASCII digits as a number, or -1 if either is not one. */
    private static int twoDigits(CharSequence t, int at) {
        char tens = t.charAt(at);
        char units = t.charAt(at + 1);
        return isAsciiDigit(tens) && isAsciiDigit(units) ? (tens - '0') * 10 + (units - '0') : -1;
    }

    private static boolean isAsciiDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) {
            boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            return leap ? 29 : 28;
        }
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /**
     * Days from 1970-01-01 in the proleptic Gregorian calendar, for a year of 0 or later: count
     * whole 400-year eras, then days into the era of a year that starts on March 1 (which puts the
     * leap day last).
     */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
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
