package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The live threads at one moment, to prove a client leaves none behind. Threads of the test's own
 * servers (WireMock's Jetty, the JDK's HttpServer) and the JDK's HTTP keep-alive timer, which the
 * JDK starts and ends on its own schedule, are not the client's and are left out.
 */
final class ThreadCensus {

    private static final List<String> NOT_THE_CLIENTS = List.of(
            "qtp", "Scheduler", "WireMock", "HttpClient", "Keep-Alive-Timer", "Keep-Alive-SocketCleaner",
            "HTTP-Dispatcher", "server-timer", "pool-", "process reaper", "Attach Listener",
            "Common-Cleaner", "JFR", "surefire", "junit", "ForkJoinPool");

    private final Set<Thread> threads;

    private ThreadCensus(Set<Thread> threads) {
        this.threads = threads;
    }

    static ThreadCensus take() {
        return new ThreadCensus(Thread.getAllStackTraces().keySet());
    }

    /** Waits up to {@code patience} for every client thread started since the census to end. */
    void assertNoNewThreadsWithin(Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        List<String> added = newClientThreads();
        while (!added.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            added = newClientThreads();
        }
        assertThat(added).as("threads left behind").isEmpty();
    }

    private List<String> newClientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !threads.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(name -> NOT_THE_CLIENTS.stream().noneMatch(name::startsWith))
                .sorted()
                .collect(Collectors.toList());
    }
}
