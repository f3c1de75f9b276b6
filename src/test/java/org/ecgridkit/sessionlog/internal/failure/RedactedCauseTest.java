package org.ecgridkit.sessionlog.internal.failure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.SocketException;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** The masked copy of a failure: it cannot fail, and keeps every cause and suppressed exception. */
class RedactedCauseTest {

    private static final String ID = "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0";

    @Test
    void copiesAChainWithCausesAndSuppressedExceptions() {
        IOException root = new SocketException("reset while reading " + ID.toLowerCase(Locale.ROOT));
        IllegalStateException middle = new IllegalStateException("middle " + ID.replace("-", ""), root);
        RuntimeException top = new RuntimeException("top " + ID, middle);
        top.addSuppressed(new IllegalArgumentException("suppressed " + ID));

        Throwable copy = RedactedCause.of(top, Secret.sessionId(ID));

        assertThat(copy).isInstanceOf(RedactedCause.class);
        assertThat(((RedactedCause) copy).originalClass()).isEqualTo(RuntimeException.class.getName());
        assertThat(copy.getCause()).isInstanceOf(RedactedCause.class);
        assertThat(((RedactedCause) copy.getCause()).originalClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(((RedactedCause) copy.getCause().getCause()).originalClass()).isEqualTo(SocketException.class.getName());
        assertThat(copy.getSuppressed()).hasSize(1);
        assertThat(copy.getStackTrace()).isEqualTo(top.getStackTrace());
        assertThat(printed(copy)).contains("top ****E1F0", "middle ****E1F0", "reset while reading ****E1F0",
                "suppressed ****E1F0").doesNotContainIgnoringCase(ID).doesNotContainIgnoringCase(ID.replace("-", ""));
    }

    @Test
    void followsAStreamExceptionsNestedExceptionWhichIsNotItsCause() {
        // As the JDK's and Woodstox's readers report an I/O failure: the constructor with a location keeps no cause.
        XMLStreamException parse = new XMLStreamException("ParseError", new NowhereLocation(), new SocketException("cut for " + ID));
        assertThat(parse.getCause()).isNull();

        Throwable copy = RedactedCause.of(parse, Secret.sessionId(ID));

        assertThat(copy.getCause()).isInstanceOf(RedactedCause.class);
        assertThat(((RedactedCause) copy.getCause()).originalClass()).isEqualTo(SocketException.class.getName());
        assertThat(printed(copy)).contains("cut for ****E1F0").doesNotContain(ID);
    }

    @Test
    void cannotFailOnLoopsShortSecretsOrMessagesThatThrow() {
        RuntimeException a = new RuntimeException("a s");
        RuntimeException b = new RuntimeException("b s", a);
        a.initCause(b); // a loop
        a.addSuppressed(a.getCause());
        Throwable hostile = new RuntimeException() {
            @Override
            public String getMessage() {
                throw new IllegalStateException("no message");
            }
        };
        b.addSuppressed(hostile);

        assertThat(RedactedCause.of(a, Secret.sessionId("s"))).isInstanceOf(RedactedCause.class);
        assertThat(printed(RedactedCause.of(a, Secret.sessionId("s")))).doesNotContain(" s");
        assertThat(RedactedCause.of(a, Secret.sessionId(null))).isNotNull();
        assertThat(RedactedCause.of(null, Secret.sessionId(ID))).isNull();
    }

    @Test
    void aVeryDeepChainIsCopiedWithoutOverflowingTheStack() {
        Throwable chain = new IOException("root " + ID);
        for (int i = 0; i < 10_000; i++) {
            chain = new RuntimeException("level " + i, chain);
        }
        assertThat(RedactedCause.of(chain, Secret.sessionId(ID))).isInstanceOf(RedactedCause.class);
    }

    @Test
    void serializesWithoutTheSecret() throws Exception {
        Throwable copy = RedactedCause.of(new RuntimeException("x " + ID, new IOException(ID)), Secret.sessionId(ID));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(copy);
        }
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(ID);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(((Throwable) in.readObject()).getCause()).isInstanceOf(RedactedCause.class);
        }
    }

    /** A location that says nothing; the stream exception's constructor needs one. */
    private static final class NowhereLocation implements javax.xml.stream.Location {
        @Override
        public int getLineNumber() {
            return 1;
        }

        @Override
        public int getColumnNumber() {
            return 1;
        }

        @Override
        public int getCharacterOffset() {
            return 0;
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }
    }

    private static String printed(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
