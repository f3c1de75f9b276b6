package org.ecgridkit.sessionlog.internal.soap;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecgridkit.sessionlog.internal.CallContext;
import org.ecgridkit.sessionlog.internal.Loggers;
import org.ecgridkit.sessionlog.internal.http.HttpAnswer;
import org.ecgridkit.sessionlog.internal.failure.SecretMask;

/**
 * Opt-in logging of the SOAP envelopes, at {@code DEBUG} on the {@link System.Logger} named
 * {@value Loggers#WIRE}. Off unless the application's logging configuration enables that level for that
 * name; the text is built only when it is.
 *
 * <p>Every {@code SessionID} element's text (the request's, and each record's in the response),
 * a Login's {@code Password} and its {@code LoginResult} are replaced by their masks, and the
 * request's secret is masked wherever else it appears, in any spelling (a fault may echo it). A body is decoded for that in the charset it really uses
 * ({@link BodyCharset}); if the id can still be read in the bytes under some other charset, the body
 * is withheld rather than shown. Envelopes longer than {@value #MAX_LOGGED_CHARS} characters are cut
 * after masking.
 */
final class WireLog {

    static final int MAX_LOGGED_CHARS = 64 * 1024;

    private static final System.Logger LOGGER = System.getLogger(Loggers.WIRE);
    /**
     * The content of any element named SessionID, LoginResult (a Login's new session id) or
     * Password, whatever its prefix, up to its end tag or, in a truncated envelope, to the end: CDATA
     * sections and comments inside are masked with it.
     */
    private static final Pattern SECRET_TEXT = Pattern.compile(
            "(<(?:[\\w.-]+:)?(SessionID|LoginResult|Password)(?:\\s[^>]*)?>)(.*?)(?=</(?:[\\w.-]+:)?\\2\\s*>|\\z)",
            Pattern.DOTALL);

    private WireLog() {
    }

    static boolean enabled() {
        return LOGGER.isLoggable(Level.DEBUG);
    }

    static void request(URI endpoint, String contentType, byte[] body, CallContext call) {
        if (enabled()) {
            LOGGER.log(Level.DEBUG, "POST " + endpoint.getScheme() + "://" + endpoint.getRawAuthority()
                    + endpoint.getRawPath() + " (" + contentType + ", " + body.length + " bytes)\n"
                    + masked(body, contentType, call));
        }
    }

    static void response(HttpAnswer answer, long elapsedNanos, CallContext call) {
        if (enabled()) {
            // The header line is the server's text too.
            LOGGER.log(Level.DEBUG, call.secret().scrub("HTTP " + answer.status() + " after " + elapsedNanos / 1_000_000
                    + " ms (" + answer.contentType() + ", " + answer.body().length + " bytes)")
                    + "\n" + masked(answer.body(), answer.contentType(), call));
        }
    }

    /** The envelope as text, with every session id masked, cut to a loggable length. */
    static String masked(byte[] body, String contentType, CallContext call) {
        Charset charset = BodyCharset.of(body, contentType);
        String masked = maskedText(new String(body, charset), call);
        for (Charset other : BodyCharset.candidates(body, contentType)) {
            if (!other.equals(charset) && call.secret().contains(new String(body, other))) {
                return "(body withheld: it holds the session id when read as " + other.name()
                        + ", not as " + charset.name() + ", the charset it is shown in)";
            }
        }
        if (masked.length() <= MAX_LOGGED_CHARS) {
            return masked;
        }
        return masked.substring(0, MAX_LOGGED_CHARS) + "... (" + (masked.length() - MAX_LOGGED_CHARS) + " more characters)";
    }

    private static String maskedText(String text, CallContext call) {
        Matcher matcher = SECRET_TEXT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String content = matcher.group(3).replace("<![CDATA[", "").replace("]]>", "").strip();
            // A password shows no character; a session id its last four, as everywhere else.
            String mask = matcher.group(2).equals("Password") ? SecretMask.STARS : SecretMask.mask(content);
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + mask));
        }
        matcher.appendTail(out);
        return call.secret().scrub(out.toString());
    }
}
