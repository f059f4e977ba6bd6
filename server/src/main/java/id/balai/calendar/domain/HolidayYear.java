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

    public boolean contains(LocalDate date) {
        return date.getYear() == year;
    }
}
