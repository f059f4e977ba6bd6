package id.balai.information.application;

import java.util.Map;

import id.balai.information.domain.ExemptionGround;
import id.balai.information.domain.ObjectionGround;

/**
 * The codes the PPID's reports count by, in words ("Bahasa Indonesia / English", as the reports' labels are): an
 * official reading the LLID sees "perorangan / individual", never {@code INDIVIDUAL} (issue 18).
 */
final class ReportWords {
    private static final Map<String, String> WORDS = Map.ofEntries(
            // channels (Perbup Pasal 22(1))
            Map.entry("WEB", "situs web / website"), Map.entry("WALK_IN", "datang langsung / walk-in"),
            Map.entry("ORAL", "lisan / oral"), Map.entry("LETTER", "surat / letter"),
            Map.entry("EMAIL", "e-mail / e-mail"),
            // requesters (Perbup Pasal 20)
            Map.entry("INDIVIDUAL", "perorangan / individual"), Map.entry("GROUP", "kelompok orang / group"),
            Map.entry("NGO", "lembaga swadaya masyarakat / NGO"),
            Map.entry("MASS_ORGANISATION", "organisasi kemasyarakatan / mass organisation"),
            Map.entry("POLITICAL_PARTY", "partai politik / political party"),
            Map.entry("PUBLIC_BODY", "badan publik lain / other public body"),
            // request states and outcomes
            Map.entry("AWAITING_CONFIRMATION", "menunggu konfirmasi / awaiting confirmation"),
            Map.entry("LAPSED", "gugur / lapsed"), Map.entry("REGISTERED", "terdaftar / registered"),
            Map.entry("ROUTED", "diteruskan ke PPID Pembantu / routed"),
            Map.entry("NOTICE_ISSUED", "pemberitahuan tertulis diberikan / notice issued"),
            Map.entry("GRANTED_FULL", "dikabulkan seluruhnya / granted in full"),
            Map.entry("GRANTED_PART", "dikabulkan sebagian / granted in part"),
            Map.entry("REFUSED", "ditolak / refused"), Map.entry("NOT_HELD", "tidak dikuasai / not held"),
            // objections (Perbup Pasal 24-25)
            Map.entry("FILED", "diajukan / filed"), Map.entry("ANSWERED", "ditanggapi / answered"),
            Map.entry("SETTLED", "diselesaikan dengan musyawarah / settled"),
            Map.entry("UPHELD", "keberatan diterima / upheld"), Map.entry("REJECTED", "ditolak / rejected"),
            // disputes (UU KIP Ps 37-50)
            Map.entry("REGISTRATION", "pendaftaran / registration"), Map.entry("MEDIATION", "mediasi / mediation"),
            Map.entry("ADJUDICATION", "ajudikasi / adjudication"),
            Map.entry("DECISION", "putusan Komisi Informasi / Commission decision"),
            Map.entry("COURT_APPEAL", "gugatan ke pengadilan / court appeal"),
            Map.entry("CASSATION", "kasasi / cassation"),
            Map.entry("MEDIATION_AGREEMENT", "kesepakatan mediasi / mediation agreement"),
            Map.entry("GRANTED", "dikabulkan / granted"), Map.entry("PARTLY_GRANTED", "dikabulkan sebagian / partly "
                    + "granted"),
            Map.entry("COMPLIED", "dilaksanakan / carried out"),
            Map.entry("NOT_COMPLIED", "tidak dilaksanakan / not carried out"),
            Map.entry("NOT_RECORDED", "pelaksanaan belum dicatat / not recorded"),
            Map.entry("-", "tidak ada / none"));

    private ReportWords() {
    }

    /** A code of a request, objection or dispute in words; an unknown code as it is. */
    static String of(String code) {
        return WORDS.getOrDefault(code, code);
    }

    /** An exemption ground of UU KIP Pasal 17 in words, with its letter. */
    static String exemption(String code) {
        try {
            ExemptionGround g = ExemptionGround.valueOf(code);
            return "Pasal 17 " + g.words() + " / Article 17(" + g.name().substring(0, 1).toLowerCase() + ")";
        } catch (IllegalArgumentException | NullPointerException e) {
            return of(code == null ? "-" : code);
        }
    }

    /** An objection ground of UU KIP Pasal 35(1) in words. */
    static String objectionGround(String code) {
        try {
            return ObjectionGround.valueOf(code).words();
        } catch (IllegalArgumentException | NullPointerException e) {
            return of(code == null ? "-" : code);
        }
    }
}
