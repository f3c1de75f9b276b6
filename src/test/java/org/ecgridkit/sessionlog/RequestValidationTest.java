package org.ecgridkit.sessionlog;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments are rejected before anything reaches the wire, naming the parameter. */
class RequestValidationTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static SessionLogClient client;

    @BeforeAll
    static void startClient() {
        client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build();
    }

    @BeforeEach
    void stub() {
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
    }

    @AfterAll
    static void closeClient() {
        client.close();
    }

    static Stream<Arguments> invalidArguments() {
        String secretWithNul = "SECRET-TOKEN-\u0000-7890";
        return Stream.of(
                Arguments.of(null, 0, 20, "sessionId"),
                Arguments.of("", 0, 20, "sessionId"),
                Arguments.of("   \t", 0, 20, "sessionId"),
                Arguments.of(secretWithNul, 0, 20, "sessionId"),
                Arguments.of("SECRET-TOKEN-\u001B-7890", 0, 20, "sessionId"),
                Arguments.of("SECRET-TOKEN-\uFFFE-7890", 0, 20, "sessionId"),
                Arguments.of("SECRET-TOKEN-\uD800-7890", 0, 20, "sessionId"),
                Arguments.of(SoapStub.SESSION_ID, -1, 20, "userId"),
                Arguments.of(SoapStub.SESSION_ID, Integer.MIN_VALUE, 20, "userId"),
                Arguments.of(SoapStub.SESSION_ID, 0, 0, "maxRecords"),
                Arguments.of(SoapStub.SESSION_ID, 0, -5, "maxRecords"),
                Arguments.of(SoapStub.SESSION_ID, 0, 32768, "maxRecords"),
                Arguments.of(SoapStub.SESSION_ID, 0, Integer.MAX_VALUE, "maxRecords"));
    }

    @ParameterizedTest
    @MethodSource("invalidArguments")
    void invalidArgumentIsRejectedBeforeTheWire(String sessionId, int userId, int maxRecords, String parameter) {
        assertThatThrownBy(() -> client.sessionLog(sessionId, userId, maxRecords))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(parameter)
                .satisfies(e -> {
                    if (sessionId != null && !sessionId.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(sessionId).doesNotContain("SECRET-TOKEN");
                    }
                });
        assertThatThrownBy(() -> client.sessionLogAsync(sessionId, userId, maxRecords))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(parameter);
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void boundaryValuesAreAccepted() {
        assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 1)).hasSize(2);
        assertThat(client.sessionLog(SoapStub.SESSION_ID, Integer.MAX_VALUE, 32767)).hasSize(2);
        assertThat(client.sessionLog("tab\tand\nnewline and \uD83D\uDE00 emoji", 1, 100)).hasSize(2);
        assertThat(wireMock.getAllServeEvents()).hasSize(3);
    }
}
