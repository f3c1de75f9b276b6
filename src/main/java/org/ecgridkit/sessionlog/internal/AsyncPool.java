package org.ecgridkit.sessionlog.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The small executor a client owns for {@code sessionLogAsync} when the user configured none.
 * Its threads are daemons (an unclosed client never keeps the JVM alive), start only when the
 * first async call arrives, and end after a minute idle; {@code close()} shuts it down.
 */
public final class AsyncPool {
    /** Enough for a handful of overlapping audit calls; callers wanting more pass their own executor. */
    private static final int THREADS = 4;
    private static final long IDLE_SECONDS = 60;
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private AsyncPool() {
    }

    /**
     * Creates a pool for one client.
     *
     * @return a new executor with up to four daemon threads
     */
    public static ExecutorService create() {
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread t = new Thread(task, SdkVersion.NAME + "-" + pool + "-async-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
