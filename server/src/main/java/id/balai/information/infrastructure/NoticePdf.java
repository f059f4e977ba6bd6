package id.balai.information.infrastructure;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.WrittenNotice;

/**
 * The written notice as a PDF (OpenPDF), one element per row as Perbup Luwu Timur Pasal 22(5) and the Perki 1/2021
 * form list them, then the released documents with their SHA-256. It carries no identity of the requester: it is
 * fetched with the registration number and the access code.
 */
public final class NoticePdf {
    public static final String MEDIA_TYPE = "application/pdf";
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

    private NoticePdf() {
    }

    public static byte[] write(String tenantName, InformationRequest r, List<InformationFiles.FileInfo> released) {
        WrittenNotice n = r.notice().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Pemberitahuan Tertulis " + r.registrationNumber());
            pdf.open();
            pdf.add(new Paragraph(tenantName, BOLD));
            pdf.add(new Paragraph("PEMBERITAHUAN TERTULIS / WRITTEN NOTICE", TITLE));
            pdf.add(new Paragraph("(Perbup Pasal 22 ayat (4)-(5); UU 14/2008 Pasal 22 ayat (7))", TEXT));
            pdf.add(new Paragraph(" "));
            PdfPTable t = new PdfPTable(new float[] {2, 5});
            t.setWidthPercentage(100);
            row(t, "Nomor pendaftaran / Registration number", r.registrationNumber());
            row(t, "Tanggal diterima / Received on", r.receivedOn().toString());
            row(t, "Tenggat / Due on", r.noticeDue() + r.extendedOn().map(d -> " (diperpanjang / extended: "
                    + r.extensionReason().orElse("") + ")").orElse(""));
            row(t, "Tanggal pemberitahuan / Notice date", r.noticeIssuedOn().map(Object::toString).orElse(""));
            row(t, "Informasi yang diminta / Information asked", r.content().informationWanted());
            row(t, "Informasi dikuasai / Held", Boolean.TRUE.equals(n.held()) ? "Ya / Yes"
                    : "Tidak / No: dikuasai oleh / held by " + n.heldBy());
            if (Boolean.TRUE.equals(n.held())) {
                row(t, "Keputusan / Decision", switch (n.decision()) {
                    case GRANTED_FULL -> "Diberikan seluruhnya / Granted in full";
                    case GRANTED_PART -> "Diberikan sebagian / Granted in part";
                    case REFUSED -> "Ditolak / Refused";
                });
                if (n.exemptionGround() != null) {
                    row(t, "Alasan pengecualian / Exemption ground",
                            "UU 14/2008 Pasal 17 huruf " + n.exemptionGround().name().substring(0, 1).toLowerCase()
                                    + " (" + n.exemptionGround() + "): " + n.exemptionReason());
                }
                if (n.gives()) {
                    row(t, "Informasi yang diberikan / Information given", n.informationGiven());
                    StringBuilder red = new StringBuilder();
                    for (WrittenNotice.Redaction x : n.redactions()) {
                        red.append("- ").append(x.part()).append(": ").append(x.reason()).append('\n');
                    }
                    row(t, "Bagian yang dihitamkan / Redactions", red.isEmpty() ? "Tidak ada / None" : red.toString());
                    row(t, "Bentuk / Medium", n.medium().name());
                    row(t, "Format", n.format());
                    BigDecimal cost = n.cost();
                    row(t, "Biaya / Cost", cost.signum() == 0 ? "Rp 0 (tanpa biaya / free)" : "Rp " + cost.toPlainString());
                    row(t, "Cara pembayaran / Payment", n.paymentMethod() == null ? "-" : n.paymentMethod());
                }
            }
            pdf.add(t);
            pdf.add(new Paragraph(" "));
            pdf.add(new Paragraph("Dokumen yang diberikan / Released documents", BOLD));
            if (released.isEmpty()) {
                pdf.add(new Paragraph("Tidak ada / None", TEXT));
            }
            for (InformationFiles.FileInfo f : released) {
                pdf.add(new Paragraph(f.fileName() + " (" + f.sizeBytes() + " byte, SHA-256 " + f.sha256() + ")",
                        TEXT));
            }
            pdf.add(new Paragraph(" "));
            pdf.add(new Paragraph("Bila tidak puas, pemohon dapat mengajukan keberatan kepada Atasan PPID dalam 30 hari "
                    + "kerja (Perbup Pasal 24-25). / If not satisfied, the requester may object to the PPID's superior "
                    + "within 30 working days.", TEXT));
        } catch (DocumentException e) {
            throw new IllegalStateException("The notice could not be laid out", e);
        } finally {
            pdf.close();
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable t, String label, String value) {
        t.addCell(new PdfPCell(new Phrase(label, BOLD)));
        t.addCell(new PdfPCell(new Phrase(value == null ? "" : value, TEXT)));
    }
}
