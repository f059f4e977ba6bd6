package id.balai.information.application;

import java.time.LocalDate;
import java.util.Map;

import id.balai.platform.domain.TenantId;

/**
 * The port to the weekly counts of the requests dashboard. The adapter is
 * {@code information.infrastructure.RequestTrend}.
 */
public interface RequestWeeks {

    /** Counts per week start: [received, notices issued]; {@code unit} null for every unit. */
    Map<LocalDate, long[]> weekly(TenantId tenant, String unit, LocalDate from, LocalDate until);
}
