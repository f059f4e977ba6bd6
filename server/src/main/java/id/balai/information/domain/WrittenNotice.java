package id.balai.information.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The written notice that answers a request (Perbup Luwu Timur Pasal 22(4)-(5); UU KIP Ps 22(7)): whether the body
 * holds the information (or which body does), the decision with the exemption ground when it refuses in whole or in
 * part, what is given, each redaction with its reason, the medium and format of delivery, and the cost with the way
 * to pay. {@link #check()} refuses a notice without any element the decision requires, naming the field.
 *
 * @param held           whether this body holds the information
 * @param heldBy         the body that does hold it, when this one does not
 * @param decision       granted in full, in part, or refused (when held)
 * @param exemptionGround the UU KIP Ps 17 ground of a refusal or a partial grant
 * @param exemptionReason the consequence-test reasoning behind that ground
 * @param informationGiven what is given
 * @param redactions     the parts blacked out, each with its reason (a partial grant has at least one)
 * @param medium         soft copy, hard copy, or inspection (see/read/listen/note)
 * @param format         the file or paper format, e.g. "PDF"
 * @param cost           the cost in rupiah (0 when free)
 * @param paymentMethod  how to pay, when there is a cost
 */
public record WrittenNotice(Boolean held, String heldBy, NoticeDecision decision, ExemptionGround exemptionGround,
        String exemptionReason, String informationGiven, List<Redaction> redactions, ObtainMethod medium,
        String format, BigDecimal cost, String paymentMethod) {

    /** A part withheld from a partial grant and why (UU KIP Ps 17 with the consequence test). */
    public record Redaction(String part, String reason) {
    }

    public WrittenNotice {
        heldBy = clean(heldBy);
        exemptionReason = clean(exemptionReason);
        informationGiven = clean(informationGiven);
        format = clean(format);
        paymentMethod = clean(paymentMethod);
        redactions = redactions == null ? List.of() : List.copyOf(redactions);
    }

    /** The outcome as the reports count it. */
    public String outcome() {
        return Boolean.FALSE.equals(held) ? "NOT_HELD" : decision.name();
    }

    /** The outcome in Bahasa Indonesia, as the requester reads it (history, news, letters). */
    public String outcomeWords() {
        if (Boolean.FALSE.equals(held)) {
            return "informasi tidak dikuasai oleh badan publik ini";
        }
        return switch (decision) {
            case GRANTED_FULL -> "permohonan dikabulkan seluruhnya";
            case GRANTED_PART -> "permohonan dikabulkan sebagian";
            case REFUSED -> "permohonan ditolak";
        };
    }

    /** The outcome in English. */
    public String outcomeWordsEn() {
        if (Boolean.FALSE.equals(held)) {
            return "this public body does not hold the information";
        }
        return switch (decision) {
            case GRANTED_FULL -> "the request is granted in full";
            case GRANTED_PART -> "the request is granted in part";
            case REFUSED -> "the request is refused";
        };
    }

    public boolean gives() {
        return Boolean.TRUE.equals(held) && decision != NoticeDecision.REFUSED;
    }

    /** Refuses a notice that lacks an element its decision requires (4xx naming {@code notice.<field>}). */
    public WrittenNotice check() {
        if (held == null) {
            throw InformationErrors.noticeElementMissing("held", "apakah informasi dikuasai",
                    "whether the information is held");
        }
        if (!held) {
            if (heldBy == null) {
                throw InformationErrors.noticeElementMissing("heldBy", "badan publik yang menguasai informasi",
                        "the body that holds the information");
            }
            return this;
        }
        if (decision == null) {
            throw InformationErrors.noticeElementMissing("decision", "keputusan (diberikan seluruhnya, sebagian, "
                    + "atau ditolak)", "the decision (granted in full, in part, or refused)");
        }
        if (decision != NoticeDecision.GRANTED_FULL) {
            if (exemptionGround == null) {
                throw InformationErrors.noticeElementMissing("exemptionGround", "alasan pengecualian (UU KIP Pasal 17)",
                        "the exemption ground (UU KIP Ps 17)");
            }
            if (exemptionReason == null) {
                throw InformationErrors.noticeElementMissing("exemptionReason", "pertimbangan pengecualian",
                        "the reasoning of the exemption");
            }
        }
        if (decision == NoticeDecision.REFUSED) {
            return this;
        }
        if (informationGiven == null) {
            throw InformationErrors.noticeElementMissing("informationGiven", "informasi yang diberikan",
                    "what is given");
        }
        if (decision == NoticeDecision.GRANTED_PART) {
            if (redactions.isEmpty()) {
                throw InformationErrors.noticeElementMissing("redactions", "bagian yang dihitamkan dan alasannya",
                        "the redacted parts and their reasons");
            }
            for (int i = 0; i < redactions.size(); i++) {
                Redaction r = redactions.get(i);
                if (r == null || clean(r.part()) == null || clean(r.reason()) == null) {
                    throw InformationErrors.noticeElementMissing("redactions[" + i + "]",
                            "bagian yang dihitamkan beserta alasannya", "a redacted part with its reason");
                }
            }
        }
        if (medium == null) {
            throw InformationErrors.noticeElementMissing("medium", "bentuk penyampaian", "the medium of delivery");
        }
        if (format == null) {
            throw InformationErrors.noticeElementMissing("format", "format informasi", "the format");
        }
        if (cost == null) {
            throw InformationErrors.noticeElementMissing("cost", "biaya (0 bila gratis)", "the cost (0 if free)");
        }
        if (cost.signum() < 0) {
            throw InformationErrors.invalid("INVALID_COST", "Biaya tidak boleh negatif.", "The cost cannot be negative.",
                    "notice.cost");
        }
        if (cost.signum() > 0 && paymentMethod == null) {
            throw InformationErrors.noticeElementMissing("paymentMethod", "cara pembayaran", "how to pay");
        }
        return this;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
