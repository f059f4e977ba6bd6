package id.balai.complaints.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import id.balai.platform.domain.TenantId;

/**
 * The port to the weekly counts of the complaints dashboard. The adapter is
 * {@code complaints.infrastructure.DashboardTrend}.
 */
public interface ComplaintTrend {

    /** Received and answered counts per week start, over the regency: reports received, answers sent to reporters. */
    Map<LocalDate, long[]> regency(TenantId tenant, ZoneId zone, LocalDate from, LocalDate until);

    /** Received and answered counts per week start, for one agency: parts sent to it, parts it answered. */
    Map<LocalDate, long[]> unit(TenantId tenant, ZoneId zone, String unit, LocalDate from, LocalDate until);
}
