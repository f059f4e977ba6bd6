package id.balai.calendar.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/**
 * A deadline reaches into a year for which no national holiday data has been loaded. Counting weekends only
 * would give a wrong legal deadline, so Balai refuses instead; the operator adds
 * {@code tenants/_national/holidays-YYYY.yaml}.
 */
public class CalendarYearUnavailableException extends DomainException {
    private final int year;

    public CalendarYearUnavailableException(int year) {
        super(Kind.UNPROCESSABLE, "CALENDAR_YEAR_UNAVAILABLE",
                Message.of("Data hari libur nasional tahun " + year
                        + " belum tersedia, sehingga tenggat hari kerja tidak dapat dihitung.",
                        "National holiday data for " + year
                                + " is not available yet, so working-day deadlines cannot be computed."));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
