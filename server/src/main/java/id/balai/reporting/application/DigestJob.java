package id.balai.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.Bootstrap;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Each minute, for every tenant whose local time has reached its {@code parameters.digest.time}, sends the digest of
 * the previous day (SPIKM Pasal 3(2), "setiap hari"): a complete day, sent in the morning, so the regent reads
 * yesterday's whole work rather than a part of today's. A server that was down at that time sends it when it comes
 * back, the same day. Several instances are safe: the delivery row is the claim.
 */
@ApplicationScoped
public class DigestJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Inject
    DigestDelivery delivery;

    @Inject
    TenantRegistry registry;

    @Inject
    Bootstrap bootstrap;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> schedule;

    void start(@Observes @Initialized(ApplicationScoped.class) Object event) {
        schedule = scheduler.scheduleWithFixedDelay(this::runOnce, 1, 1, TimeUnit.MINUTES);
    }

    void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    void runOnce() {
        if (!bootstrap.ready()) {
            return;
        }
        Instant now = Instant.now();
        for (Tenant tenant : registry.active()) {
            ZonedDateTime local = now.atZone(tenant.zone());
            if (local.toLocalTime().isBefore(tenant.definition().parameters().digest().time())) {
                continue;
            }
            LocalDate day = local.toLocalDate().minusDays(1);
            try {
                delivery.sendOnce(tenant, day, now).ifPresent(s -> LOG.info(() -> "Daily digest of " + day + " sent for "
                        + tenant.id().value() + " to " + s.recipients() + " recipient(s)"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The daily digest of " + day + " for " + tenant.id().value()
                        + " was not sent; it is tried again in a minute", e);
            }
        }
    }
}
