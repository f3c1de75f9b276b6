package org.ecgridkit.sessionlog.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} values. */
enum OutputFormat {
    /** Aligned columns for people. */
    TABLE,
    /** RFC 4180 CSV with a header row, for spreadsheets. */
    CSV,
    /** A JSON array of objects, for programs. */
    JSON,
    /** A short digest of the log for a terminal or a ticket: what an auditor looks at first. */
    SUMMARY,
    /** A self-contained HTML audit report with a timeline, the summary and the sessions. */
    HTML;

    /**
     * The writer that prints records in this format. Made when asked for, not with the enum: the
     * HTML writer's class computes its stylesheet's hash when loaded, which brings up the JDK's
     * security providers, some 30 ms that a run printing a table (or a usage error) need not spend.
     */
    RecordWriter writer() {
        return switch (this) {
            case TABLE -> new TableWriter();
            case CSV -> new CsvWriter();
            case JSON -> new JsonWriter();
            case SUMMARY -> new SummaryWriter();
            case HTML -> new HtmlReportWriter();
        };
    }

    /** The name as typed on the command line, which is also what help and error messages show. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code --format} in any case, and names the choices in lower case when the value is none of them. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            for (OutputFormat format : values()) {
                if (format.name().equalsIgnoreCase(value.strip())) {
                    return format;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a format: use table, csv, json, summary or html");
        }
    }
}
