package id.balai.calendar.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The national holidays and cuti bersama of one year, as published by the joint ministerial decree.
 *
 * @param source the decree the dates come from
 */
public record HolidayYear(int year, String source, List<DayOff> holidays, List<DayOff> cutiBersama) {
    public HolidayYear {
        holidays = List.copyOf(holidays);
        cutiBersama = List.copyOf(cutiBersama);
        for (DayOff d : holidays) {
            requireInYear(year, d, DayOffKind.NATIONAL_HOLIDAY);
        }
        for (DayOff d : cutiBersama) {
            requireInYear(year, d, DayOffKind.CUTI_BERSAMA);
        }
    }

    private static void requireInYear(int year, DayOff d, DayOffKind kind) {
        if (d.date().getYear() != year) {
            throw new IllegalArgumentException(d.date() + " is not in " + year);
        }
        if (d.kind() != kind) {
            throw new IllegalArgumentException(d.date() + " is listed as " + kind + " but has kind " + d.kind());
        }
    }

    /** The source of a year made by {@link #provisional(int)}. */
    public static final String PROVISIONAL_SOURCE = "provisional";

    /**
     * A stand-in for a year whose decree is not in Balai yet: the national holidays whose date never moves
     * (New Year, Labour Day, Pancasila Day, Independence Day, Christmas), no cuti bersama. The religious holidays
     * whose dates move are missing, so a deadline counted on it can only come out earlier than the true one, never
     * later: a citizen never loses time.
     */
    public static HolidayYear provisional(int year) {
        return new HolidayYear(year, PROVISIONAL_SOURCE, List.of(
                fixed(year, 1, 1, "Tahun Baru Masehi"),
                fixed(year, 5, 1, "Hari Buruh Internasional"),
                fixed(year, 6, 1, "Hari Lahir Pancasila"),
                fixed(year, 8, 17, "Hari Proklamasi Kemerdekaan Republik Indonesia"),
                fixed(year, 12, 25, "Hari Raya Natal")), List.of());
    }

    public boolean isProvisional() {
        return PROVISIONAL_SOURCE.equals(source);
    }

    private static DayOff fixed(int year, int month, int day, String name) {
        return new DayOff(LocalDate.of(year, month, day), DayOffKind.NATIONAL_HOLIDAY, name);
    }

    public boolean contains(LocalDate date) {
        return date.getYear() == year;
    }
}
