package org.ecgridkit.sessionlog.internal;

/**
 * Hides session ids wherever text leaves the client: {@code toString()}, exception messages and
 * log lines. A session id is either a login token or a user's API key, so it is a secret.
 */
public final class SecretMask {
    /** Ids shorter than this are masked whole: showing four characters would give away too much. */
    private static final int MIN_LENGTH_TO_SHOW_TAIL = 8;
    private static final int TAIL = 4;
    private static final String STARS = "****";

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
     * Replaces every occurrence of a secret in a text by its mask.
     *
     * @param text the text to clean; may be null
     * @param secret the secret to remove; may be null or empty, in which case the text is returned
     * @return the text without the secret
     */
    public static String scrub(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty() || !text.contains(secret)) {
            return text;
        }
        return text.replace(secret, mask(secret));
    }
}
