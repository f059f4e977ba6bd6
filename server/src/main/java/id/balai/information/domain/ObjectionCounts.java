package id.balai.information.domain;

import java.util.Map;

/**
 * An objection queue's counts for a search: per status (FILED, ANSWERED, SETTLED), the unanswered past their answer
 * date (Perbup Pasal 25(2)), and in all.
 */
public record ObjectionCounts(Map<String, Long> byStatus, long overdue, long total) {
    public ObjectionCounts {
        byStatus = Map.copyOf(byStatus);
    }
}
