package org.ecgridkit.sessionlog.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionEvent;
import org.ecgridkit.sessionlog.SessionRecord;
import org.ecgridkit.sessionlog.ServiceContract;
import org.ecgridkit.sessionlog.internal.ContractNamespaces;
import org.ecgridkit.sessionlog.internal.XmlChars;

/** What a {@link SessionLogStub} sends back for a SessionLog request; its {@code respondWith…} methods choose one. */
sealed interface StubAnswer {

    /** HTTP status of a SOAP fault: an .asmx service sends 500 for faults of both SOAP versions. */
    int FAULT_STATUS = 500;

    /** Renders the HTTP answer to one request. */
    HttpAnswer answer(StubRequest request);

    /** An HTTP answer: status, content type and body. */
    record HttpAnswer(int status, String contentType, byte[] body) {
    }

    /**
     * A successful answer in the request's own contract, with at most {@code MaxRecords} of the
     * records like the service; {@code SessionLogCurrent} gets the first record alone.
     */
    record Records(List<SessionRecord> records) implements StubAnswer {
        public Records {
            records = List.copyOf(records);
            for (int i = 0; i < records.size(); i++) {
                requireSendable(records.get(i), "record " + i);
            }
        }

        /** Refuses, at once rather than mid-answer, what the wire cannot carry. */
        private static void requireSendable(SessionRecord r, String name) {
            XmlChars.requireXmlText(r.sessionId(), name + "'s sessionId");
            r.version().ifPresent(v -> XmlChars.requireXmlText(v, name + "'s version"));
            for (int e = 0; e < r.events().size(); e++) {
                SessionEvent event = r.events().get(e);
                String eventName = name + "'s event " + e;
                XmlChars.requireXmlText(event.apiCall(), eventName + "'s apiCall");
                XmlChars.requireXmlText(event.returnCode(), eventName + "'s returnCode");
                event.ip().ifPresent(ip -> XmlChars.requireXmlText(ip, eventName + "'s ip"));
                event.comment().ifPresent(c -> XmlChars.requireXmlText(c, eventName + "'s comment"));
                // Milliseconds is an xs:int on the wire.
                if (event.elapsed().isNegative() || event.elapsed().toMillis() > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(eventName + "'s elapsed must be 0 to " + Integer.MAX_VALUE
                            + " ms (an xs:int of milliseconds), was " + event.elapsed());
                }
            }
        }

        @Override
        public HttpAnswer answer(StubRequest request) {
            WireOperation operation = WireOperation.of(request);
            String contentType = SoapEnvelopeWriter.contentType(request.soapVersion());
            if (operation == WireOperation.SESSION_LOG_CURRENT) {
                return new HttpAnswer(200, contentType,
                        PublishedBodyWriter.sessionLogCurrentResponse(request.soapVersion(), records));
            }
            List<SessionRecord> cut = records.subList(0, Math.max(0, Math.min(records.size(), request.maxRecords())));
            return new HttpAnswer(200, contentType, operation == WireOperation.DOCUMENTED_SESSION_LOG
                    ? DocumentedBodyWriter.sessionLogResponse(request.soapVersion(), cut)
                    : PublishedBodyWriter.sessionLogResponse(request.soapVersion(), operation, cut));
        }
    }

    /** A SOAP fault of a category, with the detail form ECGridOS uses to name it. */
    record Fault(ErrorCategory category, String faultString) implements StubAnswer {
        public Fault {
            XmlChars.requireXmlText(faultString, "faultString");
        }

        /** The detail code that names each category; UNKNOWN has none, so the fault carries no detail. */
        private static final Map<ErrorCategory, String> ERROR_CODES = Map.of(
                ErrorCategory.AUTHENTICATION, "Authentication",
                ErrorCategory.AUTHORIZATION, "Authorization",
                ErrorCategory.OBJECT_NOT_FOUND, "ObjectNotFound",
                ErrorCategory.INVALID_PARAMETER, "InvalidParameter",
                ErrorCategory.SYSTEM_ERROR, "SystemError");

        @Override
        public HttpAnswer answer(StubRequest request) {
            // The caller's mistakes are Client (1.2: Sender) faults; the service's own failures are Server faults.
            boolean senderFault = category != ErrorCategory.SYSTEM_ERROR && category != ErrorCategory.UNKNOWN;
            String errorCode = ERROR_CODES.get(category);
            return new HttpAnswer(FAULT_STATUS, SoapEnvelopeWriter.contentType(request.soapVersion()),
                    SoapEnvelopeWriter.fault(request.soapVersion(), senderFault, faultString, errorCode == null ? null
                            : xml -> SoapEnvelopeWriter.unqualifiedElement(xml, "ECGridOSSOAPErrorCode", errorCode)));
        }
    }

    /**
     * A SOAP fault whose detail is the older service's {@code ErrorInfo}: {@code ErrorCode} (a
     * {@code RetCode} name such as {@code AccessDenied}), and the fault string again as
     * {@code ErrorMessage}, in the namespace of the request's contract.
     */
    record ErrorInfoFault(String errorCode, String faultString) implements StubAnswer {
        public ErrorInfoFault {
            XmlChars.requireXmlText(errorCode, "errorCode");
            XmlChars.requireXmlText(faultString, "faultString");
        }

        /** The codes that report the service's own failure rather than the caller's. */
        private static final Set<String> SERVER_CODES = Set.of("SQLError", "InternalError", "Unknown");

        @Override
        public HttpAnswer answer(StubRequest request) {
            String ns = request.contract() == ServiceContract.PUBLISHED_WSDL ? ContractNamespaces.PUBLISHED : ContractNamespaces.DOCUMENTED;
            return new HttpAnswer(FAULT_STATUS, SoapEnvelopeWriter.contentType(request.soapVersion()),
                    SoapEnvelopeWriter.fault(request.soapVersion(), !SERVER_CODES.contains(errorCode), faultString, xml -> {
                        xml.writeStartElement("", "ErrorInfo", ns);
                        xml.writeDefaultNamespace(ns);
                        SoapEnvelopeWriter.element(xml, ns, "ErrorCode", errorCode);
                        SoapEnvelopeWriter.element(xml, ns, "ErrorMessage", faultString);
                        xml.writeEndElement();
                    }));
        }
    }

    /** The same bytes for every request, whatever it asked: an HTTP error page, or a body that is not SOAP. */
    record Fixed(int status, String contentType, String body) implements StubAnswer {
        @Override
        public HttpAnswer answer(StubRequest request) {
            return new HttpAnswer(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
