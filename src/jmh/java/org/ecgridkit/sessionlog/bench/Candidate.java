package org.ecgridkit.sessionlog.bench;

import java.net.URI;
import java.util.function.Function;

/** The clients the benchmarks compare, with the letters issue 4 gives them. */
public enum Candidate {
    /** (a) The SDK's public facade. */
    SDK("(a) SessionLogClient", "com.sun.xml.ws.", SdkCandidate::new),
    /** (b) The plain wsimport port, with stock XMLGregorianCalendar to Instant conversion. */
    STOCK_PORT("(b) stock wsimport port", "com.sun.xml.ws.", StockPortCandidate::new),
    /** (c) The baseline: a hand-written HttpURLConnection + StAX client, the limit we measure against. */
    HAND_WRITTEN("(c) hand-written", "none", HandWrittenClient::new),
    /** (d) Apache CXF's JAX-WS client on the same WSDL and beans. */
    CXF("(d) Apache CXF", "org.apache.cxf.", CxfCandidate::new);

    private final String label;
    private final String runtimePrefix;
    private final Function<URI, SessionLogCandidate> factory;

    Candidate(String label, String runtimePrefix, Function<URI, SessionLogCandidate> factory) {
        this.label = label;
        this.runtimePrefix = runtimePrefix;
        this.factory = factory;
    }

    /** @return the name the result tables show */
    public String label() {
        return label;
    }

    /**
     * Builds this candidate's client and checks that it runs on the SOAP stack it claims to.
     *
     * @param endpoint the server to talk to
     * @return the client
     * @throws IllegalStateException if it runs on another stack
     */
    public SessionLogCandidate open(URI endpoint) {
        SessionLogCandidate client = factory.apply(endpoint);
        if (!client.runtime().startsWith(runtimePrefix)) {
            client.close();
            throw new IllegalStateException(label + " should run on " + runtimePrefix + "* but runs on " + client.runtime());
        }
        return client;
    }
}
