package id.balai.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both included. At most {@link #MAX_DAYS}, so that an export (which carries the whole
 * period in one file) stays a bounded amount of work.
 */
public record Period(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public Period {
        if (from == null) {
            throw ReportErrors.invalid("FIELD_REQUIRED", "Tanggal awal wajib diisi.", "The start date is required.",
                    "from");
        }
        if (to == null) {
            throw ReportErrors.invalid("FIELD_REQUIRED", "Tanggal akhir wajib diisi.", "The end date is required.",
                    "to");
        }
        if (to.isBefore(from)) {
            throw ReportErrors.invalid("PERIOD_REVERSED", "Tanggal akhir sebelum tanggal awal.",
                    "The end date is before the start date.", "to");
        }
        if (days(from, to) > MAX_DAYS) {
            throw ReportErrors.invalid("PERIOD_TOO_LONG", "Periode paling lama " + MAX_DAYS + " hari.",
                    "A period is at most " + MAX_DAYS + " days.", "to");
        }
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first instant of the period in the tenant's time zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
