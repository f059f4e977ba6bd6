package id.balai.letters.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.balai.letters.domain.Letter;
import id.balai.letters.domain.Letterhead;
import id.balai.support.Poppler;

/** A letter as poppler reads it: the kop, the number, the date in Indonesian, the signatory, the signature. */
class LetterPdfTest {

    private static Letter letter() throws IOException {
        byte[] arms = Files.readAllBytes(Path.of("..", "tenants", "luwu-timur", "lambang.png"));
        return new Letter(new Letterhead("PEMERINTAH KABUPATEN LUWU TIMUR",
                "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI", "Jl. Soekarno-Hatta, Malili 92981",
                "ppid@luwutimurkab.go.id", Optional.of(arms)), "045.2/007/PPID-LT/2026", "Malili",
                LocalDate.of(2026, 12, 7), "Pemberitahuan Tertulis atas Permohonan Informasi Publik",
                List.of("Pemohon Informasi Publik", "Nomor Pendaftaran PPID/LT/2026/00042"),
                List.of(new Letter.Text("Bersama ini kami sampaikan pemberitahuan tertulis."),
                        new Letter.Fields(List.of(new Letter.Field("Nomor pendaftaran", "PPID/LT/2026/00042"))),
                        new Letter.Items(List.of("Nama dan alamat pihak ketiga: dilindungi"))),
                new Letter.Signatory("Pejabat Pengelola Informasi dan Dokumentasi", "Andi Pratiwi",
                        Optional.of("198001012005012001")),
                List.of("Laporan Keuangan 2025.pdf"), List.of("Atasan PPID"));
    }

    @Test
    void aLetterHasItsKopNumberIndonesianDateSignatoryAndEmbeddedFonts() throws IOException {
        byte[] pdf = LetterPdf.write(letter(), "Pemberitahuan Tertulis 045.2/007/PPID-LT/2026",
                Instant.parse("2026-12-07T02:00:00Z"));
        String text = Poppler.text(pdf);
        assertThat(text).contains("PEMERINTAH KABUPATEN LUWU TIMUR", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI",
                "Malili, 7 Desember 2026", "045.2/007/PPID-LT/2026", "Yth.", "Nomor Pendaftaran PPID/LT/2026/00042",
                "Andi Pratiwi", "NIP. 19800101 200501 2 001", "Lampiran:", "Laporan Keuangan 2025.pdf",
                "Tembusan:");
        String fonts = Poppler.fonts(pdf);
        assertThat(fonts).contains("LiberationSans");
        // Every font line of pdffonts ends its "emb" column with yes: nothing is left to the reader's machine.
        assertThat(fonts.lines().skip(2).filter(l -> !l.isBlank()))
                .isNotEmpty().allSatisfy(l -> assertThat(l).matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("<pdfaid:part>2</pdfaid:part>", "/OutputIntents");
    }

    @Test
    void aSignedLetterVerifiesWithPdfsigAsPades() throws IOException {
        byte[] pdf = LetterPdf.write(letter(), "Surat", Instant.parse("2026-12-07T02:00:00Z"));
        byte[] signed = LocalKeySigner.sign(LocalKeySigner.selfSigned("luwu-timur"), pdf, "Andi Pratiwi",
                "Pemberitahuan Tertulis", "Malili");
        String report = Poppler.signatures(signed);
        assertThat(report).contains("Signature #1", "Signature Validation: Signature is Valid.",
                "Signature Type: ETSI.CAdES.detached", "Total document signed");
        // The signature covers the letter as laid out: the words are unchanged.
        assertThat(Poppler.text(signed)).contains("Malili, 7 Desember 2026");
    }

    @Test
    void aRegencysKeyFromAPkcs12FileSigns() throws Exception {
        LocalKeySigner.Key made = LocalKeySigner.selfSigned("luwu-timur");
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("ppid", made.key(), "rahasia".toCharArray(),
                made.chain().toArray(new java.security.cert.Certificate[0]));
        java.io.ByteArrayOutputStream p12 = new java.io.ByteArrayOutputStream();
        ks.store(p12, "rahasia".toCharArray());
        LocalKeySigner.Key key = LocalKeySigner.fromPkcs12(p12.toByteArray(), "rahasia".toCharArray());
        assertThat(key.chain().get(0)).isEqualTo(made.chain().get(0));
        byte[] signed = LocalKeySigner.sign(key, LetterPdf.write(letter(), "Surat", Instant.now()), "Andi Pratiwi",
                "Surat", "Malili");
        assertThat(Poppler.signatures(signed)).contains("Signature is Valid.", "Balai luwu-timur (sertifikat uji)");
    }

    @Test
    void aLetterChangedAfterSigningNoLongerVerifies() throws IOException {
        byte[] pdf = LetterPdf.write(letter(), "Surat", Instant.parse("2026-12-07T02:00:00Z"));
        byte[] signed = LocalKeySigner.sign(LocalKeySigner.selfSigned("luwu-timur"), pdf, "Andi Pratiwi", "Surat",
                "Malili");
        String s = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = s.indexOf("/Title");
        signed[at + 1] = 'X';
        assertThat(Poppler.signatures(signed)).doesNotContain("Signature is Valid.");
    }
}
