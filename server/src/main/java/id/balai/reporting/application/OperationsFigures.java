package id.balai.reporting.application;

import java.util.List;

import id.balai.platform.domain.TenantId;

/**
 * The port to the figures the operations gauges publish. The adapter is
 * {@code reporting.infrastructure.OperationsQueries}.
 */
public interface OperationsFigures {

    /** One figure: what is counted ({@code complaint}, {@code information_request}, {@code outbox}), its key, how many. */
    public record Figure(String what, String key, long count) {
    }

    List<Figure> figures(TenantId t);
}
