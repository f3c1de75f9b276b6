package org.ecgridkit.sessionlog.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogQuery;
import org.ecgridkit.sessionlog.SessionRecord;

/**
 * The calls of a {@link org.ecgridkit.sessionlog.SessionLogClient}, with a session id the caller
 * passes or with the client's credentials, on the client's router (contract, ports, transport).
 *
 * <p><b>Re-login.</b> A call made with login credentials that fails with an
 * {@link ErrorCategory#AUTHENTICATION} fault (the session expired, or was ended elsewhere) logs in
 * again once and repeats the call once, within the same call timeout and attempt count. A second
 * AUTHENTICATION fault is the caller's to see: repeating further could not help, and a Login that
 * fails is reported as it is, never retried in a loop. API keys and caller-owned session ids are
 * never renewed.
 */
public final class SessionCalls implements AutoCloseable {

    private static final System.Logger LOGGER = Loggers.CLIENT_LOGGER;

    private final ContractRouter router;
    /** The client's credentials; null when it was built without. */
    private final SessionSource credentials;

    private SessionCalls(ContractRouter router, Function<ContractRouter, SessionSource> credentials) {
        this.router = router;
        this.credentials = credentials == null ? null : credentials.apply(router);
    }

    /**
     * Calls without credentials: every call names its session id.
     *
     * @param settings the client's settings
     * @param contract the contract to speak, or AUTO
     * @return the calls
     */
    public static SessionCalls withoutCredentials(ClientSettings settings, ServiceContract contract) {
        return new SessionCalls(new ContractRouter(settings, contract), null);
    }

    /**
     * Calls whose credentials are an API key or a session id the caller owns.
     *
     * @param settings the client's settings
     * @param contract the contract to speak, or AUTO
     * @param sessionId the validated key or id
     * @return the calls
     */
    public static SessionCalls withSessionId(ClientSettings settings, ServiceContract contract, String sessionId) {
        return new SessionCalls(new ContractRouter(settings, contract), router -> SessionSource.fixed(sessionId));
    }

    /**
     * Calls whose credentials are a login: see {@link LoginSession}.
     *
     * @param settings the client's settings
     * @param contract the contract to speak, or AUTO
     * @param loginName the validated login name
     * @param password the client's own copy of the password, wiped when the calls close
     * @param sender the documented contract's sender fields
     * @return the calls
     */
    public static SessionCalls withLogin(ClientSettings settings, ServiceContract contract, String loginName,
                                         char[] password, LoginSender sender) {
        return new SessionCalls(new ContractRouter(settings, contract),
                router -> new LoginSession(router, loginName, password, sender));
    }

    /**
     * Whether the client has credentials, so that the calls without a session id argument work.
     *
     * @return true with credentials
     */
    public boolean hasCredentials() {
        return credentials != null;
    }

    /**
     * Lists sessions with the client's credentials.
     *
     * @param query what to ask for
     * @return an unmodifiable list
     * @throws EcGridOsException if the call fails
     */
    public List<SessionRecord> sessionLog(SessionLogQuery query) {
        return withCredentials(sessionId -> new SessionLogOperation(sessionId, query));
    }

    /**
     * Lists sessions with a session id the caller passes.
     *
     * @param sessionId the validated session id
     * @param query what to ask for
     * @return an unmodifiable list
     * @throws EcGridOsException if the call fails
     */
    public List<SessionRecord> sessionLog(String sessionId, SessionLogQuery query) {
        return router.call(CallContext.start(router.settings().callTimeout()), new SessionLogOperation(sessionId, query));
    }

    /**
     * The session of the client's credentials.
     *
     * @return the session, or empty when the service knows none
     * @throws EcGridOsException if the call fails
     */
    public Optional<SessionRecord> currentSession() {
        return withCredentials(CurrentSessionOperation::new);
    }

    /**
     * The session of a session id the caller passes.
     *
     * @param sessionId the validated session id
     * @return the session, or empty when the service knows none
     * @throws EcGridOsException if the call fails
     */
    public Optional<SessionRecord> currentSession(String sessionId) {
        return router.call(CallContext.start(router.settings().callTimeout()), new CurrentSessionOperation(sessionId));
    }

    /**
     * The contract this client speaks: the pinned one, or what AUTO found out; null while AUTO has
     * not found out yet.
     *
     * @return the contract, or null
     */
    public ServiceContract contractInUse() {
        return router.contractInUse();
    }

    private <T> T withCredentials(Function<String, ContractCall<T>> operation) {
        CallContext call = CallContext.start(router.settings().callTimeout());
        String sessionId = credentials.sessionId(call);
        try {
            return router.call(call, operation.apply(sessionId));
        } catch (EcGridOsFaultException fault) {
            if (fault.category() != ErrorCategory.AUTHENTICATION) {
                throw fault;
            }
            String renewed = credentials.renewed(call, sessionId);
            if (renewed == null) {
                throw fault;
            }
            LOGGER.log(System.Logger.Level.DEBUG, "the session was refused (" + fault.errorCode().orElse(fault.faultCode())
                    + "); logged in again, repeating the call once");
            return router.call(call, operation.apply(renewed));
        }
    }

    /** Ends the client's Login session, if it made one (see {@link LoginSession#close()}), then closes the router. */
    @Override
    public void close() {
        try {
            if (credentials != null) {
                credentials.close();
            }
        } finally {
            router.close();
        }
    }
}
