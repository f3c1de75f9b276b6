package org.ecgridkit.sessionlog.cli;

import java.util.Locale;
import org.ecgridkit.sessionlog.ServiceContract;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --contract}: {@code auto}, {@code documented} or {@code published-wsdl}, the enum's
 * names in lower case with a hyphen, as command-line values usually are; any case is accepted.
 */
final class ContractConverter implements ITypeConverter<ServiceContract> {

    /** The value a user types for a contract. */
    static String name(ServiceContract contract) {
        return contract.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public ServiceContract convert(String value) {
        for (ServiceContract contract : ServiceContract.values()) {
            if (name(contract).equalsIgnoreCase(value.strip())) {
                return contract;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a contract: use auto, documented or published-wsdl");
    }
}
