package org.ecgridkit.sessionlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.ecgridkit.sessionlog.testkit.SessionLogStub;
import org.ecgridkit.sessionlog.testkit.StubRequest;
import org.junit.jupiter.api.Test;

/**
 * The public API is exactly the one DESIGN.md section 4 fixes, and it leaks no implementation
 * type. The first test is mostly a compile-time check: it uses every member with its declared type.
 */
class PublicApiTest {

    private static final List<Class<?>> PUBLIC_TYPES = List.of(SessionLogClient.class, SessionLogClient.Builder.class,
            SessionRecord.class, EcGridOsException.class, EcGridOsFaultException.class,
            EcGridOsTransportException.class, EcGridOsTimeoutException.class, EcGridOsResponseException.class,
            SoapVersion.class, ErrorCategory.class, RetryPolicy.class, RetryPolicy.Builder.class,
            ServiceContract.class, SessionStatus.class, SessionEvent.class, SessionLogQuery.class,
            SessionLogSummary.class, SessionLogSummary.Period.class, SessionLogSummary.StatusCount.class,
            SessionLogSummary.AddressUse.class, SessionLogSummary.ReturnCodeCount.class,
            SessionLogSummary.FailedCall.class, SessionLogSummary.SessionSpan.class, SessionLogSummary.Overlap.class);

    @Test
    void everyMemberHasTheDesignedSignature() {
        URI endpoint = SessionLogClient.DEFAULT_ENDPOINT;
        Executor executor = Runnable::run;
        SessionLogClient.Builder builder = SessionLogClient.builder()
                .endpoint(endpoint)
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .executor(executor)
                .soapVersion(SoapVersion.SOAP_1_1)
                .retryPolicy(RetryPolicy.standard())
                .callTimeout(Duration.ofMinutes(2))
                .maxResponseBytes(16L * 1024 * 1024)
                .allowInsecureHttp(false)
                .hostnameVerifier((host, session) -> false)
                .contract(ServiceContract.AUTO);
        try {
            builder.sslContext(javax.net.ssl.SSLContext.getDefault());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
        RetryPolicy none = RetryPolicy.none();
        RetryPolicy custom = RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(2)).build();
        int attempts = new EcGridOsException("e").attempts();
        assertThat(List.of(none, custom, attempts)).hasSize(3);
        try (SessionLogClient client = builder.build(); SessionLogClient defaults = SessionLogClient.create()) {
            AutoCloseable closeable = client;
            assertThat(closeable).isNotSameAs(defaults);
            java.util.function.Function<String, List<SessionRecord>> three = id -> client.sessionLog(id, 0, 1);
            java.util.function.Function<String, List<SessionRecord>> two =
                    id -> client.sessionLog(id, SessionLogQuery.ownSessions().maxRecords(1));
            java.util.function.Function<SessionLogQuery, List<SessionRecord>> withCredentials = client::sessionLog;
            java.util.function.Function<SessionLogQuery, CompletableFuture<List<SessionRecord>>> asyncWithCredentials =
                    client::sessionLogAsync;
            java.util.function.Function<Credentials, SessionLogClient.Builder> credentials =
                    SessionLogClient.builder()::credentials;
            java.util.function.Function<String, CompletableFuture<List<SessionRecord>>> async =
                    id -> client.sessionLogAsync(id, 0, 1);
            assertThat(List.of(three, two, async, withCredentials, asyncWithCredentials, credentials)).hasSize(6);
            Credentials key = Credentials.apiKey("key-0123456789");
            Credentials token = Credentials.sessionId("token-0123456789");
            Credentials login = Credentials.login("alice", "secret".toCharArray());
            SessionLogClient.Builder contact = SessionLogClient.builder().senderContact("ACME", "Ann", "ann@example.com");
            java.util.function.Supplier<java.util.Optional<SessionRecord>> mine = client::currentSession;
            assertThat(List.of(key, token, login, contact, mine)).hasSize(5);
            SessionLogQuery query = SessionLogQuery.ownSessions().maxRecords(10)
                    .between(java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(1));
            java.util.function.Function<String, List<SessionRecord>> queried = id -> client.sessionLog(id, query);
            java.util.function.Function<String, CompletableFuture<List<SessionRecord>>> queriedAsync =
                    id -> client.sessionLogAsync(id, SessionLogQuery.ofUser(4711));
            java.util.function.Function<String, java.util.Optional<SessionRecord>> current = client::currentSession;
            java.util.Optional<ServiceContract> inUse = client.contractInUse();
            assertThat(List.of(queried, queriedAsync, current, inUse)).hasSize(4);
            SessionRecord six = new SessionRecord("s", 1, 2, 3, java.time.Instant.EPOCH, java.time.Instant.EPOCH);
            SessionRecord ten = new SessionRecord("s", 1, 2, 3, java.time.Instant.EPOCH, java.time.Instant.EPOCH,
                    SessionStatus.OPEN, java.util.Optional.empty(), java.util.Optional.of("4.1"),
                    List.of(new SessionEvent("Login", java.time.Instant.EPOCH, Duration.ofMillis(5),
                            java.util.Optional.of("203.0.113.7"), "Success", java.util.Optional.empty())));
            assertThat(six.status()).isEqualTo(SessionStatus.UNKNOWN);
            assertThat(ten.events()).hasSize(1);
        }

        SessionRecord record = new SessionRecord("id", 1, 2, 3, Instant.EPOCH, Instant.EPOCH.plusSeconds(60));
        String sessionId = record.sessionId();
        int ids = record.userId() + record.networkId() + record.mailboxId();
        Instant created = record.created();
        Instant expires = record.expires();
        Duration duration = record.duration();
        boolean active = record.isActiveAt(created);
        assertThat(List.of(sessionId, ids, expires, duration, active)).hasSize(5);

        EcGridOsFaultException fault = new EcGridOsFaultException("Client", "text", "5", ErrorCategory.UNKNOWN, null);
        String faultCode = fault.faultCode();
        String faultString = fault.faultString();
        Optional<String> errorCode = fault.errorCode();
        ErrorCategory category = fault.category();
        OptionalInt status = new EcGridOsTimeoutException("t", null).httpStatus();
        RuntimeException unchecked = new EcGridOsResponseException("r");
        assertThat(List.of(faultCode, faultString, errorCode, category, status, unchecked)).hasSize(6);

        assertThat(SoapVersion.values()).containsExactly(SoapVersion.SOAP_1_1, SoapVersion.SOAP_1_2);
        assertThat(ErrorCategory.values()).containsExactly(ErrorCategory.AUTHENTICATION, ErrorCategory.AUTHORIZATION,
                ErrorCategory.OBJECT_NOT_FOUND, ErrorCategory.INVALID_PARAMETER, ErrorCategory.SYSTEM_ERROR,
                ErrorCategory.UNKNOWN);
    }

