package org.ecgridkit.sessionlog.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSocketFactory;
import org.ecgridkit.sessionlog.internal.Loggers;
import org.ecgridkit.sessionlog.internal.SdkVersion;

/**
 * Watches exchanges that are waiting for the server's answer, and aborts one whose call has run
 * out of time or whose thread was interrupted.
 *
 * <p>A thread blocked in HttpURLConnection cannot be interrupted, and a server that dribbles its
 * response headers resets the read timeout with every byte; only closing the connection from
 * another thread ends that wait. An exchange stays watched until its body has been read or dropped
 * (see {@link HttpExchange}): body reads check the deadline and the interrupt flag between reads
 * (see {@link ResponseBody}), and over https a read that blocks past the deadline is cut off here
 * by closing its socket ({@link WatchedSslSockets}).
 *
 * <p>One per client, shared by all its calls, so watching must not serialise them: a call only
 * adds its check to a concurrent set and removes it again, and one sweep every
 * {@link #CHECK_INTERVAL_MILLIS} runs every check in the set. A timer task per call would take the
 * timer queue's lock twice per call, and concurrent calls would wait for each other on it.
 *
 * <p>The sweep runs on a single daemon thread only while calls keep coming: it stops after
 * {@link #IDLE_SWEEPS} sweeps that find nothing to check, the next call restarts it, and
 * {@link #close()} stops it.
 */
public final class ExchangeWatchdog implements AutoCloseable {

    /** How late, at most, an interrupt or a deadline is noticed while waiting for headers. */
    static final long CHECK_INTERVAL_MILLIS = 20;
    /** 100 ms without anything to check: a busy client keeps its sweep, an idle one lets it go. */
    private static final int IDLE_SWEEPS = 5;
    private static final long IDLE_SECONDS = 2;

    private static final System.Logger LOGGER = Loggers.CLIENT_LOGGER;

    private final ScheduledThreadPoolExecutor timer;
    // Sized past any likely number of concurrent calls, so that removes seldom meet in one bin and lock it.
    private final Set<Watch> watched = ConcurrentHashMap.newKeySet(64);
    /** Whether a sweep is scheduled; at most one is, each scheduling the next. */
    private final AtomicBoolean sweeping = new AtomicBoolean();
    /** The TLS sockets of this client's exchanges; see {@link #sslSockets}. */
    private volatile WatchedSslSockets sslSockets;
    /** Touched by the sweep only, which never runs twice at once. */
    private int idleSweeps;

    /** Creates the watchdog of one client; its thread starts with the first watched exchange. */
    public ExchangeWatchdog() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, SdkVersion.NAME + "-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code check} about every {@link #CHECK_INTERVAL_MILLIS}, the first time within that
     * interval, until the returned handle is closed. After {@link #close()} nothing is checked;
     * the capped socket timeouts still bound the call.
     */
    Watch watch(Runnable check) {
        Watch watch = new Watch(check);
        watched.add(watch);
        if (!sweeping.get() && sweeping.compareAndSet(false, true)) {
            scheduleSweep();
        }
        return watch;
    }

    private void scheduleSweep() {
        try {
            timer.schedule(this::sweep, CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // Only after close(), when no call is admitted any more.
        }
    }

    private void sweep() {
        // The next sweep is scheduled whatever a check does: with one sweep chain for every call of
        // the client, a check that threw would otherwise leave the flag set and no sweep scheduled,
        // and no later call would be watched again.
        boolean again = true;
        try {
            if (!watched.isEmpty()) {
                idleSweeps = 0;
                watched.forEach(ExchangeWatchdog::runCheck);
            } else if (++idleSweeps >= IDLE_SWEEPS) {
                idleSweeps = 0;
                sweeping.set(false);
                // A call that registered since the emptiness check saw the flag still set and started no sweep.
                again = !watched.isEmpty() && sweeping.compareAndSet(false, true);
            }
        } finally {
            if (again) {
                scheduleSweep();
            }
        }
    }

    /** Runs one exchange's check; its failure must not keep the other exchanges from being checked. */
    private static void runCheck(Watch watch) {
        try {
            watch.check.run();
        } catch (RuntimeException failure) {
            LOGGER.log(System.Logger.Level.WARNING, "SessionLog watchdog check failed; other calls are still watched", failure);
        }
    }

    /**
     * The client's TLS socket factory around {@code base}, made once per base: the JDK reuses a
     * kept-alive https connection only for the same factory object.
     *
     * @param base the factory of the user's {@code SSLContext}, or the JVM's default
     * @return a factory whose sockets this watchdog can close while a body is read
     */
    WatchedSslSockets sslSockets(SSLSocketFactory base) {
        WatchedSslSockets current = sslSockets;
        if (current != null && current.base() == base) {
            return current;
        }
        synchronized (this) {
            if (sslSockets == null || sslSockets.base() != base) {
                sslSockets = new WatchedSslSockets(base);
            }
            return sslSockets;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** One watched exchange; closing it ends the watch. */
    final class Watch implements AutoCloseable {
        private final Runnable check;

        private Watch(Runnable check) {
            this.check = check;
        }

        @Override
        public void close() {
            watched.remove(this);
        }
    }
}
