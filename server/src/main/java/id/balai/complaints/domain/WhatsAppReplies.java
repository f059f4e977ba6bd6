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

    public static String photoRefused() {
        return "Foto tidak dapat diterima: kirim foto JPEG atau PNG, paling besar 5 MiB, dengan keterangan singkat.";
    }

    public static String unsupported() {
        return "Maaf, saat ini hanya pesan teks dan foto yang dapat diterima. Kirim uraian laporan Anda sebagai teks, "
                + "atau foto dengan keterangan.";
    }
}
