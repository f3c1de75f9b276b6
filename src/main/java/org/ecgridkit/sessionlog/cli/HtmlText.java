package org.ecgridkit.sessionlog.cli;

/**
 * Makes text safe to put in an HTML or SVG document, as element content or as a quoted attribute
 * value. Everything the server sent is untrusted: a comment or an IP field may hold markup, so
 * {@code <}, {@code >}, {@code &} and both quotes become character references; and control and
 * format characters (which could reorder what a reader sees, or are not allowed in HTML at all)
 * become {@code ?}, as on a terminal.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** The text, cleaned as by {@link TerminalText#clean(String)} and with markup characters escaped. */
    static String escape(String text) {
        String clean = TerminalText.clean(text);
        StringBuilder html = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char ch = clean.charAt(i);
            switch (ch) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(ch);
            }
        }
        return html.toString();
    }
}
