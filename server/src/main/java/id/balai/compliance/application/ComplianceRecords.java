package id.balai.compliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.balai.compliance.domain.Counters;
import id.balai.compliance.domain.Snapshot;
import id.balai.compliance.domain.Weights;
import id.balai.platform.domain.TenantId;

/**
 * The port to the compliance records: per regency and day, the counters of what the law asks (issue 7), and the
 * snapshot per regency the provincial view reads. The adapter is {@code compliance.infrastructure.ComplianceStore}.
 */
public interface ComplianceRecords {

    /** A request's date of receipt, its notice clock's counting start, due date and notice date. */
    public record RequestDates(LocalDate receivedOn, LocalDate countingStartsOn, LocalDate noticeDue,
            LocalDate noticeIssuedOn) {
    }

    /** One day's computed counters, ready to be written. */
    public record DayRow(LocalDate day, int requests, int requestsDue, int noticed, int noticedInTime,
            int noticedInExtension, int[] noticeDays, int objections, int objectionsDue, int objectionsAnsweredInTime,
            int disputes, int complaints, int complaintsDue, int complaintsVerifiedInTime, int complaintsClosed,
            int dispatchesDue, int dispatchesInTime, int ratingSum, int ratingCount) {
    }

    Optional<Instant> watermark(TenantId t);

    /** Every day on which one of the tenant's cases started (a full rebuild). */
    List<LocalDate> allCaseDays(TenantId t);

    /** The start days of the cases with a step recorded after {@code since} (from the events' (tenant_id, at) indexes). */
    List<LocalDate> daysTouchedSince(TenantId t, Instant since);

    List<RequestDates> requests(TenantId t, Collection<LocalDate> days);

    /** Objections per filing day: [filed, due or answered, answered by answer_due]. */
    Map<LocalDate, long[]> objections(TenantId t, Collection<LocalDate> days, LocalDate today);

    Map<LocalDate, long[]> disputes(TenantId t, Collection<LocalDate> days);

    /**
     * Complaints per receipt day: [received (merged ones excepted), due or reviewed, reviewed (verified or rejected)
     * by verify_due in the tenant's zone, closed or archived, rating sum, ratings].
     */
    Map<LocalDate, long[]> complaints(TenantId t, Collection<LocalDate> days, LocalDate today, String zone);

    /** Agency parts per their complaint's receipt day: [due or answered, answered by due_on in the tenant's zone]. */
    Map<LocalDate, long[]> dispatches(TenantId t, Collection<LocalDate> days, LocalDate today, String zone);

    /** [berkala entries, berkala current, setiap-saat entries]: published, not exempt. */
    long[] register(TenantId t, LocalDate today);

    /**
     * [PPID Pembantu units (active), covered]: covered = an active officer with PPID_ASSISTANT in the unit and a
     * delivery on or after {@code deliveredSince}.
     */
    long[] pembantu(TenantId t, LocalDate deliveredSince);

    Map<Integer, LocalDate> llidPublished(TenantId t);

    void clearAllDays(TenantId t);

    /**
     * Rewrites the month rows of the given months (first days) from their day rows, histograms added bucket by
     * bucket: to be called in the transaction that replaced those days (V0043).
     */
    void rollUpMonths(TenantId t, String province, Collection<LocalDate> months, Instant now);

    void replaceDays(TenantId t, String province, Collection<LocalDate> days, List<DayRow> rows, Instant now);

    void writeSnapshot(TenantId t, String province, Snapshot s, Instant watermark);

    /** Binds this transaction to a province: RLS then shows that province's aggregates and no tenant's cases. */
    void enterProvince(String provinceCode);

    /** The summed counters of each tenant over [from, to] (the primary key's range per tenant). */
    Map<String, Counters> sums(Collection<String> tenants, LocalDate from, LocalDate to);

    /** One tenant's counters per month (first day of the month as key). */
    Map<String, Counters> monthly(String tenant, LocalDate from, LocalDate to);

    Map<String, Snapshot> snapshots(Collection<String> tenants);

    Optional<Weights> weights(String province);

    void saveWeights(String province, Weights w, String actor);
}
