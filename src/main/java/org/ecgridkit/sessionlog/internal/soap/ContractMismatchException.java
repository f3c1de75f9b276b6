package org.ecgridkit.sessionlog.internal.soap;

import jakarta.xml.ws.WebServiceException;

/**
 * A successful answer whose payload is in another namespace than the contract the request was
 * sent in: the server speaks the other contract (or something else altogether). A client on
 * {@code AUTO} then tries the other contract; with a pinned contract it is a response the contract
 * does not allow.
 */
public final class ContractMismatchException extends WebServiceException {
    private static final long serialVersionUID = 1L;

    /** The namespace of the payload the server sent. */
    private final String received;

    ContractMismatchException(String expected, String received, String localName) {
        super("the response body holds {" + received + "}" + localName + ", not an element of the contract's namespace "
                + expected);
        this.received = received;
    }

    /**
     * The namespace of the payload the server sent.
     *
     * @return the namespace URI
     */
    public String received() {
        return received;
    }
}
