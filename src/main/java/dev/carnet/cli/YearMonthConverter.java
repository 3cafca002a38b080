package dev.carnet.cli;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 2024-06}, with a message that shows the expected form. */
final class YearMonthConverter implements ITypeConverter<YearMonth> {
    @Override
    public YearMonth convert(String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a month; write it as YYYY-MM, e.g. 2024-06");
        }
    }
}
