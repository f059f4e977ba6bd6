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
    LLID_COVER("Surat Pengantar Laporan Layanan Informasi Publik"),
    /** The day's SPIKM digest to the Bupati through the Sekda (Perbup Muara Enim 29/2014 Ps 3(2)). */
    DAILY_DIGEST("Laporan Harian Pengelolaan Informasi dan Keluhan Masyarakat", true),
    /** The periodic SPIKM report to the Bupati and the Tim Koordinasi's chair (Ps 5e, 7n). */
    PERIODIC_REPORT("Laporan Berkala Pengelolaan Informasi dan Keluhan Masyarakat", true);

    private final String words;
    private final boolean spikm;

    LetterKind(String words) {
        this(words, false);
    }

    LetterKind(String words, boolean spikm) {
        this.words = words;
        this.spikm = spikm;
    }

    /** True for the SPIKM's letters, written by the office that hosts the SPIKM rather than by the PPID. */
    public boolean spikm() {
        return spikm;
    }

    /** The kind's name in Indonesian, as the letter's title says it. */
    public String words() {
        return words;
    }
}
