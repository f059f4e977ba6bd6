package id.balai.identity.interfaces;

import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.application.SignatoryProfiles;
import id.balai.identity.domain.SignatoryProfile;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in officer's own signatory profile: the position and NIP their letters print (issue 18). */
@Path("/t/{tenant}/officer/signatory-profile")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
        "PPID_ASSISTANT", "ATASAN_PPID", "DISPUTE_FACILITATION", "TENANT_ADMIN", "AGENCY_HEAD"})
@Tag(name = "Signatory profile", description = "Jabatan dan NIP penanda tangan surat / The position and NIP an "
        + "officer's letters print")
public class SignatoryProfileResource {
    @Inject
    RequestTenant requestTenant;

    @Inject
    SignatoryProfiles profiles;

    @Inject
    Caller caller;

    /** @param nip 18 digits, spaces allowed; empty for an official with no NIP */
    public record SignatoryProfileInput(String position, String nip) {
    }

    public record SignatoryProfileView(String position, String nip) {
        static SignatoryProfileView of(SignatoryProfile p) {
            return new SignatoryProfileView(p.position(), p.nip().orElse(null));
        }
    }

    @GET
    @Operation(summary = "Profil penanda tangan saya / My position and NIP (204 when not set)")
    public SignatoryProfileView get() {
        Tenant tenant = requestTenant.tenant();
        return profiles.of(tenant.id(), caller.accountId()).map(SignatoryProfileView::of).orElse(null);
    }

    @PUT
    @Operation(summary = "Simpan profil penanda tangan / Save my position and NIP (400 INVALID_POSITION, INVALID_NIP)")
    public SignatoryProfileView save(SignatoryProfileInput in) {
        Tenant tenant = requestTenant.tenant();
        if (in == null) {
            throw new DomainException(DomainException.Kind.INVALID, "BODY_REQUIRED",
                    Message.of("Isi permintaan wajib ada.", "A body is required."));
        }
        SignatoryProfile p = new SignatoryProfile(in.position(), Optional.ofNullable(in.nip()));
        return SignatoryProfileView.of(profiles.save(tenant.id(), caller.actor(), p, Now.instant()));
    }
}
