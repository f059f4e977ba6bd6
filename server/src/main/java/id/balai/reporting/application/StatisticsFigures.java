package id.balai.reporting.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import id.balai.platform.domain.TenantId;
import id.balai.reporting.domain.Period;

/**
 * The port to the figures of a regency's public statistics page. The adapter is
 * {@code reporting.infrastructure.StatisticsQueries}.
 */
public interface StatisticsFigures {

    /** One answered agency part: its unit, the days it was sent and answered (tenant zone) and its due date. */
    public record Answered(String unit, LocalDate sentOn, LocalDate answeredOn, LocalDate dueOn) {
    }

    /** Complaints received in the period counted by {@code expression} over {@code complaint c}. */
    Map<String, Long> complaintsBy(TenantId tenant, Period period, String expression);

    /** Complaints received in the period counted by each agency they were sent to. */
    Map<String, Long> complaintsByAgency(TenantId tenant, Period period);

    /** Agency parts of the period's complaints that the agency answered. */
    List<Answered> answered(TenantId tenant, Period period, ZoneId zone);

    /** Mean rating and number of ratings (1-5) of the period's complaints: [mean or null, count]. */
    Object[] ratings(TenantId tenant, Period period);

    /**
     * Information requests received in the period by outcome, disjoint: lapsed (never confirmed), the notice's
     * outcome, or pending.
     */
    Map<String, Long> requestOutcomes(TenantId tenant, Period period);

    /** Notices issued on the period's requests: [issued, issued by the notice due date]. */
    long[] notices(TenantId tenant, Period period);

    /** Objections or disputes ({@code table}) filed in the period. */
    long filed(TenantId tenant, Period period, String table);
}
