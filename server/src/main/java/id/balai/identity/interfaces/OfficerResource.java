package id.balai.identity.interfaces;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.application.OfficerAdministration;
import id.balai.identity.domain.Account;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.Paging;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A regency's officers, managed by its tenant admin. */
@Path("/t/{tenant}/users")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Pengguna kabupaten / A regency's officers")
public class OfficerResource {
    private static final int MAX_PAGE_SIZE = 200;

    @Inject
    RequestTenant requestTenant;

    @Inject
    OfficerAdministration officers;

    @Inject
    Caller caller;

    /** @param email the officer's work address for reminders and escalations (optional) */
    public record OfficerInput(String username, String displayName, List<String> roles, String orgUnit,
            String email, Boolean active) {
    }

    @Schema(name = "OfficerAccountView")
    public record OfficerView(String id, String username, String displayName, List<String> roles, String orgUnit,
            String email, boolean active, boolean locked) {
        static OfficerView of(Account a) {
            return new OfficerView(a.id().toString(), a.username(), a.displayName(),
                    a.roles().stream().map(Enum::name).sorted().toList(), a.orgUnit().orElse(null),
                    a.email().orElse(null), a.active(), a.isLocked(java.time.Instant.now()));
        }
    }

    /** A created or reset officer with the one-time password (shown once, never stored in clear). */
    public record OfficerWithPassword(OfficerView officer, String oneTimePassword) {
    }

    public record Page(List<OfficerView> items, int page, int size, long total) {
    }

    @POST
    @Operation(summary = "Tambah pengguna / Create an officer; the answer carries a one-time password")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OfficerWithPassword.class)))
    public Response create(OfficerInput in) {
        Tenant tenant = requestTenant.tenant();
        if (in == null) {
            throw new DomainException(DomainException.Kind.INVALID, "BODY_REQUIRED",
                    Message.of("Isi permintaan wajib ada.", "A request body is required."));
        }
        OfficerAdministration.WithPassword created = officers.create(tenant, in.username(), in.displayName(),
                OfficerAdministration.roles(in.roles()), in.orgUnit(), in.email(), caller.actor());
        return Response.status(201).entity(new OfficerWithPassword(OfficerView.of(created.account()),
                created.oneTimePassword())).build();
    }

    @GET
    @Operation(summary = "Daftar pengguna / The officers, a page at a time")
    public Page list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Tenant tenant = requestTenant.tenant();
        int p = Paging.page(page);
        int s = Paging.size(size, MAX_PAGE_SIZE);
        return new Page(officers.list(tenant, p, s).stream().map(OfficerView::of).toList(), p, s,
                officers.count(tenant));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Satu pengguna / One officer")
    public OfficerView get(@PathParam("id") String id) {
        return OfficerView.of(officers.get(requestTenant.tenant(), uuid(id)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Ubah pengguna / Change an officer's name, roles, unit or active flag")
    public OfficerView update(@PathParam("id") String id, OfficerInput in) {
        Tenant tenant = requestTenant.tenant();
        UUID officerId = uuid(id);
        if (in == null) {
            throw new DomainException(DomainException.Kind.INVALID, "BODY_REQUIRED",
                    Message.of("Isi permintaan wajib ada.", "A request body is required."));
        }
        return OfficerView.of(officers.update(tenant, officerId, in.displayName(),
                OfficerAdministration.roles(in.roles()), in.orgUnit(), in.email(), in.active() == null || in.active(),
                caller.actor()));
    }

    @POST
    @Path("/{id}/password-reset")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Atur ulang kata sandi / Reset an officer's password; ends the officer's sessions")
    public OfficerWithPassword resetPassword(@PathParam("id") String id) {
        OfficerAdministration.WithPassword reset = officers.resetPassword(requestTenant.tenant(), uuid(id),
                caller.actor());
        return new OfficerWithPassword(OfficerView.of(reset.account()), reset.oneTimePassword());
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            // Not an id at all: as unknown as any other.
            throw new DomainException(DomainException.Kind.NOT_FOUND, "OFFICER_NOT_FOUND",
                    Message.of("Pengguna tidak ditemukan.", "User not found."));
        }
    }
}
