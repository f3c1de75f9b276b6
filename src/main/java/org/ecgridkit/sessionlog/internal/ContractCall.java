package org.ecgridkit.sessionlog.internal;

import org.ecgridkit.sessionlog.internal.failure.Secret;

/**
 * One operation of the client as each contract carries it out. Each method runs inside one attempt
 * and makes exactly one request through a generated port.
 *
 * @param <T> the operation's result
 */
interface ContractCall<T> {

    /**
     * The operation's name as messages give it, e.g. {@code "SessionLog failed: ..."}.
     *
     * @return the name
     */
    String name();

    /**
     * What the request carries that no text leaving the client may show: the session id, or for a
     * Login the password.
     *
     * @return the secret
     */
    Secret secret();

    /**
     * The operation on the documented contract.
     *
     * @param port the documented contract's port
     * @param attempt the call's attempt number
     * @return the result
     */
    T documented(DocumentedPort port, int attempt);

    /**
     * The operation on the published contract.
     *
     * @param port the published contract's port
     * @param attempt the call's attempt number
     * @return the result
     */
    T published(PublishedPort port, int attempt);

    /**
     * The SOAPAction the published request carries: an .asmx server that speaks only the
     * documented contract names it in the fault that says it cannot route the request.
     *
     * @return the action URI
     */
    String publishedAction();
}
