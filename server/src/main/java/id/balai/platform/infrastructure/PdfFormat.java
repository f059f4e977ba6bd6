package id.balai.platform.infrastructure;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import id.balai.platform.domain.ReportDocument;

/**
 * A report as a PDF (OpenPDF), A4 landscape: the title, the lines, then each table with its heading and a header
 * row repeated on every page. The standard Helvetica font (no font files to ship) covers the Latin script the
 * regencies write in.
 */
public final class PdfFormat {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font CELL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Color HEADER_BACKGROUND = new Color(230, 230, 230);

    private PdfFormat() {
    }

    public static void write(ReportDocument doc, OutputStream out) {
        Document pdf = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle(doc.title());
            pdf.open();
            pdf.add(new Paragraph(doc.title(), TITLE));
            for (String line : doc.lines()) {
                pdf.add(new Paragraph(line, TEXT));
            }
            for (ReportDocument.Table table : doc.tables()) {
                Paragraph heading = new Paragraph(table.heading(), HEADING);
                heading.setSpacingBefore(12);
                heading.setSpacingAfter(4);
                pdf.add(heading);
                pdf.add(table(table));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be laid out", e);
        } finally {
            pdf.close();
        }
    }

    private static PdfPTable table(ReportDocument.Table table) {
        PdfPTable t = new PdfPTable(table.columns().size());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String column : table.columns()) {
            PdfPCell c = new PdfPCell(new Phrase(column, CELL_BOLD));
            c.setBackgroundColor(HEADER_BACKGROUND);
            t.addCell(c);
        }
        if (table.rows().isEmpty()) {
            PdfPCell none = new PdfPCell(new Phrase("Tidak ada / None", CELL));
            none.setColspan(table.columns().size());
            t.addCell(none);
        }
        for (List<Object> row : table.rows()) {
            for (Object v : row) {
                PdfPCell c = new PdfPCell(new Phrase(v == null ? "" : v.toString(), CELL));
                if (v instanceof Number) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                t.addCell(c);
            }
        }
        return t;
    }
}
