package org.ecgridkit.sessionlog.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.ecgridkit.sessionlog.SessionRecord;
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

    /** A successful SessionLog response with at most {@code MaxRecords} of the records, like the service. */
    record Records(List<SessionRecord> records) implements StubAnswer {
        public Records {
            records = List.copyOf(records);
            for (int i = 0; i < records.size(); i++) {
                XmlChars.requireXmlText(records.get(i).sessionId(), "record " + i + "'s sessionId");
            }
        }

        @Override
        public HttpAnswer answer(StubRequest request) {
            int limit = Math.max(0, Math.min(records.size(), request.maxRecords()));
            return new HttpAnswer(200, SoapEnvelopeWriter.contentType(request.soapVersion()),
                    SoapEnvelopeWriter.sessionLogResponse(request.soapVersion(), records.subList(0, limit)));
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
            return new HttpAnswer(FAULT_STATUS, SoapEnvelopeWriter.contentType(request.soapVersion()),
                    SoapEnvelopeWriter.fault(request.soapVersion(), senderFault, faultString, ERROR_CODES.get(category)));
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
