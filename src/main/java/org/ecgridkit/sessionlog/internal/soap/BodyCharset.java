package org.ecgridkit.sessionlog.internal.soap;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an XML body is written in, for showing it as text: its byte order mark, else the
 * {@code charset} of its content type, else what its first bytes and XML declaration say (XML 1.0
 * Appendix F), else UTF-8. The mark comes first because it cannot be wrong: a body whose header
 * says UTF-8 but which starts with a UTF-16 mark is UTF-16, and read as UTF-8 its text would show
 * every character with a NUL between, out of reach of any masking.
 */
final class BodyCharset {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Charset EBCDIC = lookup("IBM037");
    private static final Charset UTF_32BE = lookup("UTF-32BE");
    private static final Charset UTF_32LE = lookup("UTF-32LE");

    private BodyCharset() {
    }

    /**
     * The charset to decode the body with.
     *
     * @param body the body's bytes
     * @param contentType the answer's content type, or null
     * @return never null
     */
    static Charset of(byte[] body, String contentType) {
        Charset marked = byByteOrderMark(body);
        if (marked != null) {
            return marked;
        }
        Charset labelled = lookup(SoapResponseDecoder.charsetParameter(contentType));
        if (labelled != null) {
            return labelled;
        }
        Charset declared = byFirstBytes(body);
        return declared != null ? declared : StandardCharsets.UTF_8;
    }

    /**
     * Every charset the body could be read in by someone who sees its bytes: the one {@link #of}
     * chooses, the header's, the declaration's, and the common Unicode ones.
     *
     * @param body the body's bytes
     * @param contentType the answer's content type, or null
     * @return the candidates, the chosen one first
     */
    static Set<Charset> candidates(byte[] body, String contentType) {
        Set<Charset> all = new LinkedHashSet<>();
        all.add(of(body, contentType));
        Charset labelled = lookup(SoapResponseDecoder.charsetParameter(contentType));
        if (labelled != null) {
            all.add(labelled);
        }
        Charset declared = byFirstBytes(body);
        if (declared != null) {
            all.add(declared);
        }
        all.add(StandardCharsets.UTF_8);
        all.add(StandardCharsets.UTF_16BE);
        all.add(StandardCharsets.UTF_16LE);
        return all;
    }

    private static Charset byByteOrderMark(byte[] b) {
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return UTF_32BE;
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return UTF_32LE;
        }
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** XML 1.0 Appendix F: the family from the first four bytes, then the declaration's exact name. */
    private static Charset byFirstBytes(byte[] b) {
        Charset family;
        if (starts(b, 0x00, 0x3C, 0x00, 0x3F)) {
            family = StandardCharsets.UTF_16BE;
        } else if (starts(b, 0x3C, 0x00, 0x3F, 0x00)) {
            family = StandardCharsets.UTF_16LE;
        } else if (starts(b, 0x4C, 0x6F, 0xA7, 0x94)) {
            family = EBCDIC;
        } else if (starts(b, 0x3C, 0x3F, 0x78, 0x6D)) {
            family = StandardCharsets.US_ASCII;
        } else {
            return null;
        }
        if (family == null) {
            return null;
        }
        String head = new String(b, 0, Math.min(b.length, 512), family);
        Matcher matcher = DECLARED.matcher(head);
        Charset named = matcher.find() ? lookup(matcher.group(1)) : null;
        if (named != null) {
            return named;
        }
        return family == StandardCharsets.US_ASCII ? StandardCharsets.UTF_8 : family;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Charset lookup(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
