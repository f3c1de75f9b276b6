package org.ecgridkit.sessionlog.cli;

/**
 * Makes text from the server safe to print on a terminal. A session id or fault string is
 * whatever the server sent; control characters in it (an escape sequence, a carriage return) could
 * rewrite what the operator sees, and format characters (bidirectional overrides) could reorder it.
 */
final class TerminalText {
    private static final char REPLACEMENT = '?';

    private TerminalText() {
    }

    /** The text with every control, format and line- or paragraph-separator character replaced by {@code ?}; one line, always. */
    static String clean(String text) {
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); i++) {
            int type = Character.getType(text.charAt(i));
            // Line and paragraph separators end a line on some terminals, like a line feed.
            if (type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                if (clean == null) {
                    clean = new StringBuilder(text);
                }
                clean.setCharAt(i, REPLACEMENT);
            }
        }
        return clean == null ? text : clean.toString();
    }
}
