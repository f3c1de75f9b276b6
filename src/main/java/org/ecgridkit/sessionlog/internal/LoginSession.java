package org.ecgridkit.sessionlog.internal;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.internal.failure.FailureTranslator;
import org.ecgridkit.sessionlog.internal.failure.Secret;

/**
 * The session of a client built with login credentials: logged in on the first call, logged in
 * again when a call finds it expired, logged out when the client closes.
 *
 * <p><b>One Login at a time.</b> The session is a future that the first caller completes by logging
 * in; callers that arrive meanwhile wait for it (within their own call timeout) instead of logging in
 * too, and share its outcome, a failure included. A failed Login is not remembered: the next call
 * tries again. A renewal replaces the session only if it is still the one the failed call sent, so
 * that threads that all find the same session expired make one Login between them. No lock is held
 * while a Login is on the wire.
 *
 * <p><b>The password</b> is the client's own copy, used only to log in and wiped in {@link #close()}.
 */
final class LoginSession implements SessionSource {

    private static final System.Logger LOGGER = Loggers.CLIENT_LOGGER;

    private final ContractRouter router;
    private final String loginName;
    private final char[] password;
    private final LoginSender sender;
    private final Object lock = new Object();
    /** The session id, or the Login that will produce it; null before the first call. Guarded by {@link #lock}. */
    private CompletableFuture<String> session;

    /**
     * @param router the client's router, which also carries Login and Logout
     * @param loginName the login name
     * @param password the client's copy of the password, which this session wipes on close
     * @param sender the documented contract's sender fields
     */
    LoginSession(ContractRouter router, String loginName, char[] password, LoginSender sender) {
        this.router = router;
        this.loginName = loginName;
        this.password = password;
        this.sender = sender;
    }

    @Override
    public String sessionId(CallContext call) {
        CompletableFuture<String> login;
        boolean mine;
        synchronized (lock) {
            mine = session == null || session.isCompletedExceptionally();
            if (mine) {
                session = new CompletableFuture<>();
            }
            login = session;
        }
        return mine ? logIn(call, login) : await(call, login);
    }

    @Override
    public String renewed(CallContext call, String expired) {
        CompletableFuture<String> login;
        boolean mine;
        synchronized (lock) {
            // Still the expired session (or a failed Login): log in. Otherwise another call has
            // already logged in again, or is doing so: use that session.
            mine = session == null || session.isDone() && (session.isCompletedExceptionally() || expired.equals(session.getNow(null)));
            if (mine) {
                session = new CompletableFuture<>();
            }
            login = session;
        }
        return mine ? logIn(call, login) : await(call, login);
    }

    private String logIn(CallContext call, CompletableFuture<String> login) {
        try {
            String sessionId = router.call(call, new LoginOperation(loginName, password, sender));
            login.complete(sessionId);
            return sessionId;
        } catch (RuntimeException | Error failure) {
            login.completeExceptionally(failure);
            throw failure;
        }
    }

    private static String await(CallContext call, CompletableFuture<String> login) {
        call.sending("Login", Secret.sessionId(null));
        try {
            return login.get(Math.max(0, call.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException failed) {
            // Another call's Login failed: this call fails the same way (a wrong password once, not per thread).
            if (failed.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new EcGridOsException("Login failed", failed.getCause(), call.attempts());
        } catch (TimeoutException late) {
            throw FailureTranslator.deadlineExceeded(call, null, call.attempts());
        } catch (InterruptedException interrupt) {
            Thread.currentThread().interrupt();
            throw FailureTranslator.interrupted(call, interrupt, call.attempts());
        }
    }

    /**
     * Logs out the session if a Login made one, with one attempt (a failure is logged, never
     * thrown), then wipes the password. A Logout is cleanup: it is sent even when the closing
     * thread was interrupted, whose interrupt flag is then set again.
     */
    @Override
    public void close() {
        String sessionId;
        synchronized (lock) {
            CompletableFuture<String> last = session;
            sessionId = last != null && last.isDone() && !last.isCompletedExceptionally() ? last.join() : null;
            session = null;
        }
        boolean interrupted = Thread.interrupted();
        try {
            if (sessionId != null) {
                logOut(sessionId);
            }
        } finally {
            Arrays.fill(password, '\0');
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void logOut(String sessionId) {
        try {
            CallContext call = CallContext.start(router.settings().callTimeout());
            boolean ended = router.call(call, new LogoutOperation(sessionId), 1);
            LOGGER.log(System.Logger.Level.DEBUG, ended ? "logged out" : "logged out: the session had already ended");
        } catch (RuntimeException failure) {
            // Masked like every failure of the client: it names no session id.
            LOGGER.log(System.Logger.Level.WARNING, "Logout failed; the session ends when it expires", failure);
        }
    }
}
