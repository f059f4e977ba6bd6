package id.balai.information.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Uploads are recognised by their leading bytes, whatever their name or declared type says. */
class FileTypesTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void theKnownTypesAreRecognisedByTheirMagicBytes() {
        assertThat(FileTypes.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains("image/jpeg");
        assertThat(FileTypes.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains("image/png");
        assertThat(FileTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
        assertThat(FileTypes.sniff(bytes('P', 'K', 3, 4, 20, 0))).contains("application/zip-office");
        assertThat(FileTypes.sniff(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1))).contains(
                "application/x-ole-office");
    }

    @Test
    void anythingElseIsUnknownAndOfficeFilesAreServedAsOctetStreams() {
        assertThat(FileTypes.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileTypes.sniff("<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.sniff(new byte[0])).isEmpty();
        assertThat(FileTypes.ID_COPY).doesNotContain("application/zip-office");
        assertThat(FileTypes.servedAs("application/zip-office")).isEqualTo("application/octet-stream");
        assertThat(FileTypes.servedAs("image/png")).isEqualTo("image/png");
    }
}
