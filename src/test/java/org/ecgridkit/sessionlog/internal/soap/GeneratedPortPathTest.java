package org.ecgridkit.sessionlog.internal.soap;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import jakarta.xml.ws.BindingProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ecgridkit.sessionlog.EcGridOsResponseException;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.SessionLogClient;
import org.ecgridkit.sessionlog.SoapStub;
import org.ecgridkit.sessionlog.SoapVersion;
import org.ecgridkit.sessionlog.internal.mapping.InstantXmlAdapter;
import org.ecgridkit.sessionlog.internal.soap.documented.ECGridOS;
import org.ecgridkit.sessionlog.internal.soap.documented.ECGridOSSoap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every call runs through a generated port and JAXB, and the RI's message-dump switches, set the
 * way a user's JVM might set them, cannot print our envelopes (a plain RI port in the same JVM
 * shows that the switches do print).
 */
class GeneratedPortPathTest {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    /** The RI's dump switches: read when a tubeline is assembled or a transport is used. */
    private static final Map<String, String> DUMP_SWITCHES = Map.of(
            "com.sun.xml.ws.transport.http.client.HttpTransportPipe.dump", "true",
            "com.sun.xml.ws.transport.http.HttpAdapter.dump", "true",
            "com.sun.xml.ws.util.pipe.StandaloneTubeAssembler.dump", "true",
            "com.sun.metro.soap.dump", "true");

    @ParameterizedTest
    @EnumSource(value = ServiceContract.class, names = {"DOCUMENTED", "PUBLISHED_WSDL"})
    void aCallRunsTheGeneratedPortAndJaxb(ServiceContract contract) {
        String fixture = contract == ServiceContract.DOCUMENTED ? "invalid-created-timestamp.xml" : "published-invalid-start-time.xml";
        SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, fixture));
        EcGridOsResponseException failure;
        try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).contract(contract).build()) {
            failure = catchThrowableOfType(EcGridOsResponseException.class,
                    () -> client.sessionLog(SoapStub.SESSION_ID, 0, 20));
        }
        // The invalid timestamp was read by our adapter, called by JAXB, called by the RI's stub
        // behind the generated interface's proxy.
        List<String> frames = Arrays.stream(failure.getCause().getStackTrace())
                .map(frame -> frame.getClassName() + "." + frame.getMethodName()).toList();
        assertThat(frames).anyMatch(frame -> frame.equals(InstantXmlAdapter.class.getName() + ".unmarshal"));
        assertThat(frames).anyMatch(frame -> frame.startsWith("org.glassfish.jaxb.runtime."));
        assertThat(frames).anyMatch(frame -> frame.startsWith("com.sun.xml.ws.client.sei.SEIStub.invoke"));
        String generatedPackage = contract == ServiceContract.DOCUMENTED
                ? "org.ecgridkit.sessionlog.internal.soap.documented" : "org.ecgridkit.sessionlog.internal.soap.published";
        assertThat(Arrays.stream(failure.getCause().getStackTrace()))
                .anyMatch(frame -> isProxyOf(frame.getClassName(), generatedPackage));
    }

    private static boolean isProxyOf(String className, String generatedPackage) {
        try {
            Class<?> type = Class.forName(className, false, GeneratedPortPathTest.class.getClassLoader());
            return java.lang.reflect.Proxy.isProxyClass(type)
                    && Arrays.stream(type.getInterfaces()).anyMatch(i -> i.getPackageName().equals(generatedPackage));
        } catch (ClassNotFoundException notLoadable) {
            return false;
        }
    }

    @Test
    void theRiDumpSwitchesCannotPrintOurEnvelopes() {
        Map<String, String> before = new java.util.HashMap<>();
        DUMP_SWITCHES.keySet().forEach(key -> before.put(key, System.getProperty(key)));
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        try {
            DUMP_SWITCHES.forEach(System::setProperty);
            com.sun.xml.ws.transport.http.client.HttpTransportPipe.setDump(true);
            root.addHandler(capture);
            root.setLevel(Level.ALL);
            PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8);
            System.setOut(both);
            System.setErr(both);

            SoapStub.answer(wireMock, SoapStub.soapResponse(SoapVersion.SOAP_1_1, 200, "seed-example.xml"));
            try (SessionLogClient client = SoapStub.clientFor(wireMock, SoapVersion.SOAP_1_1).build()) {
                assertThat(client.sessionLog(SoapStub.SESSION_ID, 0, 20)).hasSize(2);
            }
            String ours = printed.toString(StandardCharsets.UTF_8) + logged;
            assertThat(ours).doesNotContain(SoapStub.SESSION_ID);

            // The control: a plain RI port with the same switches prints the envelope.
            ECGridOSSoap plain = new ECGridOS().getECGridOSSoap();
            ((BindingProvider) plain).getRequestContext()
                    .put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, SoapStub.endpoint(wireMock).toString());
            plain.sessionLog(SoapStub.SESSION_ID, 0, (short) 20);
            assertThat(printed.toString(StandardCharsets.UTF_8) + logged).contains(SoapStub.SESSION_ID);
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(capture);
            root.setLevel(rootLevel);
            com.sun.xml.ws.transport.http.client.HttpTransportPipe.setDump(false);
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }
}
