package org.ecgridkit.sessionlog.internal;

/**
 * The XML namespaces of the two ECGridOS contracts, as their WSDLs declare them: the client's
 * ports check every answer against them, and the test kit writes its answers in them.
 */
public final class ContractNamespaces {

    /** The documented contract's namespace (the vendor's reference pages, {@code wsdl/ECGridOS.wsdl}). */
    public static final String DOCUMENTED = "http://www.ecgridos.net/";
    /**
     * The published contract's namespace (the v4.1 service's WSDL, {@code wsdl/ECGridOS-published.wsdl});
     * an operation's SOAPAction is this namespace followed by the operation's name.
     */
    public static final String PUBLISHED = "https://os.ecgrid.io/";

    private ContractNamespaces() {
    }
}
