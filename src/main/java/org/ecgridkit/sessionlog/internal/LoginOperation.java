package org.ecgridkit.sessionlog.internal;

import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.internal.failure.Secret;

/**
 * A {@code Login}: the documented contract's, with the {@code Sender*} fields, or the published
 * one's, with the login name and password alone. Its result is the new session's id.
 *
 * <p>The password goes on the wire as a {@code String} (the generated port takes one); this
 * operation makes it from the client's copy and it lives only as long as the operation, one call.
 */
final class LoginOperation implements ContractCall<String> {

    private final String loginName;
    private final String password;
    private final LoginSender sender;

    /**
     * @param loginName the login name
     * @param password the password; copied, the caller keeps its array
     * @param sender the documented contract's sender fields
     */
    LoginOperation(String loginName, char[] password, LoginSender sender) {
        this.loginName = loginName;
        this.password = new String(password);
        this.sender = sender;
    }

    @Override
    public String name() {
        return "Login";
    }

    @Override
    public Secret secret() {
        return Secret.password(password);
    }

    @Override
    public String documented(DocumentedPort port, int attempt) {
        return sessionIdOf(port.login(loginName, password, sender), attempt);
    }

    @Override
    public String published(PublishedPort port, int attempt) {
        return sessionIdOf(port.login(loginName, password), attempt);
    }

    @Override
    public String publishedAction() {
        return PublishedPort.LOGIN;
    }

    /** A Login that succeeds without a session id cannot be used; it must not pass as one. */
    private static String sessionIdOf(String loginResult, int attempt) {
        if (loginResult == null || loginResult.isBlank()) {
            throw new EcGridOsResponseException("Login answered without a session id (LoginResult is "
                    + (loginResult == null ? "missing" : "empty") + ")", null, attempt);
        }
        return loginResult.strip();
    }
}
