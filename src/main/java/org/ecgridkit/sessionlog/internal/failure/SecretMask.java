package org.ecgridkit.sessionlog.internal.failure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides session ids wherever text leaves the client: {@code toString()}, exception messages and
 * log lines. A session id is either a login token or a user's API key, so it is a secret.
 *
 * <p>Servers do not always echo a secret the way it was sent: SQL Server and .NET print GUIDs in
 * upper case or without hyphens ("N" format), and some in braces. So a secret of
 * {@value #MIN_LENGTH_TO_SHOW_TAIL} characters or more is found in any case and with or without the
 * hyphens between its characters. A shorter one is not a GUID or a key a server would reformat, and
 * matching it loosely would mask half of every message, so it is found only as sent.
 */
public final class SecretMask {
    /** Ids shorter than this are masked whole: showing four characters would give away too much. */
    private static final int MIN_LENGTH_TO_SHOW_TAIL = 8;
    private static final int TAIL = 4;
    /** The mask of a secret that shows none of its characters; a longer one's mask ends in its last four. */
    public static final String STARS = "****";

    /** The last secret's pattern: a failure is masked many times over (message, causes, frames) with one secret. */
    private static volatile Compiled last;

    private record Compiled(String secret, Pattern pattern) {
    }

    private SecretMask() {
    }

    /**
     * Masks a secret, keeping only its last four characters when it is long enough for that to
     * reveal little.
     *
     * @param secret the value to mask; may be null
     * @return {@code "****"} followed by the last four characters, or {@code "****"} alone
     */
    public static String mask(String secret) {
        if (secret == null || secret.length() < MIN_LENGTH_TO_SHOW_TAIL) {
            return STARS;
        }
        return STARS + secret.substring(secret.length() - TAIL);
    }

    /**
     * Replaces every occurrence of a secret in a text by its mask, in any spelling a server may echo
     * it in (see the class comment).
     *
     * @param text the text to clean; may be null
     * @param secret the secret to remove; may be null or empty, in which case the text is returned
     * @return the text without the secret
     */
    public static String scrub(String text, String secret) {
        return scrub(text, secret, mask(secret));
    }

    /** {@link #scrub(String, String)} with another replacement, e.g. a mask that shows no character. */
    static String scrub(String text, String secret, String replacement) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        if (secret.length() < MIN_LENGTH_TO_SHOW_TAIL) {
            return text.contains(secret) ? text.replace(secret, replacement) : text;
        }
        Matcher matcher = loosePattern(secret).matcher(text);
        return matcher.find() ? matcher.replaceAll(Matcher.quoteReplacement(replacement)) : text;
    }

    /**
     * Whether a text holds the secret in any spelling {@link #scrub} masks.
     *
     * @param text the text; may be null
     * @param secret the secret; may be null or empty
     * @return true when {@link #scrub} would change the text
     */
    public static boolean contains(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return false;
        }
        return secret.length() < MIN_LENGTH_TO_SHOW_TAIL ? text.contains(secret) : loosePattern(secret).matcher(text).find();
    }

    /** The secret's characters without its hyphens, each compared without regard to case, with an optional hyphen between any two. */
    private static Pattern loosePattern(String secret) {
        Compiled cached = last;
        if (cached != null && cached.secret().equals(secret)) {
            return cached.pattern();
        }
        Pattern pattern = compile(secret);
        last = new Compiled(secret, pattern);
        return pattern;
    }

    private static Pattern compile(String secret) {
        StringBuilder regex = new StringBuilder();
        secret.codePoints().filter(c -> c != '-').forEach(c -> {
            if (regex.length() > 0) {
                regex.append("-?");
            }
            regex.append(Pattern.quote(new String(Character.toChars(c))));
        });
        if (regex.length() == 0) {
            return Pattern.compile(Pattern.quote(secret));
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
