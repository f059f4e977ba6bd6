package id.balai.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class DocumentTypeTest {

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String n : names) {
                z.putNextEntry(new ZipEntry(n));
                z.write(n.equals("mimetype") ? "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII)
                        : "<x/>".getBytes(StandardCharsets.US_ASCII));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aPdfIsRecognisedByItsMagicBytes() {
        assertThat(DocumentType.recognise("laporan.PDF", "%PDF-1.7\n...\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .contains(DocumentType.PDF);
    }

    @Test
    void aPdfCutShortIsNotADocument() {
        assertThat(DocumentType.recognise("laporan.pdf", "%PDF-1.7\n1 0 obj << /Type".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void aNameAloneIsNotEnough() {
        assertThat(DocumentType.recognise("laporan.pdf", "<html><script>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(DocumentType.recognise("program.exe", "MZ....".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentType.recognise("tanpa-ekstensi", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void officeOpenXmlNeedsItsPackageParts() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(DocumentType.recognise("surat.docx", docx)).contains(DocumentType.DOCX);
        assertThat(DocumentType.recognise("surat.xlsx", docx)).as("a Word package named .xlsx").isEmpty();
        assertThat(DocumentType.recognise("surat.docx", zip("evil.sh"))).isEmpty();
        assertThat(DocumentType.recognise("tabel.xlsx", zip("[Content_Types].xml", "xl/workbook.xml")))
                .contains(DocumentType.XLSX);
    }

    @Test
    void openDocumentIsRecognisedByItsMimetypeEntry() throws IOException {
        assertThat(DocumentType.recognise("surat.odt", zip("mimetype", "content.xml"))).contains(DocumentType.ODT);
        assertThat(DocumentType.recognise("surat.ods", zip("mimetype", "content.xml"))).isEmpty();
    }

    @Test
    void legacyOfficeFilesAreOle2() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(DocumentType.recognise("lama.doc", ole)).contains(DocumentType.DOC);
        assertThat(DocumentType.recognise("lama.xls", ole)).contains(DocumentType.XLS);
    }
}