    @Test
    void finalityAndHierarchyAreAsDesigned() {
        assertThat(Modifier.isFinal(SessionLogClient.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(SessionLogClient.Builder.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(EcGridOsFaultException.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(RetryPolicy.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(RetryPolicy.Builder.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(EcGridOsTimeoutException.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(EcGridOsResponseException.class.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(EcGridOsException.class.getModifiers())).isFalse();
        assertThat(Modifier.isFinal(EcGridOsTransportException.class.getModifiers())).isFalse();
        assertThat(EcGridOsTimeoutException.class.getSuperclass()).isEqualTo(EcGridOsTransportException.class);
        assertThat(EcGridOsException.class.getSuperclass()).isEqualTo(RuntimeException.class);
        assertThat(SessionRecord.class.isRecord()).isTrue();
        assertThat(SessionRecord.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("sessionId", "userId", "networkId", "mailboxId", "created", "expires",
                        "status", "ended", "version", "events");
        assertThat(SessionEvent.class.getRecordComponents()).extracting(RecordComponent::getName)
                .containsExactly("apiCall", "at", "elapsed", "ip", "returnCode", "comment");
        assertThat(Modifier.isFinal(SessionLogQuery.class.getModifiers())).isTrue();
    }

    @Test
    void noPublicSignatureMentionsAnImplementationType() {
        assertThat(leaks(PUBLIC_TYPES)).isEmpty();
    }

    @Test
    void theTestKitIsExactlyItsTwoTypesAndLeaksNoImplementationType() {
        List<Class<?>> testKit = List.of(SessionLogStub.class, StubRequest.class);
        assertThat(leaks(testKit)).isEmpty();
        assertThat(testKit).allMatch(type -> type.getPackageName().equals("org.ecgridkit.sessionlog.testkit"));
        assertThat(SessionLogStub.class.getConstructors()).as("a stub is obtained through start()").isEmpty();
    }

    private static List<String> leaks(List<Class<?>> types) {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : types) {
            List<Executable> members = new ArrayList<>(List.of(type.getMethods()));
            members.addAll(List.of(type.getConstructors()));
            for (Executable member : members) {
                List<Type> signature = new ArrayList<>(List.of(member.getGenericParameterTypes()));
                if (member instanceof Method) {
                    signature.add(((Method) member).getGenericReturnType());
                }
                for (Type t : signature) {
                    collectLeaks(t, type.getSimpleName() + "." + member.getName(), leaks);
                }
            }
            for (Field field : type.getFields()) {
                collectLeaks(field.getGenericType(), type.getSimpleName() + "." + field.getName(), leaks);
            }
        }
        return leaks;
    }

    private static void collectLeaks(Type type, String where, List<String> leaks) {
        if (type instanceof ParameterizedType) {
            ParameterizedType p = (ParameterizedType) type;
            collectLeaks(p.getRawType(), where, leaks);
            for (Type argument : p.getActualTypeArguments()) {
                collectLeaks(argument, where, leaks);
            }
            return;
        }
        if (type instanceof Class<?>) {
            Class<?> c = (Class<?>) type;
            while (c.isArray()) {
                c = c.getComponentType();
            }
            String name = c.getName();
            if (name.startsWith("org.ecgridkit.sessionlog.internal") || name.startsWith("jakarta.xml")
                    || name.startsWith("javax.xml") || name.startsWith("com.sun.")) {
                leaks.add(where + " uses " + name);
            }
        }
    }

    @Test
    void everyPublicTypeIsInThePublicPackage() throws Exception {
        for (Class<?> type : PUBLIC_TYPES) {
            assertThat(type.getPackageName()).isEqualTo("org.ecgridkit.sessionlog");
        }
        Constructor<?>[] builderConstructors = SessionLogClient.Builder.class.getConstructors();
        assertThat(builderConstructors).as("the builder is obtained through builder()").isEmpty();
    }
}
