package org.ecgridkit.sessionlog.internal.failure;

import jakarta.xml.soap.Detail;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.xml.namespace.QName;
import org.ecgridkit.sessionlog.EcGridOsFaultException;
import org.ecgridkit.sessionlog.ErrorCategory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Decodes a SOAP fault from ECGridOS into an {@link EcGridOsFaultException}. The detail comes in
 * one of three forms (see that class); elements are matched by local name only, since the
 * vendor's material shows them both in the service namespace and in none.
 */
final class FaultDecoder {

    private static final String ERROR_CODE_ELEMENT = "ECGridOSSOAPErrorCode";
    private static final String ERROR_INFO_ELEMENT = "ErrorInfo";
    private static final String ERROR_INFO_CODE_ELEMENT = "ErrorCode";

    /** The category names of the second detail form, matched without regard to case. */
    private static final Map<String, ErrorCategory> CATEGORY_NAMES = Map.of(
            "authentication", ErrorCategory.AUTHENTICATION,
            "authorization", ErrorCategory.AUTHORIZATION,
            "objectnotfound", ErrorCategory.OBJECT_NOT_FOUND,
            "invalidparameter", ErrorCategory.INVALID_PARAMETER,
            "systemerror", ErrorCategory.SYSTEM_ERROR);

    /**
     * The ErrorInfo codes: the published WSDL's {@code RetCode} values, and the older material's
     * "SesssionTimeout" (sic).
     */
    private static final Map<String, ErrorCategory> ERROR_INFO_CODES = Map.ofEntries(
            Map.entry("SessionTimeout", ErrorCategory.AUTHENTICATION),
            Map.entry("SesssionTimeout", ErrorCategory.AUTHENTICATION),
            Map.entry("AccessDenied", ErrorCategory.AUTHORIZATION),
            Map.entry("NotFound", ErrorCategory.OBJECT_NOT_FOUND),
            Map.entry("InvalidID", ErrorCategory.INVALID_PARAMETER),
            Map.entry("InvalidDataType", ErrorCategory.INVALID_PARAMETER),
            Map.entry("InvalidDataLength", ErrorCategory.INVALID_PARAMETER),
            Map.entry("DataError", ErrorCategory.INVALID_PARAMETER),
            Map.entry("Duplicate", ErrorCategory.INVALID_PARAMETER),
            Map.entry("IDExistsOnNetwork", ErrorCategory.INVALID_PARAMETER),
            Map.entry("SQLError", ErrorCategory.SYSTEM_ERROR),
            Map.entry("InternalError", ErrorCategory.SYSTEM_ERROR));

    private FaultDecoder() {
    }

    /**
     * Decodes a fault.
     *
     * @param exception the JAX-WS exception carrying the fault
     * @param operation the operation refused, as the message names it
     * @param secret what the request carried, masked wherever the fault repeats it
     * @param attempts how many attempts the call made
     * @return the exception to throw; its cause is a {@link RedactedCause} copy of {@code exception},
     *     since the SAAJ fault inside may repeat the session id in its detail
     */
    static EcGridOsFaultException decode(SOAPFaultException exception, String operation, Secret secret, int attempts) {
        SOAPFault fault = exception.getFault();
        QName code = fault.getFaultCodeAsQName();
        String faultCode = secret.scrub(code == null ? "" : code.getLocalPart());
        String faultString = secret.scrub(nullToEmpty(fault.getFaultString()));
        Decoded decoded = decodeDetail(fault.getDetail());
        return new EcGridOsFaultException(operation, faultCode, faultString,
                secret.scrub(decoded.errorCode()), decoded.category(),
                RedactedCause.of(exception, secret), attempts);
    }

    private static Decoded decodeDetail(Detail detail) {
        if (detail == null) {
            return Decoded.NONE;
        }
        for (Iterator<?> entries = detail.getDetailEntries(); entries.hasNext(); ) {
            Object next = entries.next();
            if (!(next instanceof Element)) {
                continue;
            }
            Element entry = (Element) next;
            String name = localName(entry);
            if (ERROR_CODE_ELEMENT.equals(name)) {
                return decodeErrorCode(text(entry));
            }
            if (ERROR_INFO_ELEMENT.equals(name)) {
                Element code = child(entry, ERROR_INFO_CODE_ELEMENT);
                String value = code == null ? "" : text(code);
                if (!value.isEmpty()) {
                    return new Decoded(value, ERROR_INFO_CODES.getOrDefault(value, ErrorCategory.UNKNOWN));
                }
            }
        }
        return Decoded.NONE;
    }

    private static Decoded decodeErrorCode(String value) {
        if (value.isEmpty()) {
            return Decoded.NONE;
        }
        // A number has no category the vendor documents: keep the code, say UNKNOWN.
        ErrorCategory category = CATEGORY_NAMES.getOrDefault(value.toLowerCase(Locale.ROOT), ErrorCategory.UNKNOWN);
        return new Decoded(value, category);
    }

    private static Element child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && localName.equals(localName((Element) n))) {
                return (Element) n;
            }
        }
        return null;
    }

    private static String localName(Element element) {
        String local = element.getLocalName();
        if (local != null) {
            return local;
        }
        String name = element.getNodeName();
        return name.substring(name.indexOf(':') + 1);
    }

    private static String text(Element element) {
        String text = element.getTextContent();
        return text == null ? "" : text.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What the detail said: the code as sent (null when none) and its category. */
    private record Decoded(String errorCode, ErrorCategory category) {
        static final Decoded NONE = new Decoded(null, ErrorCategory.UNKNOWN);
    }
}
