package org.ecgridkit.sessionlog.cli;

import java.util.List;

/** Lays rows out in columns as wide as their widest cell, two spaces apart, without trailing blanks. */
final class AlignedColumns {

    private static final String GAP = "  ";

    private final int[] widths;
    private final boolean[] rightAligned;

    /**
     * Measures the rows (header included) that will be printed.
     *
     * @param rows every row, each with one cell a column
     * @param rightAligned which columns hold numbers
     */
    AlignedColumns(List<String[]> rows, boolean[] rightAligned) {
        this.rightAligned = rightAligned;
        this.widths = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
    }

    /** One row, laid out. */
    String line(String[] row) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            if (c > 0) {
                line.append(GAP);
            }
            String padding = " ".repeat(widths[c] - row[c].length());
            line.append(rightAligned[c] ? padding + row[c] : row[c] + padding);
        }
        return line.toString().stripTrailing();
    }
}
