package id.balai.information.domain;

/**
 * Where a request stands. {@code AWAITING_CONFIRMATION}: an e-mailed request not yet confirmed (Pasal 22(9));
 * {@code LAPSED}: it was not confirmed the same day; {@code REGISTERED}: the notice clock runs at the PPID Utama;
 * {@code ROUTED}: with the PPID Pembantu that holds the information; {@code NOTICE_ISSUED}: answered in writing.
 */
public enum RequestStatus {
    AWAITING_CONFIRMATION, LAPSED, REGISTERED, ROUTED, NOTICE_ISSUED;

    public boolean open() {
        return this == REGISTERED || this == ROUTED;
    }
}
