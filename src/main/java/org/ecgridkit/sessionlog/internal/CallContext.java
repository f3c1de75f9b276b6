package org.ecgridkit.sessionlog.internal;

import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.ecgridkit.sessionlog.internal.failure.Causes;
import org.ecgridkit.sessionlog.internal.failure.Secret;
import org.ecgridkit.sessionlog.internal.http.ResponseBody;
import org.ecgridkit.sessionlog.internal.mapping.InvalidValues;

/**
 * One call of the client as the transport sees it: its deadline, the thread that made it (whose
 * interrupt ends it), and for the request being sent its operation's name (for messages) and the
 * secret it carries (which the wire log and every failure must mask). A call may send more than one
 * request (a Login before its SessionLog, a second contract on AUTO); they share the deadline and the
 * attempt count.
 *
 * <p>The JAX-WS RI runs a synchronous call's whole pipeline, our transport tube included, in the
 * calling thread, so {@link CallRunner} hands the context to the tube through a thread-local for the
 * length of one attempt. The port's request context cannot carry it: it is shared by every thread.
 */
public final class CallContext {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    /** The secret of the request being sent; set by {@link #sending}. */
    private Secret secret = Secret.sessionId(null);
    /** The operation of the request being sent, as messages name it. */
    private String operation = "SessionLog";
    private final Duration callTimeout;
    private final long deadlineNanos;
    private final Thread caller;
    /** Attempts made so far, over every request of the call (a client on AUTO may send two). */
    private int attempts;
    /** The streamed body of the running attempt's answer, until the attempt ends it; see {@link #hold}. */
    private ResponseBody body;
    /** The first failure of the running attempt's exchange, however the layers above reported it; see {@link #recordFailure}. */
    private Exception exchangeFailure;

    private CallContext(Duration callTimeout, long deadlineNanos, Thread caller) {
        this.callTimeout = callTimeout;
        this.deadlineNanos = deadlineNanos;
        this.caller = caller;
    }

    /** Starts the clock of a call made by the current thread. */
    static CallContext start(Duration callTimeout) {
        return new CallContext(callTimeout, System.nanoTime() + callTimeout.toNanos(), Thread.currentThread());
    }

