package id.balai.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import id.balai.platform.domain.ReportDocument;

/**
 * A regency's public statistics for a period (issue 15): one-dimensional counts and per-agency times only, never a
 * person, a tracking number or a text. A cross of two dimensions (agency by category) is not published, because its
 * small cells could point at a person.
 */
public record PublicStatistics(LocalDate from, LocalDate to, Complaints complaints, List<AgencyTimes> agencies,
        Satisfaction satisfaction, Information information, List<Integer> llidYears) {

    /** A count under a key; {@code label} is the regency's name for a category or agency, else the key. */
    public record Count(String key, String label, long count) {
    }

    /** Complaints received in the period (receipt day), merged duplicates left out. */
    public record Complaints(long total, List<Count> byCategory, List<Count> byAgency, List<Count> byStatus,
            List<Count> byMonth) {
    }

    /** Working days from dispatch to the agency's answer; {@code answeredByDue} a share from 0 to 1. */
    public record AgencyTimes(String unit, String label, long answered, Double medianWorkingDays,
            Double p90WorkingDays, Double answeredByDue) {
    }

    public record Satisfaction(Double mean, long count) {
    }

    /** PPID requests received in the period; the outcomes are disjoint and add up to {@code requests}. */
    public record Information(long requests, List<Count> outcomes, long notices, Double noticesOnTime,
            long objections, long disputes) {
    }

    /** The statistics as one open-data table: section, key, value. */
    public ReportDocument.Table flat() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("period", "from", from.toString()));
        rows.add(List.of("period", "to", to.toString()));
        rows.add(List.of("complaints", "total", complaints.total()));
        complaints.byCategory().forEach(c -> rows.add(List.of("complaints_by_category", c.key(), c.count())));
        complaints.byAgency().forEach(c -> rows.add(List.of("complaints_by_agency", c.key(), c.count())));
        complaints.byStatus().forEach(c -> rows.add(List.of("complaints_by_status", c.key(), c.count())));
        complaints.byMonth().forEach(c -> rows.add(List.of("complaints_by_month", c.key(), c.count())));
        for (AgencyTimes a : agencies) {
            rows.add(List.of("agency_answered", a.unit(), a.answered()));
            rows.add(List.of("agency_median_working_days", a.unit(), text(a.medianWorkingDays())));
            rows.add(List.of("agency_p90_working_days", a.unit(), text(a.p90WorkingDays())));
            rows.add(List.of("agency_answered_by_due_share", a.unit(), text(a.answeredByDue())));
        }
        rows.add(List.of("satisfaction", "mean", text(satisfaction.mean())));
        rows.add(List.of("satisfaction", "count", satisfaction.count()));
        rows.add(List.of("information", "requests", information.requests()));
        information.outcomes().forEach(c -> rows.add(List.of("information_outcome", c.key(), c.count())));
        rows.add(List.of("information", "notices", information.notices()));
        rows.add(List.of("information", "notices_on_time_share", text(information.noticesOnTime())));
        rows.add(List.of("information", "objections", information.objections()));
        rows.add(List.of("information", "disputes", information.disputes()));
        return new ReportDocument.Table("Statistik layanan / Service statistics", List.of("section", "key", "value"),
                rows);
    }

    private static Object text(Double d) {
        return d == null ? "" : d;
    }
}
