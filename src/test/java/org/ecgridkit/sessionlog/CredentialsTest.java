package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.ecgridkit.sessionlog.testkit.StubRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials on the client, against the test kit's stub playing a server of each contract over
 * each SOAP version, with the client on AUTO (so the first Login also finds out the contract): one
 * Login however many threads call first, one re-login and one repeat when the session expires,
 * Logout exactly once in close(), and no retry loop for a wrong password.
 */
class CredentialsTest {

    private static final String USER = "alice";
    private static final String PASSWORD = "correct horse battery staple";
    private static final int THREADS = 8;
    private static final SessionRecord RECORD = new SessionRecord("9c1d7e5a-0b4f-4e2a-8d3c-6f5e4d3c2b1a", 12345, 100,
            200, Instant.parse("2026-05-07T08:00:00Z"), Instant.parse("2026-05-07T09:00:00Z"));

    static Stream<Arguments> servers() {
        return Stream.of(ServiceContract.DOCUMENTED, ServiceContract.PUBLISHED_WSDL)
                .flatMap(contract -> Stream.of(SoapVersion.values()).map(version -> Arguments.of(contract, version)));
    }

    private static SessionLogStub stub(ServiceContract speaks) {
        return SessionLogStub.start().speaks(speaks).acceptLogin(USER, PASSWORD).respondWith(RECORD);
    }

    private static SessionLogClient.Builder client(SessionLogStub stub, SoapVersion version, Credentials credentials) {
        return SessionLogClient.builder().endpoint(stub.endpoint()).soapVersion(version)
                .retryPolicy(RetryPolicy.none()).credentials(credentials);
    }

    private static Credentials login() {
        return Credentials.login(USER, PASSWORD.toCharArray());
    }

    private static List<StubRequest> requestsOf(SessionLogStub stub, String operation) {
        return stub.requests().stream().filter(r -> r.operation().equals(operation)).toList();
    }

