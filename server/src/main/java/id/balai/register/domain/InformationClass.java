package id.balai.register.domain;

/**
 * The four classes of public information (Perbup Pasal 11g, 16(1); UU KIP Ps 9, 10, 11, 17).
 * {@link #DIKECUALIKAN} is reached only through a fixed consequence test (Pasal 6(2), 16(2)).
 */
public enum InformationClass {
    /** Published periodically, at least every 6 months (UU KIP Ps 9; Perki 1/2021). */
    BERKALA,
    /** Announced at once: disasters, epidemics, ... (UU KIP Ps 10). */
    SERTA_MERTA,
    /** Available at any time on request (UU KIP Ps 11). */
    SETIAP_SAAT,
    /** Exempt (UU KIP Ps 17; Perbup Pasal 6(2), 16(1)b.4). */
    DIKECUALIKAN;

    /** The letter used in the codification (Pasal 16(3)d). */
    public String letter() {
        return switch (this) {
            case BERKALA -> "B";
            case SERTA_MERTA -> "SM";
            case SETIAP_SAAT -> "SS";
            case DIKECUALIKAN -> "DK";
        };
    }
}
