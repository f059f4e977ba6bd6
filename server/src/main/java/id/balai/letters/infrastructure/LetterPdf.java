package id.balai.letters.infrastructure;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import id.balai.letters.application.LetterLayout;
import id.balai.letters.domain.Letter;
import id.balai.platform.domain.LongDate;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lays a {@link Letter} out as the Tata Naskah Dinas does (OpenPDF): the kop surat with the coat of arms and a double
 * rule, the place and date on the right, Nomor, Sifat, Lampiran and Hal, the addressee, the body justified, the
 * signatory block on the right with the NIP, the attachments and the copies. One font, Liberation Sans, embedded
 * (PDF/A); bold text is the same face with its outline stroked, so no second font file is needed. The page is A4 with a 25 mm
 * left margin and room at the foot, so the letter also prints at actual size on F4 (215 x 330 mm) paper.
 */
@ApplicationScoped
public class LetterPdf implements LetterLayout {
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final BaseFont BASE = baseFont();

    @Override
    public byte[] render(Letter letter, String title, Instant created) {
        return write(letter, title, created);
    }

    /** The letter laid out, as PDF/A-2b ({@link PdfArchive}), ready to be signed. */
    public static byte[] write(Letter l, String title, Instant created) {
        return PdfArchive.toPdfA(layout(l, title), title, created);
    }

    private static byte[] layout(Letter l, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Margins in points: left 25 mm (binding), right 20 mm, top 15 mm, bottom 25 mm.
        Document pdf = new Document(PageSize.A4, 71, 57, 42, 71);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            pdf.addTitle(title);
            pdf.addCreator("Balai");
            pdf.open();
            letterhead(pdf, l);
            Paragraph date = new Paragraph(l.place() + ", " + LongDate.id(l.date()), font(11));
            date.setAlignment(Element.ALIGN_RIGHT);
            pdf.add(date);
            pdf.add(spacer(6));
            PdfPTable head = new PdfPTable(new float[] {2.2f, 0.3f, 9});
            head.setWidthPercentage(100);
            head.setHorizontalAlignment(Element.ALIGN_LEFT);
            field(head, "Nomor", l.number());
            field(head, "Sifat", "Biasa");
            field(head, "Lampiran", l.attachments().isEmpty() ? "-" : l.attachments().size() + " berkas");
            field(head, "Hal", l.subject());
            pdf.add(head);
            pdf.add(spacer(10));
            pdf.add(new Paragraph("Yth.", font(11)));
            for (String line : l.addressee()) {
                pdf.add(new Paragraph(line, font(11)));
            }
            pdf.add(new Paragraph("di Tempat", font(11)));
            pdf.add(spacer(10));
            for (Letter.Block b : l.body()) {
                block(pdf, b);
            }
            signatory(pdf, l.signatory());
            list(pdf, "Lampiran:", l.attachments());
            list(pdf, "Tembusan:", l.copies());
        } catch (DocumentException e) {
            throw new IllegalStateException("The letter could not be laid out", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static void letterhead(Document pdf, Letter l) throws DocumentException {
        PdfPTable kop = new PdfPTable(new float[] {1.3f, 8});
        kop.setWidthPercentage(100);
        PdfPCell arms = new PdfPCell();
        arms.setBorder(Rectangle.NO_BORDER);
        arms.setVerticalAlignment(Element.ALIGN_MIDDLE);
        if (l.head().coatOfArms().isPresent()) {
            try {
                Image img = Image.getInstance(l.head().coatOfArms().get());
                img.scaleToFit(58, 70);
                img.setAlt("Lambang daerah");
                arms.addElement(img);
            } catch (IOException e) {
                throw new UncheckedIOException("The coat of arms could not be read", e);
            }
        }
        kop.addCell(arms);
        PdfPCell text = new PdfPCell();
        text.setBorder(Rectangle.NO_BORDER);
        text.addElement(centred(l.head().government(), bold(14)));
        text.addElement(centred(l.head().office(), bold(13)));
        if (!l.head().address().isBlank()) {
            text.addElement(centred(l.head().address(), font(10)));
        }
        if (!l.head().contact().isBlank()) {
            text.addElement(centred(l.head().contact(), font(9)));
        }
        kop.addCell(text);
        pdf.add(kop);
        // The kop's double rule: a thick line over a thin one, across the page.
        Paragraph thick = new Paragraph(2);
        thick.add(new Chunk(new LineSeparator(2.2f, 100, Color.BLACK, Element.ALIGN_CENTER, -2)));
        pdf.add(thick);
        Paragraph thin = new Paragraph(3);
        thin.add(new Chunk(new LineSeparator(0.6f, 100, Color.BLACK, Element.ALIGN_CENTER, -2)));
        pdf.add(thin);
        pdf.add(spacer(14));
    }

    private static void block(Document pdf, Letter.Block b) throws DocumentException {
        if (b instanceof Letter.Text t) {
            Paragraph p = new Paragraph(t.text(), font(11));
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(28);
            p.setSpacingAfter(6);
            p.setLeading(15);
            pdf.add(p);
        } else if (b instanceof Letter.Fields f) {
            PdfPTable t = new PdfPTable(new float[] {5, 0.3f, 8});
            t.setWidthPercentage(92);
            t.setHorizontalAlignment(Element.ALIGN_RIGHT);
            for (Letter.Field x : f.fields()) {
                field(t, x.label(), x.value());
            }
            t.setSpacingAfter(8);
            pdf.add(t);
        } else if (b instanceof Letter.Items i) {
            PdfPTable t = new PdfPTable(new float[] {0.6f, 11});
            t.setWidthPercentage(92);
            t.setHorizontalAlignment(Element.ALIGN_RIGHT);
            int n = 1;
            for (String item : i.items()) {
                t.addCell(cell((n++) + ".", font(11)));
                t.addCell(cell(item, font(11)));
            }
            t.setSpacingAfter(8);
            pdf.add(t);
        }
    }

    private static void signatory(Document pdf, Letter.Signatory s) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[] {1, 1});
        t.setWidthPercentage(100);
        t.setSpacingBefore(18);
        t.setKeepTogether(true);
        t.addCell(cell("", font(11)));
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.addElement(new Paragraph(s.position() + ",", font(11)));
        Paragraph e = new Paragraph("Ditandatangani secara elektronik", font(8));
        e.setSpacingBefore(14);
        e.setSpacingAfter(14);
        c.addElement(e);
        Chunk name = new Chunk(s.name(), bold(11));
        name.setUnderline(0.6f, -2);
        c.addElement(new Paragraph(name));
        s.nip().ifPresent(nip -> c.addElement(new Paragraph("NIP. " + nipSpaced(nip), font(11))));
        t.addCell(c);
        pdf.add(t);
    }

