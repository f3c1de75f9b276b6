package org.ecgridkit.sessionlog.testkit;

import java.util.Optional;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.internal.ContractNamespaces;

/**
 * The operations the stub recognises (the session-log ones, Login and Logout), one per contract and name: the request element
 * that selects each, the SOAPAction an .asmx server routes it by, and the response it is owed.
 */
enum WireOperation {
    /** {@code SessionLog(SessionID, UserID, MaxRecords)} of the documented contract. */
    DOCUMENTED_SESSION_LOG(ServiceContract.DOCUMENTED, ContractNamespaces.DOCUMENTED, "SessionLog"),
    /** {@code SessionLog(SessionID, MaxRecords)} of the published contract: the session user's own log. */
    SESSION_LOG(ServiceContract.PUBLISHED_WSDL, ContractNamespaces.PUBLISHED, "SessionLog"),
    /** {@code SessionLogEx(SessionID, UserID, StartTime, EndTime, MaxRecords)} of the published contract. */
    SESSION_LOG_EX(ServiceContract.PUBLISHED_WSDL, ContractNamespaces.PUBLISHED, "SessionLogEx"),
    /** {@code SessionLogCurrent(SessionID)} of the published contract: one record, the calling session's. */
    SESSION_LOG_CURRENT(ServiceContract.PUBLISHED_WSDL, ContractNamespaces.PUBLISHED, "SessionLogCurrent"),
    /** {@code Login(UserName, Password, SenderSolution, ...)} of the documented contract. */
    DOCUMENTED_LOGIN(ServiceContract.DOCUMENTED, ContractNamespaces.DOCUMENTED, "Login"),
    /** {@code Logout(SessionID)} of the documented contract, answering a boolean. */
    DOCUMENTED_LOGOUT(ServiceContract.DOCUMENTED, ContractNamespaces.DOCUMENTED, "Logout"),
    /** {@code Login(LoginName, Password)} of the published contract. */
    LOGIN(ServiceContract.PUBLISHED_WSDL, ContractNamespaces.PUBLISHED, "Login"),
    /** {@code Logout(SessionID)} of the published contract, answering an int. */
    LOGOUT(ServiceContract.PUBLISHED_WSDL, ContractNamespaces.PUBLISHED, "Logout");

    private final ServiceContract contract;
    private final String namespace;
    private final String localName;

    WireOperation(ServiceContract contract, String namespace, String localName) {
        this.contract = contract;
        this.namespace = namespace;
        this.localName = localName;
    }

    /** The operation whose request element this is, if any. */
    static Optional<WireOperation> of(String namespace, String localName) {
        for (WireOperation operation : values()) {
            if (operation.namespace.equals(namespace) && operation.localName.equals(localName)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }

    /** The operation a request read by {@link SessionLogRequestReader} called. */
    static WireOperation of(StubRequest request) {
        for (WireOperation operation : values()) {
            if (operation.contract == request.contract() && operation.localName.equals(request.operation())) {
                return operation;
            }
        }
        throw new IllegalArgumentException("no " + request.operation() + " in the " + request.contract() + " contract");
    }

    ServiceContract contract() {
        return contract;
    }

    String namespace() {
        return namespace;
    }

    /** The operation's name, which is also its request element's local name. */
    String localName() {
        return localName;
    }

    /** The SOAPAction (SOAP 1.1) or action parameter (SOAP 1.2) an .asmx server routes this operation by. */
    String action() {
        return namespace + localName;
    }

    /** Whether the operation reads a {@code MaxRecords}, and so whether the answer is cut to it. */
    boolean takesMaxRecords() {
        return this == DOCUMENTED_SESSION_LOG || this == SESSION_LOG || this == SESSION_LOG_EX;
    }

    /** Whether this is a Login, which the stub answers from its users rather than with the chosen answer. */
    boolean isLogin() {
        return this == DOCUMENTED_LOGIN || this == LOGIN;
    }

    /** Whether this is a Logout, which the stub answers from its sessions rather than with the chosen answer. */
    boolean isLogout() {
        return this == DOCUMENTED_LOGOUT || this == LOGOUT;
    }
}
