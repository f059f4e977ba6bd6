package id.balai.platform.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import id.balai.platform.domain.ReportDocument;

/**
 * A report as an Excel workbook, one sheet per table: the title and lines on top, then the bold column names, then
 * the rows (numbers as numbers). Streaming (SXSSF): a year of a busy agency's journal keeps 100 rows in memory.
 */
public final class XlsxFormat {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private XlsxFormat() {
    }

    public static void write(ReportDocument doc, OutputStream out) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            Set<String> names = new HashSet<>();
            for (ReportDocument.Table table : doc.tables()) {
                Sheet sheet = wb.createSheet(uniqueName(table.heading(), names));
                int r = 0;
                Row titleRow = sheet.createRow(r++);
                titleRow.createCell(0).setCellValue(doc.title());
                titleRow.getCell(0).setCellStyle(bold);
                for (String line : doc.lines()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                sheet.createRow(r++).createCell(0).setCellValue(table.heading());
                Row header = sheet.createRow(r++);
                for (int c = 0; c < table.columns().size(); c++) {
                    header.createCell(c).setCellValue(table.columns().get(c));
                    header.getCell(c).setCellStyle(bold);
                }
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            row.createCell(c).setCellValue(v == null ? "" : v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel's sheet names: at most 31 characters, no {@code / \ ? * [ ] :}, unique in the workbook. */
    private static String uniqueName(String heading, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(heading.split(" / ")[0], '-');
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase()); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
