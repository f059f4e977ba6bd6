package id.balai.complaints.domain;

/**
 * The texts only the WhatsApp channel sends, in Indonesian; the others are {@link SmsReplies}' (a WhatsApp reply
 * needs not fit one SMS, but the same words serve citizens on both channels).
 */
public final class WhatsAppReplies {
    /** The description of a photo sent without a caption (a report needs one of at least 10 characters). */
    public static final String PHOTO_WITHOUT_CAPTION = "Laporan berupa foto melalui WhatsApp, tanpa keterangan.";

    private WhatsAppReplies() {
    }

    /** What one message may carry (the Cloud API's limit for a text body). */
    public static final int MAX_TEXT = 4096;

    /** The answer to a case received by WhatsApp (SPIKM Pasal 5c), whole when it fits one message. */
    public static String answer(String trackingNumber, String answer, String website) {
        String tail = "\n\nSelengkapnya: " + website + " (no. laporan dan kode akses).";
        String head = "Jawaban laporan " + trackingNumber + ": " + answer.strip();
        int room = MAX_TEXT - tail.length();
        return (head.length() <= room ? head : head.substring(0, room - 3) + "...") + tail;
    }

    public static String photoRefused() {
        return "Foto tidak dapat diterima: kirim foto JPEG atau PNG, paling besar 5 MiB, dengan keterangan singkat.";
    }

    public static String unsupported() {
        return "Maaf, saat ini hanya pesan teks dan foto yang dapat diterima. Kirim uraian laporan Anda sebagai teks, "
                + "atau foto dengan keterangan.";
    }
}
