package org.ecgridkit.sessionlog.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --user-id} and {@code --max-records}. Picocli's own converter says "is not an int",
 * a Java type's name; this one says what a user can act on. The range each option allows is
 * checked later, where the query is made, and reported under the option's name.
 */
final class WholeNumberConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String number = value.strip();
        try {
            return Integer.valueOf(number);
        } catch (NumberFormatException notAnInt) {
            if (number.matches("[+-]?\\d+")) {
                throw new TypeConversionException("'" + value + "' is out of range");
            }
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }
}
