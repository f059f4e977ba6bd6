package id.balai.identity.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.application.SavedFilters;
import id.balai.identity.domain.SavedFilter;
import id.balai.platform.application.Now;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The signed-in officer's own saved queue filters (issue 17), shown as chips above a queue. */
@Path("/t/{tenant}/officer/saved-filters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
        "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION"})
@Tag(name = "Saved filters", description = "Filter tersimpan / An officer's saved queue filters")
public class SavedFilterResource {
    @Inject
    RequestTenant requestTenant;

    @Inject
    SavedFilters filters;

    @Inject
    Caller caller;

    /** @param queue COMPLAINTS or INFORMATION_REQUESTS; query the queue's query string (no phone or email) */
    public record SavedFilterInput(String queue, String name, String query) {
    }

    public record SavedFilterView(UUID id,
            @Schema(enumeration = {"COMPLAINTS", "INFORMATION_REQUESTS", "REGISTER"}) String queue, String name,
            String query, Instant createdAt) {
        static SavedFilterView of(SavedFilter f) {
            return new SavedFilterView(f.id(), f.queue().name(), f.name(), f.query(), f.createdAt());
        }
    }

    @GET
    @Operation(summary = "Filter tersimpan saya / My saved filters of a queue")
    public List<SavedFilterView> list(@QueryParam("queue") String queue) {
        Tenant tenant = requestTenant.tenant();
        return filters.list(tenant.id(), caller.accountId(), queue(queue)).stream().map(SavedFilterView::of).toList();
    }

    @POST
    @Operation(summary = "Simpan filter / Save a filter of a queue under a name")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SavedFilterView.class)))
    public Response create(SavedFilterInput in) {
        Tenant tenant = requestTenant.tenant();
        if (in == null) {
            throw new DomainException(DomainException.Kind.INVALID, "BODY_REQUIRED",
                    Message.of("Isi permintaan wajib ada.", "A body is required."));
        }
        SavedFilter f = filters.save(tenant.id(), caller.accountId(), queue(in.queue()), in.name(), in.query(),
                Now.instant());
        return Response.status(201).entity(SavedFilterView.of(f)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Hapus filter / Delete one of my saved filters")
    public Response delete(@PathParam("id") String id) {
        Tenant tenant = requestTenant.tenant();
        filters.delete(tenant.id(), caller.accountId(), uuid(id));
        return Response.noContent().build();
    }

    private static SavedFilter.Queue queue(String value) {
        try {
            return SavedFilter.Queue.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "INVALID_VALUE",
                    Message.of("Antrean tidak dikenal (COMPLAINTS, INFORMATION_REQUESTS atau REGISTER).",
                            "Unknown queue (COMPLAINTS, INFORMATION_REQUESTS or REGISTER)."), "queue");
        }
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "SAVED_FILTER_NOT_FOUND",
                    Message.of("Filter tidak ditemukan.", "No such filter."));
        }
    }
}
