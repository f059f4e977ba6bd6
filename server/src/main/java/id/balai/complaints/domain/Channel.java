package id.balai.complaints.domain;

/** How it arrived (SPIKM Pasal 5a, 8): the answer goes back the same way. */
public enum Channel {
    WEB, SMS, WALK_IN, EMAIL, WHATSAPP,
    /**
     * Dispatched to the regency by SP4N-LAPOR!, the national complaint application (Perpres 95/2018): the answer goes
     * back to LAPOR!, which tells its citizen.
     */
    SP4N_LAPOR;

    /** The channel as docs/glossary.md names it in Bahasa Indonesia, for notes kept in a case's history. */
    public String words() {
        return switch (this) {
            case WEB -> "situs web";
            case SMS -> "SMS";
            case WALK_IN -> "laporan langsung / telepon";
            case EMAIL -> "e-mail";
            case WHATSAPP -> "WhatsApp";
            case SP4N_LAPOR -> "SP4N-LAPOR!";
        };
    }
}
