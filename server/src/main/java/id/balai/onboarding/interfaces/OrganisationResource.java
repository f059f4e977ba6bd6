package id.balai.onboarding.interfaces;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.onboarding.application.OrganisationChanges;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.interfaces.Caller;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.StoredOrganisation;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A regency's admin edits its units and complaint categories while it runs: add, rename, move, deactivate and
 * reactivate (never delete). Each edit is a new version of the regency's definition, checked as every definition
 * is, recorded in the tenant's audit chain and live at once on every instance.
 */
@Path("/t/{tenant}/admin")
@RequestScoped
@RolesAllowed("TENANT_ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation", description = "Unit dan kategori pengaduan / A regency's units and complaint categories")
public class OrganisationResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    OrganisationChanges organisation;

    @Inject
    Caller caller;

    /** A new unit; {@code parent} empty or absent for the top level. */
    public record UnitInput(String code, String name, String nameEn, String kind, String parent,
            Boolean ppidPembantu, DecreeInput ppidDecree) {
    }

    /**
     * The decree that set up a village's or ward's PPID Pembantu (Perbup Luwu Timur Pasal 8(6)): its title (e.g.
     * "Keputusan Kepala Desa Wewangriu"), number and date (YYYY-MM-DD).
     */
    public record DecreeInput(String title, String number, String date) {
        TenantDefinition.Decree toDecree() {
            LocalDate on;
            try {
                on = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw new DomainException(DomainException.Kind.INVALID, "INVALID_DATE", Message.of(
                        "Tanggal keputusan tidak sah (format YYYY-MM-DD).", "Invalid decree date (format "
                                + "YYYY-MM-DD)."), "ppidDecree.date");
            }
            return new TenantDefinition.Decree(blank(title), blank(number), on);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * A change; what is absent stays. {@code parent}: the new parent's code, "" for the top level. {@code active}:
     * false deactivates, true reactivates.
     */
    public record UnitChangeInput(String name, String nameEn, String parent, Boolean ppidPembantu, Boolean active,
            DecreeInput ppidDecree) {
    }

    public record CategoryInput(String code, String name, String nameEn, String routeTo) {
    }

    public record CategoryChangeInput(String name, String nameEn, String routeTo, Boolean active) {
    }

    @Schema(name = "AdminUnitView")
    public record UnitView(String code, String parent, String name, String nameEn, String kind, boolean hostsSpikm,
            boolean hostsPpidUtama, boolean ppidPembantu, boolean active) {
        static UnitView of(StoredOrganisation.Unit u) {
            return new UnitView(u.code(), u.parentCode(), u.name(), u.nameEn(), u.kind().name(), u.hostsSpikm(),
                    u.hostsPpidUtama(), u.ppidPembantu(), u.active());
        }
    }

    public record CategoryView(String code, String name, String nameEn, String routeTo, boolean active) {
        static CategoryView of(StoredOrganisation.Category c) {
            return new CategoryView(c.code(), c.name(), c.nameEn(), c.routeTo(), c.active());
        }
    }

    @GET
    @Path("/org-units")
    @Operation(summary = "Semua unit / Every unit, deactivated ones too")
    public List<UnitView> units() {
        return organisation.units(requestTenant.tenant()).stream().map(UnitView::of).toList();
    }

    @POST
    @Path("/org-units")
    @Operation(summary = "Tambah unit / Add a unit (at the top or under a parent)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UnitView.class)))
    public Response addUnit(UnitInput in) {
        Tenant tenant = requestTenant.tenant();
        UnitInput u = required(in);
        StoredOrganisation.Unit added = organisation.addUnit(tenant, new OrganisationChanges.NewUnit(u.code(),
                u.name(), u.nameEn(), kind(u.kind()), u.parent(), Boolean.TRUE.equals(u.ppidPembantu()),
                u.ppidDecree() == null ? null : u.ppidDecree().toDecree()),
                caller.actor());
        return Response.status(201).entity(UnitView.of(added)).build();
    }

    @PUT
    @Path("/org-units/{code}")
    @Operation(summary = "Ubah unit / Rename, move, deactivate or reactivate a unit",
            description = "A unit that holds open cases, has sub-units or receives a category is not deactivated "
                    + "(409, with the reason in both languages).")
    public UnitView changeUnit(@PathParam("code") String code,
            UnitChangeInput in) {
        Tenant tenant = requestTenant.tenant();
        UnitChangeInput c = required(in);
        return UnitView.of(organisation.changeUnit(tenant, code, new OrganisationChanges.UnitChange(c.name(),
                c.nameEn(), c.parent(), c.ppidPembantu(), c.active(),
                c.ppidDecree() == null ? null : c.ppidDecree().toDecree()), caller.actor()));
    }

    @GET
    @Path("/complaint-categories")
    @Operation(summary = "Semua kategori pengaduan / Every complaint category, deactivated ones too")
    public List<CategoryView> categories() {
        return organisation.categories(requestTenant.tenant()).stream().map(CategoryView::of).toList();
    }

    @POST
    @Path("/complaint-categories")
    @Operation(summary = "Tambah kategori / Add a complaint category with the unit it is routed to")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CategoryView.class)))
    public Response addCategory(CategoryInput in) {
        Tenant tenant = requestTenant.tenant();
        CategoryInput c = required(in);
        StoredOrganisation.Category added = organisation.addCategory(tenant, new OrganisationChanges.NewCategory(
                c.code(), c.name(), c.nameEn(), c.routeTo()), caller.actor());
        return Response.status(201).entity(CategoryView.of(added)).build();
    }

    @PUT
    @Path("/complaint-categories/{code}")
    @Operation(summary = "Ubah kategori / Rename, route elsewhere (SPIKM Pasal 7c), deactivate or reactivate")
    public CategoryView changeCategory(@PathParam("code") String code,
            CategoryChangeInput in) {
        Tenant tenant = requestTenant.tenant();
        CategoryChangeInput c = required(in);
        return CategoryView.of(organisation.changeCategory(tenant, code, new OrganisationChanges.CategoryChange(
                c.name(), c.nameEn(), c.routeTo(), c.active()), caller.actor()));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new DomainException(DomainException.Kind.INVALID, "BODY_REQUIRED",
                    Message.of("Isi permintaan wajib ada.", "A request body is required."));
        }
        return body;
    }

    private static OrgUnitKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return OrgUnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.INVALID, "ORGANISATION_INPUT_INVALID",
                    Message.of("Jenis unit tidak dikenal: " + kind, "Unknown kind of unit: " + kind), "kind");
        }
    }
}
