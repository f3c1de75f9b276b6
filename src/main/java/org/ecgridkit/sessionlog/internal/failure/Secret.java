package org.ecgridkit.sessionlog.internal.failure;

/**
 * A value a request carries that no text leaving the client may show, with how its mask reads: a
 * session id or API key keeps its last four characters, so that a user can tell two apart in a
 * log; a password keeps none.
 */
public final class Secret {

    private final String value;
    private final boolean showsTail;

    private Secret(String value, boolean showsTail) {
        this.value = value;
        this.showsTail = showsTail;
    }

    /**
     * A session id or API key, masked as {@link SecretMask#mask} masks it.
     *
     * @param value the id; may be null, which masks nothing
     * @return the secret
     */
    public static Secret sessionId(String value) {
        return new Secret(value, true);
    }

    /**
     * A password, masked whole.
     *
     * @param value the password; may be null, which masks nothing
     * @return the secret
     */
    public static Secret password(String value) {
        return new Secret(value, false);
    }

    /**
     * The text with every spelling of the secret that {@link SecretMask#scrub} finds replaced by
     * its mask.
     *
     * @param text the text; may be null
     * @return the cleaned text
     */
    public String scrub(String text) {
        if (showsTail) {
            return SecretMask.scrub(text, value);
        }
        return SecretMask.scrub(text, value, SecretMask.STARS);
    }

    /**
     * Whether {@link #scrub} would change a text.
     *
     * @param text the text; may be null
     * @return true when the text holds the secret
     */
    public boolean contains(String text) {
        return SecretMask.contains(text, value);
    }

    /** Never the value. */
    @Override
    public String toString() {
        return "Secret[" + (showsTail ? "session id" : "password") + "]";
    }
}
