package org.ecgridkit.sessionlog;

import java.nio.CharBuffer;
import org.ecgridkit.sessionlog.internal.RequestValidator;
import org.ecgridkit.sessionlog.internal.XmlChars;

/**
 * How a {@link SessionLogClient} authenticates its calls: set once with
 * {@link SessionLogClient.Builder#credentials(Credentials)}, then used by
 * {@link SessionLogClient#sessionLog(SessionLogQuery)} and the other calls that take no session id.
 *
 * <ul>
 *   <li>{@link #apiKey(String)}: an ECGridOS API key, sent as the {@code SessionID} of every call.
 *       No Login, no Logout; an API key does not expire with inactivity.</li>
 *   <li>{@link #sessionId(String)}: a session id the caller obtained itself (from its own Login).
 *       No Login and no Logout: the caller owns that session, and renews it when it expires.</li>
 *   <li>{@link #login(String, char[])}: a login name and password. The client logs in on its first
 *       call (one Login however many threads call at once), logs in again once when a call fails
 *       because the session expired and repeats that call, and logs out in
 *       {@link SessionLogClient#close()}.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe. No secret appears in {@link #toString()}, in an exception message
 * or in a log line: a key or session id is never shown, and a password is copied here and wiped by
 * each client that used it when the client is closed.
 */
public final class Credentials {

    /** Which of the three kinds these credentials are. */
    enum Kind {
        API_KEY, SESSION_ID, LOGIN
    }

    private final Kind kind;
    /** The API key or session id; null for a login. */
    private final String token;
    /** The login name; null unless {@link Kind#LOGIN}. */
    private final String loginName;
    /** A copy of the password; null unless {@link Kind#LOGIN}. Never handed out, only copied. */
    private final char[] password;

    private Credentials(Kind kind, String token, String loginName, char[] password) {
        this.kind = kind;
        this.token = token;
        this.loginName = loginName;
        this.password = password;
    }

    /**
     * An ECGridOS API key, sent as the {@code SessionID} of every call; the client never logs in or
     * out with it.
     *
     * @param apiKey the key: not null or blank, and only characters XML 1.0 can carry
     * @return the credentials
     * @throws IllegalArgumentException naming {@code apiKey} if it is unusable; never echoing it
     */
    public static Credentials apiKey(String apiKey) {
        RequestValidator.validateToken(apiKey, "apiKey");
        return new Credentials(Kind.API_KEY, apiKey, null, null);
    }

    /**
     * A session id obtained elsewhere (the caller's own Login). The client sends it with every call
     * and never logs in or out: when the session expires, calls fail with an
     * {@link ErrorCategory#AUTHENTICATION} fault and the caller builds a client with a new one.
     *
     * @param sessionId the session id: not null or blank, and only characters XML 1.0 can carry
     * @return the credentials
     * @throws IllegalArgumentException naming {@code sessionId} if it is unusable; never echoing it
     */
    public static Credentials sessionId(String sessionId) {
        RequestValidator.validateToken(sessionId, "sessionId");
        return new Credentials(Kind.SESSION_ID, sessionId, null, null);
    }

    /**
     * A login name and password: the client logs in on its first call, again once when the session
     * expires, and out in {@link SessionLogClient#close()}.
     *
     * <p>The password is copied, so the caller may wipe its array as soon as this returns. On the
     * wire it must be a {@code String} (the generated SOAP port takes one): each Login makes one
     * that lives until that request has been written.
     *
     * @param loginName the ECGridOS login name: not null or blank, only characters XML 1.0 can carry
     * @param password the password: not null or empty, only characters XML 1.0 can carry
     * @return the credentials
     * @throws IllegalArgumentException naming the parameter that is unusable; never echoing the password
     */
    public static Credentials login(String loginName, char[] password) {
        if (loginName == null) {
            throw new IllegalArgumentException("loginName must not be null");
        }
        if (loginName.isBlank()) {
            throw new IllegalArgumentException("loginName must not be blank");
        }
        XmlChars.requireXmlText(loginName, "loginName");
        if (password == null) {
            throw new IllegalArgumentException("password must not be null");
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("password must not be empty");
        }
        if (!XmlChars.isXmlText(CharBuffer.wrap(password))) {
            throw new IllegalArgumentException("password contains a character XML 1.0 cannot carry");
        }
        return new Credentials(Kind.LOGIN, null, loginName, password.clone());
    }

    Kind kind() {
        return kind;
    }

    /** The API key or session id; null for a login. */
    String token() {
        return token;
    }

    /** The login name; null unless these are login credentials. */
    String loginName() {
        return loginName;
    }

    /** A fresh copy of the password, which the caller wipes when done; null unless these are login credentials. */
    char[] passwordCopy() {
        return password == null ? null : password.clone();
    }

    /**
     * The kind of credentials and, for a login, the login name; never a key, session id or password.
     *
     * @return e.g. {@code Credentials[login alice]} or {@code Credentials[apiKey]}
     */
    @Override
    public String toString() {
        return switch (kind) {
            case API_KEY -> "Credentials[apiKey]";
            case SESSION_ID -> "Credentials[sessionId]";
            case LOGIN -> "Credentials[login " + loginName + "]";
        };
    }
}
