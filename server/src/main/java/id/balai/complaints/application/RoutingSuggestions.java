package id.balai.complaints.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.routing.Routing;
import id.balai.complaints.domain.routing.RoutingExample;
import id.balai.complaints.domain.routing.RoutingModel;
import id.balai.complaints.domain.routing.RoutingSuggestion;
import id.balai.complaints.domain.routing.RoutingTrainer;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The routing suggestion per regency (issue 17 item 3). Each regency's model lives in memory, trained by
 * {@link RoutingJob} (and on demand) from its own dispatched history; a request only reads the model in place and
 * never waits for a training. A regency without a model yet (just started, or between restarts) is offered its
 * category map. The central administrator decides: nothing here dispatches (SPIKM Pasal 7c).
 */
@ApplicationScoped
public class RoutingSuggestions {
    private static final Logger LOG = Logger.getLogger(RoutingSuggestions.class.getName());
    /** Fixed, so that two trainings on the same history give the same model (and the same confidence). */
    private static final long SEED = 0x42414c4149L;

    @Inject
    TenantTransactions scope;

    @Inject
    RoutingRecords history;

    @Inject
    ComplaintRecords complaints;

    @Inject
    RoutingTrainer trainer;

    private final Map<String, Trained> models = new ConcurrentHashMap<>();

    /**
     * A regency's model and what it learnt from.
     *
     * @param definitionVersion the definition it was trained under: a changed category map or org tree retrains
     */
    public record Trained(Optional<RoutingModel> model, Routing.Basis basis, int historySize, int examples,
            Instant trainedAt, Object definitionVersion) {
    }

    /** What the officer sees of a regency's model. */
    public record Status(Routing.Basis basis, int historySize, int examples, Instant trainedAt, int minHistory) {
    }

    /** The suggestion for one of the regency's reports. */
    @Transactional
    public Optional<RoutingSuggestion> suggest(Tenant tenant, UUID complaintId) {
        Complaint c = scope.call(tenant.id(), () -> complaints.get(tenant.id(), complaintId));
        Trained t = current(tenant);
        return Routing.suggest(t.model(), t.basis(), RoutingExample.text(c.title(), c.description()), c.category(),
                tenant.definition());
    }

    /** The model's standing; a regency never trained yet is trained cold on the spot (the category map: a moment). */
    public Status status(Tenant tenant) {
        Trained t = current(tenant);
        return new Status(t.basis(), t.historySize(), t.examples(), t.trainedAt(), Routing.MIN_HISTORY);
    }

    /** Trains the regency's model from its history now and puts it in place. */
    @Transactional
    public Status train(Tenant tenant) {
        List<RoutingExample> h = scope.call(tenant.id(), () -> history.newest(tenant.id(), Routing.MAX_HISTORY));
        Trained t = fit(tenant.definition(), h);
        models.put(tenant.id().value(), t);
        LOG.fine(() -> "Routing model for " + tenant.id() + ": " + t.basis() + " from " + t.examples() + " examples");
        return new Status(t.basis(), t.historySize(), t.examples(), t.trainedAt(), Routing.MIN_HISTORY);
    }

    Trained current(Tenant tenant) {
        Trained t = models.get(tenant.id().value());
        if (t != null && t.definitionVersion() == tenant.definition()) {
            return t;
        }
        // No model yet, or the regency's definition changed since: the category map now, its history at the next run.
        Trained cold = fit(tenant.definition(), List.of());
        models.merge(tenant.id().value(), cold, (old, fresh) -> old.definitionVersion() == tenant.definition()
                ? old : fresh);
        return models.get(tenant.id().value());
    }

    private Trained fit(TenantDefinition definition, List<RoutingExample> h) {
        List<RoutingExample> set = Routing.trainingSet(definition, h);
        Routing.Basis basis = Routing.enoughHistory(h) ? Routing.Basis.HISTORY : Routing.Basis.CATEGORY_MAP;
        boolean learnable = set.stream().map(RoutingExample::orgUnit).distinct().count() >= 2;
        return new Trained(learnable ? Optional.of(trainer.train(set, SEED)) : Optional.empty(), basis, h.size(),
                set.size(), Instant.now(), definition);
    }
}
