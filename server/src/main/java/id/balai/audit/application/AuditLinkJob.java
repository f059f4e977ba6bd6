package id.balai.audit.application;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import id.balai.platform.application.PeriodicJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Links the journaled acts into their hash chains, on every instance, every {@code BALAI_AUDIT_LINK_MILLIS} (1 000
 * by default): acts are journaled in their own transactions without waiting for each other, and this job puts them
 * on the chain in order shortly after. Instances take turns on a chain through its head's row lock; a chain that
 * fails to link is logged and tried again at the next run, the others go on.
 */
@ApplicationScoped
public class AuditLinkJob extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(AuditLinkJob.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "BALAI_AUDIT_LINK_MILLIS", defaultValue = "1000")
    long millis;

    @Override
    protected Schedule schedule() {
        return Schedule.onEveryInstance(Duration.ofMillis(millis), Duration.ofMillis(millis));
    }

    @Override
    protected void work() {
        RuntimeException first = null;
        for (String chain : audit.pendingChains()) {
            try {
                while (audit.link(chain) > 0) {
                    // a full page may leave more: link until the chain's journal is empty
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Linking the audit journal of " + chain + " failed; it is tried again", e);
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
