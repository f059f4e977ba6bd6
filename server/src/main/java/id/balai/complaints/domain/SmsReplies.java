package id.balai.complaints.domain;

/**
 * The texts the SMS channel sends, in Indonesian. A reply fits one SMS (160 characters of the GSM alphabet, so
 * nothing outside it is used here); the answer to a case may take {@link #MAX_ANSWER} characters (two
 * concatenated SMS) and points to the web tracking for the rest.
 */
public final class SmsReplies {
    public static final int MAX_REPLY = 160;
    public static final int MAX_ANSWER = 300;

    private SmsReplies() {
    }

    /** @param shortCode the tenant's, so that the example looks like the tracking numbers the citizen gets */
    public static String help(String shortCode) {
        return "Layanan pengaduan: kirim uraian laporan (min. 10 huruf). Status: kirim nomor laporan, mis. "
                + shortCode + "-2026-000123. Menjawab petugas: JAWAB <isi>. INFO: bantuan.";
    }

    public static String received(String trackingNumber, String accessCode) {
        return "Laporan diterima. No: " + trackingNumber + ". Kode akses: " + accessCode
                + ". Cek status: kirim nomor laporan ke nomor ini.";
    }

    /** A clarification by SMS reached its case (issue 16). */
    public static String clarified(String trackingNumber) {
        return "Penjelasan Anda untuk laporan " + trackingNumber + " diterima dan diteruskan ke admin pusat. "
                + "Laporan baru: awali dengan LAPOR.";
    }

    /** JAWAB without a case of the sender that waits for an answer: the same whether the case exists or not. */
    public static String nothingToClarify() {
        return "Tidak ada laporan Anda yang menunggu penjelasan. Periksa nomor laporan, atau kirim INFO untuk bantuan.";
    }

    /** The same for a case that does not exist and one that is not the sender's: no enumeration by SMS. */
    public static String notFound() {
        return "Laporan tidak ditemukan untuk nomor Anda. Periksa nomor laporan, atau kirim INFO untuk bantuan.";
    }

    public static String unknownHotline() {
        return "Nomor ini belum terdaftar sebagai layanan pengaduan kabupaten. Hubungi situs resmi pemerintah "
                + "kabupaten Anda.";
    }

    public static String unreadableSender() {
        return "Nomor pengirim tidak dapat dibaca, laporan tidak dapat dicatat. Gunakan situs atau datang langsung.";
    }

    public static String tryLater() {
        return "Maaf, laporan belum dapat diproses. Coba lagi beberapa saat lagi.";
    }

    /** The status in words and, once answered, the start of the answer. */
    public static String status(Complaint c) {
        String head = c.trackingNumber() + ": " + words(c.status()) + ".";
        return c.finalAnswer().map(a -> fit(head + " Jawaban: " + a, MAX_REPLY)).orElse(head);
    }

    /** The answer to a case received by SMS (SPIKM Pasal 5c). */
    public static String answer(String trackingNumber, String answer, String website) {
        String tail = " Selengkapnya: " + website + " (no. laporan dan kode akses).";
        return fit("Jawaban laporan " + trackingNumber + ": " + answer, MAX_ANSWER - tail.length()) + tail;
    }

    /** A moderation act on a report received by SMS, with its reason (issue 15). */
    public static String moderation(String trackingNumber, String note) {
        return fit(trackingNumber + ": " + note, MAX_REPLY);
    }

    /** A case title from an SMS: its first words, within {@code max}. */
    public static String title(String text, int max) {
        return fit(text, max);
    }

    /** The status in Indonesian words, as the citizen and officers read it (never the code). */
    public static String words(ComplaintStatus s) {
        return switch (s) {
            case RECEIVED -> "Diterima, menunggu verifikasi";
            case CLARIFICATION_REQUESTED -> "Perlu penjelasan tambahan dari Anda, lihat di situs";
            case VERIFIED -> "Sudah diverifikasi";
            case DISPATCHED -> "Sedang ditangani SKPD";
            case ANSWERED -> "Jawaban sedang diperiksa";
            case RESPONDED -> "Sudah dijawab";
            case CLOSED -> "Selesai";
            case ARCHIVED -> "Selesai dan diarsipkan";
            case REJECTED -> "Tidak dapat diproses";
            case MERGED -> "Digabung dengan laporan lain yang sama";
        };
    }

    /** Cuts at a word boundary and marks the cut, so that the text fits {@code max}. */
    static String fit(String text, int max) {
        return id.balai.platform.domain.ShortText.fit(text, max);
    }
}
