package id.balai.reporting.domain;

import java.util.List;

/**
 * The periodic report to the regent and the coordination team's chair through the operations coordinator (SPIKM
 * Pasal 5e, 7n): the cases received in the period, counted by type, channel, category, agency and status, and the
 * time from receipt to the response to the reporter, in hours (null when no case of the period was answered yet).
 */
public record PeriodicReport(Period period, long received, long responded, List<Count> byType,
        List<Count> byChannel, List<Count> byCategory, List<Count> byAgency, List<Count> byStatus,
        Double medianHoursToAnswer, Double p90HoursToAnswer, Double p95HoursToAnswer) {

    /** @param key a stable code; @param label its name for people (the tenant's name of a unit or category) */
    public record Count(String key, String label, long count) {
    }
}
