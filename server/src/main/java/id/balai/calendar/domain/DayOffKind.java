package id.balai.calendar.domain;

/** Why a weekday is not a working day. */
public enum DayOffKind {
    /** Hari libur nasional, fixed yearly by the joint decree of three ministers (SKB 3 Menteri). */
    NATIONAL_HOLIDAY,
    /** Cuti bersama (collective leave) from the same decree; a day off unless the tenant says otherwise. */
    CUTI_BERSAMA,
    /** A day off of the tenant's own (e.g. the regency's anniversary). */
    TENANT_DAY_OFF
}