    /** "198001012005011001" as it is printed: 19800101 200501 1 001 (birth date, appointment, sex, number). */
    static String nipSpaced(String nip) {
        if (nip.length() != 18) {
            return nip;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " "
                + nip.substring(15);
    }

    private static void list(Document pdf, String heading, List<String> items) throws DocumentException {
        if (items.isEmpty()) {
            return;
        }
        Paragraph h = new Paragraph(heading, font(10));
        h.setSpacingBefore(14);
        pdf.add(h);
        int n = 1;
        for (String item : items) {
            pdf.add(new Paragraph((n++) + ". " + item, font(10)));
        }
    }

    private static void field(PdfPTable t, String label, String value) {
        t.addCell(cell(label, font(11)));
        t.addCell(cell(":", font(11)));
        t.addCell(cell(value == null || value.isBlank() ? "-" : value, font(11)));
    }

    private static PdfPCell cell(String text, Font f) {
        PdfPCell c = new PdfPCell(new Phrase(text, f));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingLeft(0);
        c.setPaddingBottom(3);
        return c;
    }

    private static Paragraph centred(String text, Font f) {
        Paragraph p = new Paragraph();
        p.add(new Chunk(text, f));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(f.getSize() * 1.25f);
        return p;
    }

    private static Paragraph spacer(float points) {
        Paragraph p = new Paragraph(" ", font(4));
        p.setSpacingAfter(points);
        return p;
    }

    private static Font font(float size) {
        return new Font(BASE, size, Font.NORMAL, Color.BLACK);
    }

    /** The regular face drawn bold: OpenPDF strokes the glyphs' outline when the font file has no bold face. */
    private static Font bold(float size) {
        return new Font(BASE, size, Font.BOLD, Color.BLACK);
    }

    private static BaseFont baseFont() {
        try (InputStream in = LetterPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The letter font is missing from the class path: " + FONT);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("The letter font could not be loaded", e);
        }
    }
}
