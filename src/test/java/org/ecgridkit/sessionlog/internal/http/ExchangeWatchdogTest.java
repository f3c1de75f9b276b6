package org.ecgridkit.sessionlog.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared sweep must survive whatever one exchange's check does. */
class ExchangeWatchdogTest {

    @Test
    void aCheckThatThrowsDoesNotStopTheSweepForOtherExchanges() throws Exception {
        try (ExchangeWatchdog watchdog = new ExchangeWatchdog()) {
            AtomicInteger failing = new AtomicInteger();
            ExchangeWatchdog.Watch bad = watchdog.watch(() -> {
                failing.incrementAndGet();
                throw new IllegalStateException("a check that fails, e.g. a socket that throws on close");
            });
            // Let the sweep run the failing check at least once.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            while (failing.get() == 0 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(failing.get()).isPositive();
            bad.close();

            CountDownLatch checked = new CountDownLatch(3);
            ExchangeWatchdog.Watch good = watchdog.watch(checked::countDown);
            try {
                assertThat(checked.await(1, TimeUnit.SECONDS))
                        .as("a later exchange is still checked about every %d ms", ExchangeWatchdog.CHECK_INTERVAL_MILLIS)
                        .isTrue();
            } finally {
                good.close();
            }
        }
    }

    @Test
    void theSweepStopsWhenIdleAndRestartsForTheNextWatch() throws Exception {
        try (ExchangeWatchdog watchdog = new ExchangeWatchdog()) {
            for (int round = 0; round < 3; round++) {
                CountDownLatch checked = new CountDownLatch(2);
                ExchangeWatchdog.Watch watch = watchdog.watch(checked::countDown);
                assertThat(checked.await(1, TimeUnit.SECONDS)).isTrue();
                watch.close();
                // Longer than the idle sweeps, so that the next watch has to restart the sweep.
                Thread.sleep(ExchangeWatchdog.CHECK_INTERVAL_MILLIS * 10);
            }
        }
    }
}
