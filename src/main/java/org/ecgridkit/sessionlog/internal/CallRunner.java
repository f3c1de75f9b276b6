package org.ecgridkit.sessionlog.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.internal.failure.Diagnosis;
import org.ecgridkit.sessionlog.internal.failure.FailureTranslator;
import org.ecgridkit.sessionlog.internal.failure.RetryAdvisor;

/**
 * Runs the attempts of one request of a call: each attempt is one call of a generated port method
 * with the call's {@link CallContext} visible to our transport; a failed attempt is repeated when
 * the {@link org.ecgridkit.sessionlog.RetryPolicy} allows it and the call timeout leaves room, and
 * the last failure becomes one {@link EcGridOsException} subtype ({@link FailureTranslator}).
 */
final class CallRunner {

    private static final System.Logger LOGGER = Loggers.CLIENT_LOGGER;

    private final ClientSettings settings;

    CallRunner(ClientSettings settings) {
        this.settings = settings;
    }

    /**
     * Runs a request's attempts until one succeeds or the call must fail.
     *
     * @param call the call, whose deadline and attempt count this request shares with any other
     *     request of the same call
     * @param attempt one attempt, given the call's attempt number
     * @param otherContract recognises, on an attempt's raw failure, an answer that says the server
     *     speaks the other contract; null when that is not a question
     * @param maxAttempts the most attempts this request may make; the retry policy's, or fewer
     * @param <T> the result
     * @return the attempt's result
     * @throws OtherContractException when {@code otherContract} recognised the failure
     * @throws EcGridOsException if the call fails; if it was interrupted, the thread's interrupt
     *     flag is left set
     */
    <T> T run(CallContext call, IntFunction<T> attempt, Predicate<RuntimeException> otherContract, int maxAttempts) {
        for (int tries = 1; ; tries++) {
            if (Thread.currentThread().isInterrupted()) {
                throw FailureTranslator.interrupted(call, null, call.attempts());
            }
            int number = call.beginAttempt();
            try {
                return call.runAttempt(() -> attempt.apply(number));
            } catch (RuntimeException failure) {
                if (otherContract != null && otherContract.test(failure)) {
                    throw new OtherContractException(failure);
                }
                waitBeforeRetry(failure, call, tries, maxAttempts);
            }
        }
    }

    /** Returns after the wait if the failed attempt should be repeated; throws the call's failure if not. */
    private void waitBeforeRetry(RuntimeException failure, CallContext call, int tries, int maxAttempts) {
        Diagnosis diagnosis = Diagnosis.of(failure);
        String reason = RetryAdvisor.retryableReason(diagnosis);
        if (reason == null || tries >= maxAttempts) {
            throw FailureTranslator.translate(diagnosis, call, call.attempts());
        }
        Duration delay = RetryAdvisor.delayBeforeRetry(diagnosis, tries, settings.retryPolicy(), Instant.now());
        if (delay.toNanos() >= call.remainingNanos()) {
            // Waiting would end past the deadline: report what went wrong rather than a bare timeout.
            throw FailureTranslator.translate(diagnosis, call, call.attempts());
        }
        LOGGER.log(System.Logger.Level.DEBUG, () -> call.operation() + " attempt " + call.attempts() + " failed (" + reason
                + "); retrying in " + delay.toMillis() + " ms");
        try {
            TimeUnit.NANOSECONDS.sleep(delay.toNanos());
        } catch (InterruptedException interrupt) {
            Thread.currentThread().interrupt();
            throw FailureTranslator.interrupted(call, interrupt, call.attempts());
        }
    }

    /** An attempt's failure that says the server speaks the other contract; never leaves the client. */
    static final class OtherContractException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OtherContractException(RuntimeException failure) {
            super(null, failure, false, false);
        }
    }
}
