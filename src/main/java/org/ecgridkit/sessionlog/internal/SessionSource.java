package org.ecgridkit.sessionlog.internal;

/**
 * Where the session id of a call made with the client's credentials comes from: a fixed one (an API
 * key, or a session id the caller obtained) or a Login the client makes and renews itself.
 */
interface SessionSource {

    /**
     * The session id for a call, logging in first if the source does that and has not yet.
     *
     * @param call the call, whose deadline and attempts a Login shares
     * @return the session id to send
     * @throws org.ecgridkit.sessionlog.EcGridOsException if a Login fails
     */
    String sessionId(CallContext call);

    /**
     * A session id to repeat a call with after it failed because {@code expired} is no longer valid,
     * or null when this source cannot renew one.
     *
     * @param call the call, whose deadline and attempts a Login shares
     * @param expired the session id the failed call sent
     * @return the new session id, or null
     * @throws org.ecgridkit.sessionlog.EcGridOsException if a Login fails
     */
    String renewed(CallContext call, String expired);

    /** Ends what the source started (a Login's session) and forgets its secrets; never throws. */
    void close();

    /**
     * A session id that is used as it is, never renewed or ended: an API key, or a session the
     * caller owns.
     *
     * @param sessionId the validated id
     * @return the source
     */
    static SessionSource fixed(String sessionId) {
        return new SessionSource() {
            @Override
            public String sessionId(CallContext call) {
                return sessionId;
            }

            @Override
            public String renewed(CallContext call, String expired) {
                return null;
            }

            @Override
            public void close() {
                // The caller owns the session: nothing to end.
            }
        };
    }
}
