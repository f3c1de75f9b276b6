package org.ecgridkit.sessionlog;

/**
 * Which of ECGridOS's two SOAP contracts a {@link SessionLogClient} speaks. The vendor's reference
 * pages describe one ({@link #DOCUMENTED}); the WSDL the v4.1 service itself publishes describes
 * another ({@link #PUBLISHED_WSDL}). Immutable and thread-safe, like every enum.
 */
public enum ServiceContract {
    /**
     * Find out on the client's first call, then remember for the client's lifetime. The first call
     * sends the published contract's request; if the server answers that it cannot route it (the
     * .asmx fault naming the SOAPAction or action sent) or answers in the documented namespace, the
     * same call sends the documented contract's request once. Any other failure is reported as
     * usual and nothing is remembered. The default.
     */
    AUTO,
    /**
     * The contract of the reference pages: namespace {@code http://www.ecgridos.net/},
     * {@code SessionLog(SessionID, UserID, MaxRecords)} returning {@code SessionIDInfo} entries
     * (no status, end time, version or events). Never probes.
     */
    DOCUMENTED,
    /**
     * The contract of the WSDL the v4.1 service publishes: namespace {@code https://os.ecgrid.io/},
     * {@code SessionLog}, {@code SessionLogEx} and {@code SessionLogCurrent} returning
     * {@code SessionLogInfo} entries with status, end time, version and the session's API calls.
     * Never probes.
     */
    PUBLISHED_WSDL
}
