package org.ecgridkit.sessionlog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CallGateTest {

    private final AtomicInteger releases = new AtomicInteger();
    private final CallGate gate = new CallGate(releases::incrementAndGet);

    @Test
    void releasesAtOnceWhenClosedIdle() {
        assertThat(gate.close()).isTrue();
        assertThat(releases).hasValue(1);
        assertThat(gate.close()).isFalse();
        assertThat(releases).hasValue(1);
        assertThatIllegalStateException().isThrownBy(gate::enter);
        assertThat(releases).hasValue(1);
    }

    @Test
    void releasesAfterTheLastAdmittedCallExits() {
        gate.enter();
        gate.enter();
        gate.close();
        assertThat(releases).hasValue(0);
        gate.exit();
        assertThat(releases).hasValue(0);
        gate.exit();
        assertThat(releases).hasValue(1);
        assertThat(gate.isClosed()).isTrue();
    }

    @Test
    void neverReleasesWhileOpen() {
        gate.enter();
        gate.exit();
        assertThat(releases).hasValue(0);
        assertThat(gate.isClosed()).isFalse();
    }
}
