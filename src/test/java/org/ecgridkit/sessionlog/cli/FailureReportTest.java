package org.ecgridkit.sessionlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ecgridkit.sessionlog.EcGridOsException;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.EcGridOsTimeoutException;
import org.ecgridkit.sessionlog.EcGridOsTransportException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of failure gets its documented exit code; the golden tests show the lines, this covers what they cannot provoke. */
class FailureReportTest {

    static List<Arguments> failures() {
        return List.of(
                Arguments.of(new IllegalArgumentException("maxRecords ..."), ExitCode.USAGE),
                Arguments.of(new EcGridOsFaultException("Client", "x", null, ErrorCategory.AUTHENTICATION, null), ExitCode.SOAP_FAULT),
                Arguments.of(new EcGridOsTimeoutException("t", null), ExitCode.TRANSPORT),
                Arguments.of(new EcGridOsTransportException("t", 429, null), ExitCode.TRANSPORT),
                Arguments.of(new EcGridOsTransportException("t", null), ExitCode.TRANSPORT),
                Arguments.of(new EcGridOsResponseException("r"), ExitCode.BAD_RESPONSE),
                // Neither can happen on the tool's synchronous call; if one does, it is a bug, not the user's doing.
                Arguments.of(new EcGridOsException("executor rejected"), ExitCode.INTERNAL_ERROR),
                Arguments.of(new IllegalStateException("closed"), ExitCode.INTERNAL_ERROR));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void mapsEachFailureToItsExitCode(RuntimeException failure, int exitCode) {
        FailureReport report = FailureReport.of(failure);
        assertThat(report.exitCode()).isEqualTo(exitCode);
        assertThat(report.message()).doesNotContain("\n");
    }

    @Test
    void anInternalErrorSaysToReportIt() {
        assertThat(FailureReport.of(new IllegalStateException("closed")).message())
                .isEqualTo("internal error (java.lang.IllegalStateException: closed): rerun with --verbose and report it");
    }
}
