package id.balai.reporting.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import id.balai.platform.domain.ReportDocument;
import id.balai.platform.infrastructure.CsvFormat;
import id.balai.platform.infrastructure.PdfFormat;
import id.balai.platform.infrastructure.XlsxFormat;

/** The three file forms of a report open in the tools people use and keep every value intact. */
class ReportFormatsTest {
    private static final String AWKWARD = "Jalan \"rusak\", berlubang;\nlagi";

    private static ReportDocument doc() {
        return new ReportDocument("Rekap Harian SPIKM / SPIKM Daily Digest", List.of("Tanggal / Date: 2026-03-10"),
                List.of(new ReportDocument.Table("Per perangkat daerah / Per agency", List.of("Unit", "Judul / Title",
                        "Jumlah / Count"), List.of(List.of("PUPR", AWKWARD, 3), List.of("DINKES", "Posyandu", 0))),
                        new ReportDocument.Table("Per perangkat daerah / Cases", List.of("Unit"), List.of())));
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvFormat.write(doc().tables().get(0), out);
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(
                new InputStreamReader(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8))) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(p.getHeaderNames()).containsExactly("Unit", "Judul / Title", "Jumlah / Count");
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("Judul / Title")).isEqualTo(AWKWARD);
            assertThat(rows.get(0).get("Jumlah / Count")).isEqualTo("3");
        }
    }

    @Test
    void xlsxHasASheetPerTableWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxFormat.write(doc(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            // Both headings start alike: the second sheet gets a suffix rather than a clash.
            assertThat(wb.getSheetName(0)).isEqualTo("Per perangkat daerah");
            assertThat(wb.getSheetName(1)).isEqualTo("Per perangkat daerah 2");
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Rekap Harian SPIKM / SPIKM Daily Digest");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Judul / Title");
            assertThat(s.getRow(4).getCell(1).getStringCellValue()).isEqualTo(AWKWARD);
            assertThat(s.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(3.0);
        }
    }

    @Test
    void pdfCarriesTheTitleLinesAndCells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFormat.write(doc(), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("SPIKM Daily Digest", "Tanggal / Date: 2026-03-10", "PUPR", "Posyandu",
                "Tidak ada / None");
    }
}
