package id.balai.reporting.application;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.EachTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The per-regency gauges of /metrics (issue 19 item 8), refreshed by a job so that a scrape never queries the
 * database: {@code balai_complaints{tenant, status}}, {@code balai_information_requests{tenant, status}} and
 * {@code balai_outbox_backlog{tenant, channel}} (messages not yet sent and not given up). Every instance counts
 * for itself, so each instance's /metrics is complete; a dashboard takes the maximum across instances.
 */
@ApplicationScoped
public class OperationsGauges extends PeriodicJob {
    private static final Map<String, Metadata> METADATA = Map.of(
            "complaint", Metadata.builder().withName("balai.complaints")
                    .withDescription("Complaints of a regency by status").build(),
            "information_request", Metadata.builder().withName("balai.information.requests")
                    .withDescription("Information requests of a regency by status").build(),
            "outbox", Metadata.builder().withName("balai.outbox.backlog")
                    .withDescription("Messages of a regency waiting to be sent, per channel").build());

    @Inject
    EachTenant tenants;

    @Inject
    OperationsFigures queries;

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "BALAI_METRICS_GAUGE_SECONDS", defaultValue = "60")
    int seconds;

    /** The last count of each gauge, by its name and tags; a gauge reads it, never the database. */
    private final Map<String, Long> last = new ConcurrentHashMap<>();

    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofSeconds(Math.min(seconds, 10)), Duration.ofSeconds(seconds));
    }

    @Override
    protected void work() {
        tenants.run("counting for /metrics", tenant -> {
            String slug = tenant.id().value();
            // A status or channel with nothing left reads 0 rather than its last count.
            last.replaceAll((k, v) -> k.startsWith(slug + "|") ? 0L : v);
            for (OperationsFigures.Figure f : queries.figures(tenant.id())) {
                String key = slug + "|" + f.what() + "|" + f.key();
                if (last.put(key, f.count()) == null) {
                    Tag label = new Tag(f.what().equals("outbox") ? "channel" : "status", f.key());
                    registry.gauge(METADATA.get(f.what()), () -> last.getOrDefault(key, 0L), new Tag("tenant", slug),
                            label);
                }
            }
        });
    }
}
