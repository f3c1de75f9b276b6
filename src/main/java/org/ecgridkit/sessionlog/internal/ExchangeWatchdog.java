package org.ecgridkit.sessionlog.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Watches exchanges that are waiting for the server's answer, and aborts one whose call has run
 * out of time or whose thread was interrupted.
 *
 * <p>A thread blocked in HttpURLConnection cannot be interrupted, and a server that dribbles its
 * response headers resets the read timeout with every byte; only closing the connection from
 * another thread ends that wait. Body reads need no watchdog: they check the deadline and the
 * interrupt flag between reads (see {@link HttpExchange}).
 *
 * <p>One per client. Its single daemon thread exists only while some exchange is being watched,
 * plus a short idle time, and is stopped by {@link #close()}. A call that finishes within the
 * first check interval (most do) never wakes it.
 */
final class ExchangeWatchdog implements AutoCloseable {

    /** How late, at most, an interrupt or a deadline is noticed while waiting for headers. */
    static final long CHECK_INTERVAL_MILLIS = 20;
    private static final long IDLE_SECONDS = 2;

    private final ScheduledThreadPoolExecutor timer;

    ExchangeWatchdog() {
        timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "ecgridos-sessionlog-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        timer.setKeepAliveTime(IDLE_SECONDS, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
    }

    /**
     * Runs {@code check} every {@link #CHECK_INTERVAL_MILLIS} until the returned handle is
     * cancelled. After {@link #close()}, returns a handle that watches nothing.
     */
    Future<?> watch(Runnable check) {
        try {
            return timer.scheduleWithFixedDelay(check, CHECK_INTERVAL_MILLIS, CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // Only after close(), when no call is admitted any more; the capped socket timeouts still bound it.
            return CompletableFuture.completedFuture(null);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
