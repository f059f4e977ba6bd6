package id.balai.letters.domain;

/**
 * The letters Balai issues, each with the classification code it is filed under by default (Permendagri 83/2022 on
 * archive classification: 000 general affairs; the regency's file may give its own) and the name of its kind.
 */
public enum LetterKind {
    /** Pemberitahuan tertulis (UU KIP Ps 22(7); Perbup LT Ps 22(4)-(5); Perki 1/2021 form). */
    WRITTEN_NOTICE("Pemberitahuan Tertulis"),
    /** Pemberitahuan perpanjangan waktu (UU KIP Ps 22(8); Perbup LT Ps 22(6)). */
    EXTENSION_NOTICE("Pemberitahuan Perpanjangan Waktu"),
    /** Tanggapan atas keberatan by the Atasan PPID (UU KIP Ps 36; Perbup LT Ps 24-25). */
    OBJECTION_ANSWER("Tanggapan atas Keberatan"),
    /** Surat pengantar of the annual LLID to the Bupati (Perbup LT Ps 18(2)). */
    LLID_COVER("Surat Pengantar Laporan Layanan Informasi Publik");

    private final String words;

    LetterKind(String words) {
        this.words = words;
    }

    /** The kind's name in Indonesian, as the letter's title says it. */
    public String words() {
        return words;
    }
}
