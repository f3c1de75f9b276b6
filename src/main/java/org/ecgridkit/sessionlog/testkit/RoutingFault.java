package org.ecgridkit.sessionlog.testkit;

import org.ecgridkit.sessionlog.SoapVersion;

/**
 * The fault an ASP.NET {@code .asmx} server answers a request it cannot route to any of its
 * methods with, worded as {@code System.Web.Services} words it (see the contracts file): this is
 * how a server of one contract tells a client of the other. HTTP 500, a {@code Client}
 * ({@code Sender}) fault naming the SOAPAction or action that was sent, a .NET stack trace on the
 * lines after, and an empty detail.
 */
final class RoutingFault {

    private static final String EXCEPTION = "System.Web.Services.Protocols.SoapException: ";
    private static final String TRACE_11 = "\n   at System.Web.Services.Protocols.Soap11ServerProtocolHelper.RouteRequest()";
    private static final String TRACE_12 = "\n   at System.Web.Services.Protocols.Soap12ServerProtocolHelper.RouteRequest()";
    private static final String TRACE_COMMON =
            "\n   at System.Web.Services.Protocols.SoapServerProtocol.RouteRequest(SoapServerMessage message)"
            + "\n   at System.Web.Services.Protocols.SoapServerProtocol.Initialize()"
            + "\n   at System.Web.Services.Protocols.ServerProtocol.SetContext(Type type, HttpContext context,"
            + " HttpRequest request, HttpResponse response)"
            + "\n   at System.Web.Services.Protocols.ServerProtocolFactory.Create(Type type, HttpContext context,"
            + " HttpRequest request, HttpResponse response, Boolean& abortProcessing)";

    private RoutingFault() {
    }

    /**
     * The fault string for a request whose SOAPAction (SOAP 1.1) or action parameter (SOAP 1.2)
     * names no operation of the server.
     *
     * @param action the action as sent, unquoted; empty when the request carried none
     */
    static String faultString(SoapVersion version, String action) {
        if (version == SoapVersion.SOAP_1_1) {
            return EXCEPTION + "Server did not recognize the value of HTTP Header SOAPAction: " + action + "."
                    + TRACE_11 + TRACE_COMMON;
        }
        String reason = action.isEmpty()
                // Without an action, ASP.NET routes SOAP 1.2 by the body element; one it does not know gets this.
                ? "Unable to handle request without a valid action parameter. Please supply a valid soap action."
                : "Unable to handle request. The action '" + action + "' was not recognized.";
        return EXCEPTION + reason + TRACE_12 + TRACE_COMMON;
    }

    /** The whole HTTP answer. */
    static StubAnswer.HttpAnswer answer(SoapVersion version, String action) {
        return new StubAnswer.HttpAnswer(StubAnswer.FAULT_STATUS, SoapEnvelopeWriter.contentType(version),
                SoapEnvelopeWriter.fault(version, true, faultString(version, action), xml -> { }));
    }
}
