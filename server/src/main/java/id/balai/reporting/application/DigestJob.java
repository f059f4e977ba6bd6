package id.balai.reporting.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Each minute, for every tenant whose local time has reached its {@code parameters.digest.time}, sends the digest of
 * the previous day (SPIKM Pasal 3(2), "setiap hari"): a complete day, sent in the morning, so the regent reads
 * yesterday's whole work rather than a part of today's. A server that was down at that time sends it when it comes
 * back, the same day. Several instances are safe: the delivery row is the claim.
 */
@ApplicationScoped
public class DigestJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(DigestJob.class.getName());

    @Inject
    DigestDelivery delivery;

    @Inject
    TenantRegistry registry;

    /** Every instance may try: the delivery row is the claim, so each digest is sent once. */
    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofMinutes(1), Duration.ofMinutes(1));
    }

    @Override
    protected void work() {
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
