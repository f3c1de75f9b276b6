package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The exception family: one unchecked base, subtypes that keep their cause and details. */
class EcGridOsExceptionTest {

    @Test
    void everySubtypeIsAnUncheckedEcGridOsException() {
        IOException cause = new IOException("reset");
        assertThat(new EcGridOsException("m", cause)).isInstanceOf(RuntimeException.class).hasCause(cause);
        assertThat(new EcGridOsFaultException("Client", "bad", null, ErrorCategory.UNKNOWN, cause))
                .isInstanceOf(EcGridOsException.class).hasCause(cause);
        assertThat(new EcGridOsTransportException("m", cause)).isInstanceOf(EcGridOsException.class).hasCause(cause);
        assertThat(new EcGridOsTimeoutException("m", cause)).isInstanceOf(EcGridOsTransportException.class).hasCause(cause);
        assertThat(new EcGridOsResponseException("m", cause)).isInstanceOf(EcGridOsException.class).hasCause(cause);
    }

    @Test
    void faultExceptionExposesItsPartsAndDescribesThem() {
        EcGridOsFaultException e = new EcGridOsFaultException("Client", "Session has timed out.",
                "SesssionTimeout", ErrorCategory.AUTHENTICATION, null);
        assertThat(e.faultCode()).isEqualTo("Client");
        assertThat(e.faultString()).isEqualTo("Session has timed out.");
        assertThat(e.errorCode()).contains("SesssionTimeout");
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.getMessage()).contains("Client", "Session has timed out.", "SesssionTimeout", "AUTHENTICATION");

        EcGridOsFaultException bare = new EcGridOsFaultException("Server", "", null, ErrorCategory.UNKNOWN, null);
        assertThat(bare.errorCode()).isEmpty();
    }

    @Test
    void transportExceptionStatusIsOptional() {
        assertThat(new EcGridOsTransportException("m", null).httpStatus()).isEmpty();
        assertThat(new EcGridOsTransportException("m", 503, null).httpStatus()).hasValue(503);
        assertThat(new EcGridOsTimeoutException("m", null).httpStatus()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new EcGridOsTransportException("m", 42, null));
    }
}
