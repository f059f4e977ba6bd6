package id.balai.platform.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A calendar date as the API takes it: {@code YYYY-MM-DD}, in the years 1 to 9999. ISO-8601 also reads years such as
 * {@code -999999999} and {@code +10000}, which PostgreSQL's {@code date} cannot hold: they failed in SQL as a 500 (found
 * by the fuzz test). Every date parameter and field goes through here.
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** The date, or 400 INVALID_DATE naming {@code field}. */
    public static LocalDate parse(String value, String field) {
        try {
            LocalDate d = LocalDate.parse(value == null ? "" : value.strip());
            if (d.getYear() >= 1 && d.getYear() <= 9999) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new DomainException(DomainException.Kind.INVALID, "INVALID_DATE",
                Message.of("Tanggal harus berformat TTTT-BB-HH (tahun 1-9999).",
                        "The date must be YYYY-MM-DD (year 1-9999)."), field);
    }
}
