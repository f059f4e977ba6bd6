package id.balai.identity.interfaces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.identity.application.OfficerAdministration;
import id.balai.identity.application.ProvincialAdmins;
import id.balai.platform.interfaces.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The platform operator creates provincial admins (aggregates of one province only). */
@Path("/platform/provincial-admins")
@RequestScoped
@RolesAllowed("PLATFORM_OPERATOR")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: provincial admins", description = "Admin provinsi / Provincial admins")
public class ProvincialAdminResource {

    @Inject
    ProvincialAdmins admins;

    @Inject
    Caller caller;

    public record NewProvincialAdmin(String username, String displayName, String province) {
    }

    public record ProvincialAdminView(String id, String username, String displayName, String province) {
    }

    public record Created(ProvincialAdminView account, String oneTimePassword) {
    }

    @POST
    @Operation(summary = "Buat admin provinsi / Create a provincial admin",
            description = "The one-time password is in this answer only. 400 INVALID_USERNAME / INVALID_PROVINCE, "
                    + "409 USERNAME_TAKEN.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Created.class)))
    public Response create(NewProvincialAdmin body) {
        if (body == null) {
            throw new id.balai.platform.domain.DomainException(id.balai.platform.domain.DomainException.Kind.INVALID,
                    "BODY_REQUIRED", id.balai.platform.domain.Message.of("Isi permintaan wajib ada.",
                            "A request body is required."), "body");
        }
        OfficerAdministration.WithPassword w = admins.create(body.username(), body.displayName(), body.province(),
                caller.actor());
        var a = w.account();
        return Response.status(201).entity(new Created(new ProvincialAdminView(a.id().toString(), a.username(),
                a.displayName(), a.provinceCode().orElse(null)), w.oneTimePassword())).build();
    }
}
