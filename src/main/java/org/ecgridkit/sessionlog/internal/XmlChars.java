package org.ecgridkit.sessionlog.internal;

/**
 * Which characters XML 1.0 can carry. A string with any other character cannot be sent in a SOAP
 * message at all, so both the client (for a session id) and the test kit (for what it serves)
 * reject it up front instead of producing XML that the other side cannot parse.
 */
public final class XmlChars {

    private XmlChars() {
    }

    /**
     * Finds the first character outside XML 1.0's {@code Char} production
     * (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]), counting an
     * unpaired surrogate as outside; -1 when there is none.
     */
    private static int firstNonXmlCharIndex(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
                    || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD)
                    || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!allowed) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Rejects text that XML 1.0 cannot carry. The message names the character by code point and
     * index, never by showing the text, which may be a secret.
     *
     * @param text the text to check
     * @param name what the text is, for the message (e.g. {@code "sessionId"})
     * @throws IllegalArgumentException if the text holds a character XML 1.0 cannot carry
     */
    public static void requireXmlText(String text, String name) {
        int bad = firstNonXmlCharIndex(text);
        if (bad >= 0) {
            throw new IllegalArgumentException(name + " contains a character XML 1.0 cannot carry (U+"
                    + String.format("%04X", text.codePointAt(bad)) + " at index " + bad + ")");
        }
    }

    /**
     * Whether XML 1.0 can carry every character of a text. For a password, whose characters and
     * their positions must not appear in a message.
     *
     * @param text the text
     * @return false if it holds a character XML 1.0 cannot carry
     */
    public static boolean isXmlText(CharSequence text) {
        return firstNonXmlCharIndex(text) < 0;
    }
}
