package id.balai.compliance.infrastructure;

import java.time.LocalDate;

/**
 * The whole calendar months inside a period {@code [from, to]}, as the first day of the first one and the first day
 * after the last one ({@code from == until}: none). The provincial reads take these months from compliance_month
 * and the rest of the period, at most two partial months, from compliance_day.
 */
record WholeMonths(LocalDate from, LocalDate until) {

    static WholeMonths of(LocalDate periodFrom, LocalDate periodTo) {
        LocalDate first = periodFrom.getDayOfMonth() == 1 ? periodFrom : periodFrom.withDayOfMonth(1).plusMonths(1);
        LocalDate after = periodTo.plusDays(1);
        LocalDate until = after.getDayOfMonth() == 1 ? after : after.withDayOfMonth(1);
        return until.isAfter(first) ? new WholeMonths(first, until) : new WholeMonths(first, first);
    }
}
