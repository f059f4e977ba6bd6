package id.balai.tenancy.domain;

import java.time.ZoneId;

/** Indonesia's three time zones. */
public enum TimeZoneCode {
    /** Waktu Indonesia Barat, UTC+7. */
    WIB("Asia/Jakarta"),
    /** Waktu Indonesia Tengah, UTC+8. */
    WITA("Asia/Makassar"),
    /** Waktu Indonesia Timur, UTC+9. */
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    TimeZoneCode(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }
}
