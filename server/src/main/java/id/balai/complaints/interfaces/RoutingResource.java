package id.balai.complaints.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.RoutingSuggestions;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.routing.RoutingSuggestion;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The routing suggestion (issue 17 item 3): the agency a report most likely belongs to, with the model's
 * confidence, for the central administrator who verifies and dispatches (SPIKM Pasal 7c). It only proposes.
 */
@Path("/t/{tenant}/officer/routing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints (officers)", description = "Saran tujuan disposisi / Routing suggestion")
public class RoutingResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    RoutingSuggestions suggestions;

    /** A unit the model ranks, with its probability (0-1). */
    public record Ranked(String orgUnit, String name, double confidence) {
    }

    /**
     * The proposed unit; {@code confidence} null when it comes from the report's category (source CATEGORY), since
     * the category map gives no probability. {@code orgUnit} null when nothing can be proposed.
     */
    @Schema(name = "RoutingSuggestionView")
    public record SuggestionView(String orgUnit, String name, Double confidence, String source,
            List<Ranked> alternatives, ModelView model) {
    }

    /** What the regency's model learnt from: HISTORY or CATEGORY_MAP (too little history yet). */
    public record ModelView(String basis, int historySize, int minHistory, int examples, Instant trainedAt) {
        static ModelView of(RoutingSuggestions.Status s) {
            return new ModelView(s.basis().name(), s.historySize(), s.minHistory(), s.examples(), s.trainedAt());
        }
    }

    @GET
    @Path("/complaints/{id}")
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR"})
    @Operation(summary = "Saran SKPD tujuan / The agency proposed for a report, with a confidence; the officer decides")
    public SuggestionView suggestion(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        UUID uuid = uuid(id);
        ModelView model = ModelView.of(suggestions.status(tenant));
        return suggestions.suggest(tenant, uuid)
                .map(s -> view(tenant, s, model))
                .orElse(new SuggestionView(null, null, null, null, List.of(), model));
    }

    @GET
    @Path("/model")
    @RolesAllowed({"CENTRAL_ADMIN", "OPS_COORDINATOR", "TENANT_ADMIN"})
    @Operation(summary = "Model saran / What the regency's routing model learnt from")
    public ModelView model() {
        return ModelView.of(suggestions.status(requestTenant.tenant()));
    }

    @POST
    @Path("/model/training")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({"CENTRAL_ADMIN", "TENANT_ADMIN"})
    @Operation(summary = "Latih ulang / Retrain the regency's routing model now from its dispatched history")
    public ModelView train() {
        return ModelView.of(suggestions.train(requestTenant.tenant()));
    }

    private static SuggestionView view(Tenant tenant, RoutingSuggestion s, ModelView model) {
        return new SuggestionView(s.orgUnit(), PublicReportViews.unitName(tenant, s.orgUnit()), s.confidence(),
                s.source().name(), s.alternatives().stream()
                        .map(a -> new Ranked(a.orgUnit(), PublicReportViews.unitName(tenant, a.orgUnit()),
                                a.probability()))
                        .toList(),
                model);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ComplaintErrors.notFound();
        }
    }
}
