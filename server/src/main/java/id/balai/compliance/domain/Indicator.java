package id.balai.compliance.domain;

/**
 * The scored indicators of the composite (docs/compliance.md), each a value from 0 to 100, with the default weight
 * a province starts with. The counts behind them (requests, objections per 100 requests, disputes, medians) are
 * shown but not scored.
 */
public enum Indicator {
    /** Requests noticed within the notice period (UU KIP Ps 22(7); Perbup Luwu Timur Ps 22(4)). */
    NOTICE_ON_TIME(20),
    /** Objections answered by the Atasan PPID within 30 working days (UU KIP Ps 36(2); Perbup Ps 25(2)). */
    OBJECTIONS_ANSWERED_ON_TIME(10),
    /** Register completeness: berkala and setiap-saat entries present, berkala kept current (Perbup Ps 16-17). */
    REGISTER_COMPLETENESS(20),
    /** LLID of the previous fiscal year published by 31 March (Perbup Ps 18(1)). */
    LLID_ON_TIME(10),
    /** PPID Pembantu units with an active officer and a 6-monthly delivery (Perbup Ps 11b). */
    PPID_PEMBANTU_COVERAGE(10),
    /** Complaints verified within 3 working days (SPIKM Pasal 7c-d). */
    COMPLAINTS_VERIFIED_ON_TIME(10),
    /** Agency parts followed up within 5 working days (SPIKM Pasal 8). */
    FOLLOW_UP_ON_TIME(10),
    /** Complaints closed. */
    COMPLAINTS_CLOSED(5),
    /** Reporters' rating, 1 star = 0, 5 stars = 100. */
    REPORTER_RATING(5);

    private final double defaultWeight;

    Indicator(double defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public double defaultWeight() {
        return defaultWeight;
    }
}
