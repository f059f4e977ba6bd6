package id.balai.reporting.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.balai.calendar.application.CalendarService;
import id.balai.calendar.domain.CalendarYearUnavailableException;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.information.application.InformationReports;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PublicStatistics;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A regency's public statistics (issue 15 item 5), read in one tenant-scoped transaction: one-dimensional counts
 * and per-agency working days on the regency's calendar. The published LLIDs come from the information context.
 */
@ApplicationScoped
public class StatisticsService {
    @Inject
    TenantTransactions scope;

    @Inject
    StatisticsFigures queries;

    @Inject
    CalendarService calendars;

    @Inject
    InformationReports information;

    public PublicStatistics statistics(Tenant tenant, Period period) {
        Map<String, String> units = ReportService.unitNames(tenant);
        Map<String, String> categories = new TreeMap<>();
        tenant.definition().complaintCategories().forEach(c -> categories.put(c.code(), c.name()));
        WorkingCalendar calendar = calendars.calendarOf(tenant);
        PublicStatistics s = scope.call(tenant.id(), () -> {
            var t = tenant.id();
            Map<String, Long> byStatus = queries.complaintsBy(t, period, "c.status");
            PublicStatistics.Complaints complaints = new PublicStatistics.Complaints(
                    byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    counts(queries.complaintsBy(t, period, "c.category_code"), categories),
                    counts(queries.complaintsByAgency(t, period), units), counts(byStatus, Map.of()),
                    counts(queries.complaintsBy(t, period, "to_char(c.received_on, 'YYYY-MM')"), Map.of()));
            Object[] ratings = queries.ratings(t, period);
            Map<String, Long> outcomes = queries.requestOutcomes(t, period);
            long[] notices = queries.notices(t, period);
            return new PublicStatistics(period.from(), period.to(), complaints,
                    agencyTimes(queries.answered(t, period, tenant.zone()), calendar, units),
                    new PublicStatistics.Satisfaction(ratings[0] == null ? null
                            : round(((Number) ratings[0]).doubleValue()), ((Number) ratings[1]).longValue()),
                    new PublicStatistics.Information(outcomes.values().stream().mapToLong(Long::longValue).sum(),
                            counts(outcomes, Map.of()), notices[0], share(notices[1], notices[0]),
                            queries.filed(t, period, "information_objection"),
                            queries.filed(t, period, "information_dispute")),
                    List.of());
        });
        return new PublicStatistics(s.from(), s.to(), s.complaints(), s.agencies(), s.satisfaction(),
                s.information(), information.publishedLlidYears(tenant));
    }

    static List<PublicStatistics.AgencyTimes> agencyTimes(List<StatisticsFigures.Answered> answered,
            WorkingCalendar calendar, Map<String, String> units) {
        Map<String, List<StatisticsFigures.Answered>> byUnit = new TreeMap<>();
        answered.forEach(a -> byUnit.computeIfAbsent(a.unit(), k -> new ArrayList<>()).add(a));
        List<PublicStatistics.AgencyTimes> out = new ArrayList<>();
        byUnit.forEach((unit, list) -> {
            List<Integer> days = new ArrayList<>();
            long byDue = 0;
            for (StatisticsFigures.Answered a : list) {
                try {
                    days.add(Math.max(0, calendar.workingDaysTaken(a.sentOn(), a.answeredOn())));
                } catch (CalendarYearUnavailableException e) {
                    // a year without a calendar (before the platform's first): its answer is counted, not timed
                }
                LocalDate due = a.dueOn();
                if (due != null && !a.answeredOn().isAfter(due)) {
                    byDue++;
                }
            }
            days.sort(null);
            out.add(new PublicStatistics.AgencyTimes(unit, units.getOrDefault(unit, unit), list.size(),
                    percentile(days, 0.5), percentile(days, 0.9), share(byDue, list.size())));
        });
        return out;
    }

    /** The percentile of sorted values, interpolated between neighbours (as PostgreSQL's percentile_cont). */
    static Double percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        double rank = p * (sorted.size() - 1);
        int lo = (int) Math.floor(rank);
        int hi = (int) Math.ceil(rank);
        return round(sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (rank - lo));
    }

    private static List<PublicStatistics.Count> counts(Map<String, Long> counts, Map<String, String> labels) {
        return counts.entrySet().stream().map(e -> new PublicStatistics.Count(e.getKey(),
                labels.getOrDefault(e.getKey(), e.getKey()), e.getValue())).toList();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
