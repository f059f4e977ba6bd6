package id.balai.information.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The LLID delivered to one of its recipients (Perbup Luwu Timur Pasal 18(2), 19(2)-(3); UU KIP Ps 7(3)): on a date
 * not before its publication nor after today, by a way, with a reference (the cover letter's number, a receipt).
 */
public record LlidDelivery(int fiscalYear, Recipient recipient, LocalDate deliveredOn, Via via, String reference,
        String recordedBy) {

    /** Who receives the LLID: the order is the one the Perbup gives. */
    public enum Recipient {
        /** Pasal 19(2): to the Atasan PPID. */
        ATASAN_PPID("Atasan PPID"),
        /** Pasal 19(3): to the Bupati, by the Atasan PPID. */
        BUPATI("Bupati, melalui Atasan PPID"),
        /** The Minister of Home Affairs, as the regional government's annual report asks. */
        KEMENDAGRI("Menteri Dalam Negeri"),
        /** UU KIP Ps 7(3) and the Commission's monitoring: the provincial Information Commission. */
        KIP("Komisi Informasi Provinsi");

        private final String words;

        Recipient(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Via {
        LETTER, EMAIL, HAND, APPLICATION
    }

    public LlidDelivery {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(via, "via");
        reference = reference == null ? "" : reference.strip();
    }

    /**
     * A delivery as recorded: refused before the LLID's publication (409 LLID_NOT_PUBLISHED), dated before it or
     * after today (400 DELIVERY_DATE_OUT_OF_RANGE), without a reference (400), or to a recipient already recorded
     * (409 LLID_ALREADY_DELIVERED).
     */
    public static LlidDelivery record(int year, LocalDate publishedOn, List<LlidDelivery> recorded, Recipient to,
            LocalDate on, Via via, String reference, String by, LocalDate today) {
        if (to == null) {
            throw InformationErrors.required("recipient", "Penerima", "The recipient");
        }
        if (via == null) {
            throw InformationErrors.required("via", "Cara penyampaian", "How it was delivered");
        }
        if (on == null) {
            throw InformationErrors.required("deliveredOn", "Tanggal penyampaian", "The delivery date");
        }
        if (reference == null || reference.isBlank()) {
            throw InformationErrors.required("reference", "Nomor surat atau tanda terima", "The letter number or receipt");
        }
        if (publishedOn == null) {
            throw InformationErrors.conflict("LLID_NOT_PUBLISHED", "LLID tahun ini belum diterbitkan.",
                    "This year's LLID is not published yet.");
        }
        if (on.isBefore(publishedOn) || on.isAfter(today)) {
            throw InformationErrors.invalid("DELIVERY_DATE_OUT_OF_RANGE", "Tanggal penyampaian harus antara tanggal "
                    + "terbit LLID dan hari ini.", "The delivery date must lie between the LLID's publication and today.",
                    "deliveredOn");
        }
        if (recorded.stream().anyMatch(d -> d.recipient() == to)) {
            throw InformationErrors.conflict("LLID_ALREADY_DELIVERED", "Penyampaian kepada " + to.words()
                    + " sudah dicatat.", "The delivery to this recipient is already recorded.");
        }
        return new LlidDelivery(year, to, on, via, reference, by);
    }
}
