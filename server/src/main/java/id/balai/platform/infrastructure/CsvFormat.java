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
