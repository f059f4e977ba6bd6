package id.balai.platform.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.balai.platform.domain.ReportDocument;

/** One table as RFC 4180 CSV in UTF-8, header first; Commons CSV does the quoting. */
public final class CsvFormat {
    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvFormat() {
    }

    /** A CSV written row by row to a stream (a download that is written while it is read). */
    public static final class Rows {
        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void row(List<?> values) {
            try {
                printer.printRecord(values);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void flush() {
            try {
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Starts a CSV on {@code out} with its header; rows follow with {@link Rows#row}, then {@link Rows#flush}. */
    public static Rows open(List<String> columns, OutputStream out) {
        try {
            Writer w = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            return new Rows(new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new))
                    .get()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(ReportDocument.Table table, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                    .setHeader(table.columns().toArray(String[]::new)).get());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
