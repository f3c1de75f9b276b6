package org.ecgridkit.sessionlog.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --endpoint}. Picocli's own converter reports a bad value with the Java exception's
 * class name; this one says what is wrong with the URL, and that a bare host name needs its
 * scheme. Which schemes and hosts the client accepts is the client builder's to check.
 */
final class EndpointConverter implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException bad) {
            throw new TypeConversionException("'" + value + "' is not a URL (" + bad.getReason()
                    + (bad.getIndex() >= 0 ? " at index " + bad.getIndex() : "") + ")");
        }
        if (uri.getScheme() == null) {
            throw new TypeConversionException("'" + value + "' is not a URL: give the scheme, e.g. https://"
                    + value.strip());
        }
        return uri;
    }
}
