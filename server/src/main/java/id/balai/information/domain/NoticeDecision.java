package id.balai.information.domain;

/** The decision a written notice states (Perbup Pasal 22(5)b). */
public enum NoticeDecision {
    GRANTED_FULL, GRANTED_PART, REFUSED
}
