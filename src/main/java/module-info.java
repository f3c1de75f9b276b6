/**
 * A client for the ECGridOS SOAP operation {@code SessionLog}, and a stub of that service for
 * testing code that uses the client.
 *
 * <p>Exports {@link org.ecgridkit.sessionlog} (the client API) and
 * {@link org.ecgridkit.sessionlog.testkit} (the stub). Everything else is implementation: the
 * {@code internal} packages, the generated JAX-WS and JAXB classes, and the {@code cli} package of
 * the command-line tool, whose picocli dependency is optional ({@code requires static}).
 */
module org.ecgridkit.sessionlog {
    requires com.sun.xml.ws;
    // OuterCoordinator extends jaxb-runtime's Coordinator (com.sun.xml.ws already requires it
    // transitively; named here because main code uses it directly).
    requires com.sun.xml.bind;
    requires jakarta.xml.bind;
    requires jakarta.xml.soap;
    requires jakarta.xml.ws;
    requires jdk.httpserver;
    requires static info.picocli;

    exports org.ecgridkit.sessionlog;
    exports org.ecgridkit.sessionlog.testkit;

    // JAXB and the JAX-WS runtime read and write the generated beans, and create the adapters and
    // the port proxy, by reflection.
    opens org.ecgridkit.sessionlog.internal.soap.documented to jakarta.xml.bind, com.sun.xml.bind, com.sun.xml.bind.core, com.sun.xml.ws;
    opens org.ecgridkit.sessionlog.internal.soap.published to jakarta.xml.bind, com.sun.xml.bind, com.sun.xml.bind.core, com.sun.xml.ws;
    opens org.ecgridkit.sessionlog.internal.mapping to jakarta.xml.bind, com.sun.xml.bind, com.sun.xml.bind.core, com.sun.xml.ws;
    // picocli sets the command's option fields by reflection.
    opens org.ecgridkit.sessionlog.cli to info.picocli;
}
