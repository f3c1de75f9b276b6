package org.ecgridkit.sessionlog.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Lets a client that logged in log out when the tool is stopped (Ctrl-C, or a TERM signal) while a
 * call runs: the JVM's shutdown hook interrupts the call, which ends it, and waits a bounded time
 * for the client to be closed, which sends the Logout. Without this the JVM would halt with the
 * session still open on the service until it expired.
 *
 * <p>Install it before creating the client and close it after closing the client (a
 * try-with-resources statement that names it first does both).
 */
final class ShutdownLogout implements AutoCloseable {

    /** How long a stopped tool waits for its Logout before it exits anyway. */
    static final long GRACE_SECONDS = 10;

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    private ShutdownLogout(Thread worker) {
        this.hook = new Thread(() -> {
            worker.interrupt();
            try {
                closed.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException exiting) {
                Thread.currentThread().interrupt();
            }
        }, "sessionlog-logout-on-exit");
    }

    /** Installs the hook for the calling thread's work. */
    static ShutdownLogout install() {
        ShutdownLogout guard = new ShutdownLogout(Thread.currentThread());
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Tells a running hook that the client is closed, or removes the hook when the tool is not stopping. */
    @Override
    public void close() {
        closed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running (or has run): the countDown above lets it finish.
        }
    }
}
