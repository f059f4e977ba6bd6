package id.balai.calendar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import id.balai.tenancy.domain.OfficeHours;

/**
 * One tenant's working days: Monday to Friday, minus national holidays, minus cuti bersama (unless the tenant
 * counts them as working days), minus the tenant's own days off. Immutable and thread-safe.
 *
 * <p>Counting follows the law's practice: the period starts on the working day after receipt (UU KIP Ps 22(7);
 * Perbup Luwu Timur Ps 22(4)), and a day of receipt that is not a working day counts as the next working day.
 */
public final class WorkingCalendar {
    /** Beyond this a count is surely a mistake, not a legal period. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final Map<Integer, HolidayYear> years = new HashMap<>();
    private final Map<LocalDate, DayOff> daysOff = new HashMap<>();

    /**
     * @param nationalYears         the years with national data (published, or {@link HolidayYear#provisional}); a
     *                              date in any other year is refused
     * @param cutiBersamaAreDaysOff whether the tenant's offices close on cuti bersama (the default is yes)
     * @param tenantDaysOff         the tenant's own days off
     */
    public WorkingCalendar(Collection<HolidayYear> nationalYears, boolean cutiBersamaAreDaysOff,
            Collection<DayOff> tenantDaysOff) {
        for (HolidayYear y : nationalYears) {
            years.put(y.year(), y);
            y.holidays().forEach(d -> daysOff.put(d.date(), d));
            if (cutiBersamaAreDaysOff) {
                y.cutiBersama().forEach(d -> daysOff.putIfAbsent(d.date(), d));
            }
        }
        for (DayOff d : tenantDaysOff) {
            daysOff.putIfAbsent(d.date(), d);
        }
    }

    /** Whether {@code date} is a working day. */
    public boolean isWorkingDay(LocalDate date) {
        requireYear(date);
        return !isWeekend(date) && !daysOff.containsKey(date);
    }

    /** Why {@code date} is a day off, if it is one for a reason other than the weekend. */
    public Optional<DayOff> dayOff(LocalDate date) {
        requireYear(date);
        return Optional.ofNullable(daysOff.get(date));
    }

    /** The days off of one year, in date order, weekend holidays included. */
    public List<DayOff> daysOffIn(int year) {
        requireYear(LocalDate.of(year, 1, 1));
        return daysOff.values().stream().filter(d -> d.date().getYear() == year)
                .sorted(java.util.Comparator.comparing(DayOff::date)).toList();
    }

    /** {@code date} if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * The deadline {@code workingDays} working days after receipt on {@code receivedOn}. A receipt on a day off
     * counts as a receipt on the next working day.
     */
    public Deadline addWorkingDays(LocalDate receivedOn, int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("workingDays must be between 0 and " + MAX_WORKING_DAYS);
        }
        LocalDate receipt = workingDayOnOrAfter(receivedOn);
        List<DayOff> skipped = new ArrayList<>();
        LocalDate d = receipt;
        int counted = 0;
        while (counted < workingDays) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            } else if (!isWeekend(d)) {
                skipped.add(daysOff.get(d));
            }
        }
        return new Deadline(receipt, workingDays, d, skipped,
                years.get(receipt.getYear()).isProvisional() || years.get(d.getYear()).isProvisional());
    }

    /** The number of working days after {@code from}, up to and including {@code to}; negative if to < from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        requireYear(from);
        requireYear(to);
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The working days an act done on {@code actOn} took after a clock's counting start (the working day that counts
     * as the day of receipt): never negative; an act done before the count began (a notice given at once on the
     * Saturday a request arrived, counted from Monday) took 0 working days.
     */
    public int workingDaysTaken(LocalDate countingStartsOn, LocalDate actOn) {
        return actOn.isAfter(countingStartsOn) ? workingDaysBetween(countingStartsOn, actOn) : 0;
    }

    /**
     * The working day on which something received at {@code at} counts as received, in the tenant's time zone:
     * that day if it is a working day and the office has not yet closed, else the next working day.
     */
    public LocalDate receiptDate(Instant at, ZoneId zone, OfficeHours hours) {
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && local.toLocalTime().isBefore(hours.closingOn(day.getDayOfWeek()))) {
            return day;
        }
        return workingDayOnOrAfter(day.plusDays(1));
    }

    /** Whether {@code year} is counted on a provisional stand-in rather than the published decree. */
    public boolean isProvisional(int year) {
        HolidayYear y = years.get(year);
        return y != null && y.isProvisional();
    }

    private void requireYear(LocalDate date) {
        if (!years.containsKey(date.getYear())) {
            throw new CalendarYearUnavailableException(date.getYear());
        }
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