    /**
     * The context of the attempt running in this thread. Our ports are private to the client,
     * which runs every attempt through {@link #runAttempt}; a transport used any other way would
     * have no deadline to keep and nobody to end a streamed body, so it is refused.
     *
     * @return the context of the running attempt
     * @throws IllegalStateException outside an attempt
     */
    public static CallContext current() {
        CallContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("the SessionLog transport runs only inside the client's attempts");
        }
        return context;
    }

    /**
     * Runs one attempt with this context visible to the transport of the current thread, and ends
     * the answer's streamed body, if the transport left one: read to its end when the attempt
     * returned (a body that then fails fails the attempt: the answer was not whole), dropped with
     * its connection when it threw. JAXB's per-thread bookkeeping is held for the attempt's
     * length ({@link OuterCoordinator}).
     */
    <T> T runAttempt(Supplier<T> attempt) {
        // First, so that JAXB's thread-local, read two or three times per XML event, is the one that
        // gets its home slot in the thread's map if this thread's other thread-locals compete for it.
        OuterCoordinator coordinator = new OuterCoordinator();
        coordinator.enter();
        CallContext outer = CURRENT.get();
        CURRENT.set(this);
        InvalidValues.clear();
        exchangeFailure = null;
        boolean returned = false;
        try {
            T result = attempt.get();
            finishBody();
            returned = true;
            return result;
        } catch (RuntimeException failure) {
            throw withExchangeFailure(failure);
        } finally {
            coordinator.exit();
            if (!returned) {
                abortBody();
            }
            InvalidValues.clear();
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Records what broke the running attempt's exchange (a cut, reset or stalled body, the deadline,
     * an interrupt, a body over the limit). A parser that hits it may wrap it without a cause, or
     * fail on the half-read input with an error of its own; {@link #runAttempt} then reports the
     * exchange's failure as the cause, so that the attempt is classified and retried by what really
     * went wrong. Only the first is kept: later ones are its consequences.
     *
     * @param failure the exchange's failure
     */
    public void recordFailure(Exception failure) {
        if (exchangeFailure == null) {
            exchangeFailure = failure;
        }
    }

    /** The attempt's failure, with the exchange's failure as its cause when the chain lost it. */
    private RuntimeException withExchangeFailure(RuntimeException failure) {
        Exception broken = exchangeFailure;
        exchangeFailure = null;
        if (broken == null || Causes.find(failure, broken.getClass()) == broken) {
            return failure;
        }
        WebServiceException reported = new WebServiceException(broken.getMessage(), broken);
        reported.addSuppressed(failure);
        return reported;
    }

    /**
     * Takes charge of an attempt's streamed body: the transport returns before the payload is
     * read, so the body must outlive it, and {@link #runAttempt} ends it.
     *
     * @param streamed the body the parser reads
     */
    public void hold(ResponseBody streamed) {
        abortBody();
        body = streamed;
    }

    private void finishBody() {
        ResponseBody finishing = body;
        if (finishing != null) {
            body = null;
            try {
                finishing.finish();
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }
    }

    private void abortBody() {
        ResponseBody dropped = body;
        if (dropped != null) {
            body = null;
            dropped.abort();
        }
    }

    /** Counts a new attempt; returns its number, from 1. */
    int beginAttempt() {
        return ++attempts;
    }

    /** How many attempts the call has made. */
    int attempts() {
        return attempts;
    }

    /**
     * Names the request the call sends next, and the secret it carries.
     *
     * @param operationName the operation, as messages name it (e.g. {@code Login})
     * @param requestSecret what the request carries that no text may show
     */
    void sending(String operationName, Secret requestSecret) {
        this.operation = operationName;
        this.secret = requestSecret;
    }

    /**
     * The secret of the request being sent.
     *
     * @return the secret
     */
    public Secret secret() {
        return secret;
    }

    /**
     * The operation of the request being sent, e.g. {@code SessionLog}.
     *
     * @return the operation's name
     */
    public String operation() {
        return operation;
    }

    /**
     * The call timeout the call started with.
     *
     * @return the call timeout
     */
    public Duration callTimeout() {
        return callTimeout;
    }

    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    /**
     * Whether the call has run out of time.
     *
     * @return true past the deadline
     */
    public boolean expired() {
        return remainingNanos() <= 0;
    }

    /**
     * The thread that makes the call, and so reads its answer.
     *
     * @return the calling thread
     */
    public Thread caller() {
        return caller;
    }

    /**
     * Whether the calling thread was interrupted.
     *
     * @return true once interrupted
     */
    public boolean callerInterrupted() {
        return caller.isInterrupted();
    }

    /**
     * A per-attempt timeout for HttpURLConnection: the configured one, cut to what is left of the
     * call, in whole milliseconds rounded up and never 0 (which HttpURLConnection reads as forever).
     *
     * @param configured the timeout the client was configured with
     * @return the timeout for this attempt, in milliseconds
     */
    public int capMillis(Duration configured) {
        long nanos = Math.min(configured.toNanos(), Math.max(0, remainingNanos()));
        long millis = Math.max(1, (nanos + 999_999) / 1_000_000);
        return (int) Math.min(Integer.MAX_VALUE, millis);
    }

    /**
     * Fails if the call has run out of time or its thread was interrupted; called between reads.
     *
     * @throws IOException a {@link DeadlineExceededException} or a {@link CallInterruptedException}
     */
    public void checkpoint() throws IOException {
        if (callerInterrupted()) {
            throw new CallInterruptedException();
        }
        if (expired()) {
            throw new DeadlineExceededException(callTimeout);
        }
    }
}
