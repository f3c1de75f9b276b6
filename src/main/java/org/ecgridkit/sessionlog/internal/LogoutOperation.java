package org.ecgridkit.sessionlog.internal;

import org.ecgridkit.sessionlog.internal.failure.Secret;

/**
 * A {@code Logout} of a session this client logged in. Its result says whether the service still
 * had the session: the documented contract's boolean ({@code false} when it had already ended); the
 * published contract returns an int whose meaning it does not give, so any answer counts as done.
 */
final class LogoutOperation implements ContractCall<Boolean> {

    private final String sessionId;

    /**
     * @param sessionId the session to end
     */
    LogoutOperation(String sessionId) {
        this.sessionId = sessionId;
    }

    @Override
    public String name() {
        return "Logout";
    }

    @Override
    public Secret secret() {
        return Secret.sessionId(sessionId);
    }

    @Override
    public Boolean documented(DocumentedPort port, int attempt) {
        return port.logout(sessionId);
    }

    @Override
    public Boolean published(PublishedPort port, int attempt) {
        port.logout(sessionId);
        return Boolean.TRUE;
    }

    @Override
    public String publishedAction() {
        return PublishedPort.LOGOUT;
    }
}