    private static List<StubRequest> sessionLogRequests(SessionLogStub stub) {
        return stub.requests().stream().filter(r -> r.operation().startsWith("SessionLog")).toList();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("servers")
    void concurrentFirstCallsMakeExactlyOneLogin(ServiceContract speaks, SoapVersion version) throws Exception {
        try (SessionLogStub stub = stub(speaks).delayResponses(Duration.ofMillis(150));
             SessionLogClient client = client(stub, version, login()).build()) {
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<List<SessionRecord>>> calls = new ArrayList<>();
                for (int i = 0; i < THREADS; i++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return client.sessionLog(SessionLogQuery.ownSessions());
                    }));
                }
                start.countDown();
                for (Future<List<SessionRecord>> call : calls) {
                    assertThat(call.get(30, TimeUnit.SECONDS)).containsExactly(RECORD);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(requestsOf(stub, "Login")).hasSize(1)
                    .allSatisfy(login -> assertThat(login.loginName()).contains(USER));
            assertThat(stub.sessionIds()).hasSize(1);
            assertThat(sessionLogRequests(stub)).hasSize(THREADS)
                    .allSatisfy(r -> assertThat(r.sessionId()).isEqualTo(stub.sessionIds().get(0)));
            assertThat(client.contractInUse()).contains(speaks);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("servers")
    void anExpiredSessionMakesOneNewLoginAndTheCallSucceeds(ServiceContract speaks, SoapVersion version) {
        try (SessionLogStub stub = stub(speaks); SessionLogClient client = client(stub, version, login()).build()) {
            assertThat(client.sessionLog(SessionLogQuery.ownSessions())).containsExactly(RECORD);
            stub.expireSessions();

            assertThat(client.sessionLog(SessionLogQuery.ofUser(12345))).containsExactly(RECORD);

            List<String> sessions = stub.sessionIds();
            assertThat(sessions).hasSize(2);
            assertThat(sessionLogRequests(stub)).extracting(StubRequest::sessionId)
                    .containsExactly(sessions.get(0), sessions.get(0), sessions.get(1));
            assertThat(client.sessionLog(SessionLogQuery.ownSessions())).containsExactly(RECORD);
            assertThat(requestsOf(stub, "Login")).hasSize(2);
        }
    }

    @Test
    void threadsThatFindTheSameSessionExpiredShareOneNewLogin() throws Exception {
        try (SessionLogStub stub = stub(ServiceContract.PUBLISHED_WSDL).delayResponses(Duration.ofMillis(100));
             SessionLogClient client = client(stub, SoapVersion.SOAP_1_1, login()).build()) {
            client.sessionLog(SessionLogQuery.ownSessions());
            stub.expireSessions();
            List<CompletableFuture<List<SessionRecord>>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                calls.add(client.sessionLogAsync(SessionLogQuery.ownSessions()));
            }
            for (CompletableFuture<List<SessionRecord>> call : calls) {
                assertThat(call.get(30, TimeUnit.SECONDS)).containsExactly(RECORD);
            }
            assertThat(requestsOf(stub, "Login")).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("servers")
    void aSessionRefusedAgainAfterTheNewLoginFailsTheCallWithoutALoop(ServiceContract speaks, SoapVersion version) {
        try (SessionLogStub stub = stub(speaks).respondWithErrorInfo("SessionTimeout", "Session timed out.");
             SessionLogClient client = client(stub, version, login()).contract(speaks).build()) {
            assertThatThrownBy(() -> client.sessionLog(SessionLogQuery.ownSessions()))
                    .isInstanceOfSatisfying(EcGridOsFaultException.class, fault -> {
                        assertThat(fault.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        // Login, SessionLog, Login again, SessionLog again: one renewal, one repeat.
                        assertThat(fault.attempts()).isEqualTo(4);
                    });
            assertThat(requestsOf(stub, "Login")).hasSize(2);
            assertThat(sessionLogRequests(stub)).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("servers")
    void closeLogsOutExactlyOnce(ServiceContract speaks, SoapVersion version) {
        try (SessionLogStub stub = stub(speaks)) {
            SessionLogClient client = client(stub, version, login()).build();
            client.currentSession();
            client.sessionLog(SessionLogQuery.ownSessions());
            client.close();
            client.close();
            assertThat(stub.logouts()).isEqualTo(stub.sessionIds()).hasSize(1);
            assertThat(requestsOf(stub, "Logout")).singleElement()
                    .satisfies(logout -> assertThat(logout.contract()).isEqualTo(speaks));
        }
    }

    @Test
    void aClientThatNeverCalledNeitherLogsInNorOut() {
        try (SessionLogStub stub = stub(ServiceContract.AUTO)) {
            client(stub, SoapVersion.SOAP_1_1, login()).build().close();
            assertThat(stub.requests()).isEmpty();
        }
    }

    @Test
    void aFailingLogoutIsLoggedNotThrown() {
        SessionLogStub stub = stub(ServiceContract.PUBLISHED_WSDL);
        SessionLogClient client = client(stub, SoapVersion.SOAP_1_1, login()).build();
        client.sessionLog(SessionLogQuery.ownSessions());
        String sessionId = stub.sessionIds().get(0);
        stub.close(); // the Logout finds nobody listening
        try (LogCapture logs = LogCapture.start()) {
            client.close();
            assertThat(logs.texts()).anySatisfy(text -> assertThat(text).contains("WARNING").contains("Logout failed"));
            logs.texts().forEach(text -> {
                SecretAssertions.assertNoSecretInAnyForm(text, sessionId);
                SecretAssertions.assertNoSecretInAnyForm(text, PASSWORD);
            });
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("servers")
    void aWrongPasswordIsAnAuthenticationFaultWithNoRetry(ServiceContract speaks, SoapVersion version) {
        try (SessionLogStub stub = stub(speaks);
             SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).soapVersion(version)
                     .contract(speaks).credentials(Credentials.login(USER, "not-the-password-1".toCharArray())).build()) {
            assertThatThrownBy(() -> client.sessionLog(SessionLogQuery.ownSessions()))
                    .isInstanceOfSatisfying(EcGridOsFaultException.class, fault -> {
                        assertThat(fault.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        assertThat(fault.attempts()).isEqualTo(1);
                        assertThat(fault.getMessage()).startsWith("Login");
                        SecretAssertions.assertNoSecretInAnyForm(fault, "not-the-password-1");
                    });
            assertThat(stub.requests()).extracting(StubRequest::operation).containsExactly("Login");
        }
        // The client made no session, so closing it sent nothing.
    }

    @Test
    void anApiKeyIsSentAsTheSessionIdWithNoLoginOrLogout() {
        String key = "api-key-5d41402abc4b2a76b9719d911017c592";
        try (SessionLogStub stub = stub(ServiceContract.PUBLISHED_WSDL)) {
            try (SessionLogClient client = client(stub, SoapVersion.SOAP_1_2, Credentials.apiKey(key)).build()) {
                assertThat(client.sessionLog(SessionLogQuery.ownSessions())).containsExactly(RECORD);
                assertThat(client.toString()).contains("credentials=Credentials[apiKey]").doesNotContain(key);
            }
            assertThat(stub.requests()).extracting(StubRequest::sessionId).containsExactly(key);
        }
    }

    @Test
    void aRefusedApiKeyOrSessionIdIsNeverRenewed() {
        for (Credentials credentials : List.of(Credentials.apiKey("api-key-0123456789"),
                Credentials.sessionId("session-0123456789"))) {
            try (SessionLogStub stub = stub(ServiceContract.PUBLISHED_WSDL)
                    .respondWithFault(ErrorCategory.AUTHENTICATION, "Session expired.");
                 SessionLogClient client = client(stub, SoapVersion.SOAP_1_1, credentials).build()) {
                assertThatThrownBy(() -> client.sessionLog(SessionLogQuery.ownSessions()))
                        .isInstanceOfSatisfying(EcGridOsFaultException.class,
                                fault -> assertThat(fault.attempts()).isEqualTo(1));
                client.close();
                assertThat(stub.requests()).extracting(StubRequest::operation).containsExactly("SessionLog");
            }
        }
    }

    @Test
    void aQueryOnAClientWithoutCredentialsSaysWhichBuilderMethodIsMissing() {
        try (SessionLogStub stub = SessionLogStub.start();
             SessionLogClient client = SessionLogClient.builder().endpoint(stub.endpoint()).build()) {
            assertThatThrownBy(() -> client.sessionLog(SessionLogQuery.ownSessions()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(".credentials(");
            assertThatThrownBy(() -> client.sessionLogAsync(SessionLogQuery.ownSessions()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(".credentials(");
            assertThatThrownBy(client::currentSession)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(".credentials(");
            assertThat(stub.requests()).isEmpty();
        }
    }

    @Test
    void noSecretInTheWireLogAnyMessageOrToString() {
        List<String> outputs = new ArrayList<>();
        try (SessionLogStub stub = stub(ServiceContract.AUTO); LogCapture logs = LogCapture.start()) {
            Credentials credentials = login();
            outputs.add(credentials.toString());
            try (SessionLogClient client = client(stub, SoapVersion.SOAP_1_1, credentials).build()) {
                outputs.add(client.toString());
                client.sessionLog(SessionLogQuery.ownSessions()).forEach(r -> outputs.add(r.toString()));
                stub.expireSessions();
                client.sessionLog(SessionLogQuery.ownSessions());
                stub.respondWithFault(ErrorCategory.AUTHORIZATION, "Access denied.");
                EcGridOsException failure = Outcome.of(() -> client.sessionLog(SessionLogQuery.ofUser(7))).failure();
                assertThat(failure).isNotNull();
                SecretAssertions.assertNoSecretInAnyForm(failure, PASSWORD);
                stub.sessionIds().forEach(id -> SecretAssertions.assertNoSecretInAnyForm(failure, id));
            }
            stub.requests().forEach(r -> outputs.add(r.toString()));
            outputs.addAll(logs.texts());
            assertThat(logs.textsOf("org.ecgridkit.sessionlog.wire"))
                    .as("the wire log was on, and logged the Logins").anySatisfy(t -> assertThat(t).contains("LoginResult"));
            assertThat(stub.sessionIds()).hasSize(2);
            for (String output : outputs) {
                SecretAssertions.assertNoSecretInAnyForm(output, PASSWORD);
                for (String sessionId : stub.sessionIds()) {
                    SecretAssertions.assertNoSecretInAnyForm(output, sessionId);
                }
            }
        }
    }

    @Test
    void credentialsValidateBeforeTheWireNameTheParameterAndNeverEchoTheSecret() {
        assertThatThrownBy(() -> Credentials.apiKey(" ")).hasMessage("apiKey must not be blank");
        assertThatThrownBy(() -> Credentials.sessionId(null)).hasMessage("sessionId must not be null");
        assertThatThrownBy(() -> Credentials.login("", "x".toCharArray())).hasMessage("loginName must not be blank");
        assertThatThrownBy(() -> Credentials.login("bob", new char[0])).hasMessage("password must not be empty");
        assertThatThrownBy(() -> Credentials.login("bob", "pass\u0001word".toCharArray()))
                .hasMessage("password contains a character XML 1.0 cannot carry");
        assertThatThrownBy(() -> Credentials.apiKey("key\u0000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("apiKey ");
        assertThat(Credentials.login("bob", "hunter22".toCharArray()).toString())
                .isEqualTo("Credentials[login bob]");
        assertThat(Credentials.sessionId("session-0123456789").toString()).isEqualTo("Credentials[sessionId]");
    }

    @Test
    void thePasswordIsCopiedSoTheCallerMayWipeItsArray() {
        char[] password = PASSWORD.toCharArray();
        Credentials credentials = Credentials.login(USER, password);
        java.util.Arrays.fill(password, '\0');
        try (SessionLogStub stub = stub(ServiceContract.PUBLISHED_WSDL);
             SessionLogClient client = client(stub, SoapVersion.SOAP_1_1, credentials).build()) {
            assertThat(client.sessionLog(SessionLogQuery.ownSessions())).containsExactly(RECORD);
        }
    }
}
