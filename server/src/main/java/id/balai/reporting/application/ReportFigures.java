package id.balai.reporting.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import id.balai.platform.domain.TenantId;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.JournalEntry;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PeriodicReport;

/**
 * The port to the figures of the reports to the Bupati and the periodic reports. The adapter is
 * {@code reporting.infrastructure.ReportQueries}.
 */
public interface ReportFigures {

    /** The totals behind a page of a journal. */
    long journalSize(TenantId tenant, String unit, Period period, ZoneId zone);

    /** Every case sent to {@code unit} in the period, in the order it was sent (SPIKM Pasal 7h). */
    List<JournalEntry> journal(TenantId tenant, String unit, Period period, ZoneId zone, LocalDate today, int offset,
            int limit);

    /** Cases received on {@code day} (their receipt day), with each agency they are with; unit null if none yet. */
    List<Digest.Line> receivedOn(TenantId tenant, LocalDate day);

    /** Agency parts sent on {@code day}. */
    List<Digest.Line> dispatchedOn(TenantId tenant, LocalDate day, ZoneId zone);

    /** Agency parts answered on {@code day}. */
    List<Digest.Line> answeredOn(TenantId tenant, LocalDate day, ZoneId zone);

    /** Agency parts sent by the end of {@code day}, still with the agency, whose follow-up date was before it. */
    List<Digest.Line> overdueOn(TenantId tenant, LocalDate day, ZoneId zone);

    /** Cases received in the period (by receipt day), counted by {@code column} of the case. */
    List<PeriodicReport.Count> countBy(TenantId tenant, Period period, String column);

    /** Cases received in the period, counted by each agency they were sent to. */
    List<PeriodicReport.Count> countByAgency(TenantId tenant, Period period);

    /** Received, responded, and the median, 90th and 95th percentile of hours from receipt to the response. */
    Object[] answerTimes(TenantId tenant, Period period);
}
