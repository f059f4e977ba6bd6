package id.balai.information.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.information.application.InformationRequestService;
import id.balai.information.application.ObjectionService;
import id.balai.information.application.RequestFiles;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.RequestChannel;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.InputText;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.infrastructure.Json;
import id.balai.platform.interfaces.InputChecks;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The requester's side of the PPID service (Perbup Luwu Timur Pasal 20-25): send a request (no account needed), follow
 * it with the registration number and access code, download the written notice and the released documents, and file
 * an objection. Nothing here ever shows an identity.
 */
@Path("/t/{tenant}/information-requests")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests (public)", description = "Permohonan informasi publik / Public information requests "
        + "(PPID)")
public class PublicInformationRequestResource {
    private static final String NOTICE_MEDIA_TYPE = "application/pdf";
    @Inject
    RequestTenant requestTenant;

    @Inject
    InputChecks checks;

    @Inject
    InformationRequestService service;

    @Inject
    ObjectionService objections;

    @Inject
    PublicGuards guards;

    @Inject
    RequestInfo request;

    public record ObjectionInput(String code, String ground, String groundAroseOn, @MultiLine String reasons) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajukan permohonan informasi / Send an information request (Perbup Pasal 21-22)",
            description = "Requires an Idempotency-Key header (8-100 of A-Z a-z 0-9 . _ : -). Answers 201 with the "
                    + "registration number (Pasal 22(3)), the access code and the notice due date (10 working days). "
                    + "A full copy (obtainMethod SOFT_COPY or HARD_COPY) needs the ID copy (idCopy, base64 JPEG/PNG/PDF "
                    + "up to 2 MiB) where the tenant requires it (Pasal 22(8)); the same form also goes as "
                    + "multipart/form-data with the parts 'request' (JSON) and 'idCopy' (the file).")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationRequestService.Receipt.class)))
    public Response submit(@HeaderParam("Idempotency-Key") String key,
            InformationRequestInput input) {
        Tenant tenant = requestTenant.tenant();
        PublicGuards.requiredKey(key);
        if (input == null) {
            throw InformationErrors.required(null, "Isi permohonan", "A request body");
        }
        return receive(tenant, key, input.toCommand(checks, RequestChannel.WEB));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Ajukan permohonan dengan berkas KTP / Send a request with the ID copy as a file (multipart)")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationRequestService.Receipt.class)))
    public Response submitMultipart(@HeaderParam("Idempotency-Key") String key,
            List<EntityPart> parts) {
        Tenant tenant = requestTenant.tenant();
        PublicGuards.requiredKey(key);
        InformationRequestInput input = null;
        InformationRequestService.Upload idCopy = null;
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            if ("request".equals(part.getName())) {
                try {
                    input = Json.JSON.readValue(bytes(part, 256 * 1024), InformationRequestInput.class);
                } catch (IOException e) {
                    throw InformationErrors.invalid("MALFORMED_JSON", "Bagian 'request' bukan JSON yang sah.",
                            "The 'request' part is not valid JSON.", "request");
                }
            } else if ("idCopy".equals(part.getName())) {
                idCopy = new InformationRequestService.Upload(part.getFileName().orElse("ktp"),
                        bytes(part, InformationRequestService.MAX_ID_COPY_BYTES + 1));
            }
        }
        if (input == null) {
            throw InformationErrors.required("request", "Bagian 'request'", "The 'request' part");
        }
        // The same text rule as the JSON submission, field by field (InputTextInterceptor sees only the part).
        InputText.checkAll(input, null, false);
        InformationRequestService.SubmitCommand cmd = input.withIdCopy(null).toCommand(checks, RequestChannel.WEB);
        return receive(tenant, key, new InformationRequestService.SubmitCommand(cmd.channel(), cmd.content(),
                cmd.requester(), idCopy));
    }

    @GET
    @Path("/{registrationNumber}")
    @Operation(summary = "Lacak permohonan / Track a request with its access code (a wrong code is a 404)")
    public InformationViews.PublicView track(@PathParam("registrationNumber") String number, @QueryParam("code") String code) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.INFORMATION_TRACKING);
        return InformationViews.PublicView.of(service.track(tenant, number, code), service.clocks(tenant));
    }

    @GET
    @Path("/{registrationNumber}/notice")
    @Produces({NOTICE_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Unduh pemberitahuan tertulis (PDF) / Download the written notice (Perbup Pasal 22(4)-(5))")
    public Response notice(@PathParam("registrationNumber") String number,
            @QueryParam("code") String code) {
        return letter(number, "pemberitahuan", tenant -> service.noticePdf(tenant, number, code));
    }

    @GET
    @Path("/{registrationNumber}/extension")
    @Produces({NOTICE_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Unduh pemberitahuan perpanjangan (PDF) / Download the extension notice (Perbup Pasal 22(6))")
    public Response extension(@PathParam("registrationNumber") String number,
            @QueryParam("code") String code) {
        return letter(number, "perpanjangan", tenant -> service.extensionPdf(tenant, number, code));
    }

    /** A signed letter of the request for its requester, under the tracking page's rate limit. */
    private Response letter(String number, String name, Function<Tenant, byte[]> pdf) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.INFORMATION_TRACKING);
        return Response.ok(pdf.apply(tenant), NOTICE_MEDIA_TYPE).header("Content-Disposition",
                "attachment; filename=\"" + name + "-" + number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"").build();
    }

    @GET
    @Path("/{registrationNumber}/documents/{fileId}")
    @Produces({MediaType.WILDCARD})
    @Operation(summary = "Unduh dokumen yang diberikan / Download a released document (after the notice)")
    public Response document(@PathParam("registrationNumber") String number,
            @PathParam("fileId") String fileId, @QueryParam("code") String code) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.INFORMATION_TRACKING);
        RequestFiles.FileContent f = service.releasedFile(tenant, number, code, Inputs.uuid(fileId, "file"));
        return Response.ok(f.content(), f.info().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + f.info().fileName() + "\"")
                .header("X-Content-SHA256", f.info().sha256()).build();
    }

    @POST
    @Path("/{registrationNumber}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ajukan keberatan / File an objection to the PPID's superior (Perbup Pasal 24-25)",
            description = "ground: one of A_REFUSED_EXEMPT, B_PERIODIC_NOT_PROVIDED, C_NOT_ANSWERED, "
                    + "D_ANSWERED_OTHERWISE, E_NOT_GRANTED, F_UNREASONABLE_FEE, G_DEADLINE_EXCEEDED (UU KIP Ps 35(1); "
                    + "Perki 1/2021); within 30 working days after the ground arose, else 422 with the reason.")
    @APIResponse(responseCode = "201", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InformationViews.PublicObjection.class)))
    public Response object(@PathParam("registrationNumber") String number,
            ObjectionInput body) {
        Tenant tenant = requestTenant.tenant();
        guards.limit(PublicGuards.Limit.INFORMATION_TRACKING);
        if (body == null) {
            throw InformationErrors.required(null, "Isi keberatan", "An objection body");
        }
        ObjectionGround ground = Inputs.enumOf(ObjectionGround.class, body.ground(), "ground");
        String reasons = Inputs.text(body.reasons(), "reasons", 5, 4000, "Alasan keberatan", "The reasons");
        ObjectionService.ObjectionView v = objections.fileByRequester(tenant, number, body.code(), ground,
                Inputs.optionalDate(body.groundAroseOn(), "groundAroseOn"), reasons);
        return Response.status(201).entity(InformationViews.PublicObjection.of(v)).build();
    }

    private Response receive(Tenant tenant, String key, InformationRequestService.SubmitCommand cmd) {
        guards.limit(PublicGuards.Limit.INFORMATION_SUBMISSION);
        InformationRequestService.Submitted s = service.submit(tenant, cmd, Optional.of(key),
                new Actor("requester:web", "", request.requestId()));
        return Response.status(201).entity(s.receipt()).type(MediaType.APPLICATION_JSON)
                .header("Idempotent-Replayed", Boolean.toString(s.replay())).build();
    }


    private static byte[] bytes(EntityPart part, int max) {
        try (InputStream in = part.getContent()) {
            return in.readNBytes(max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
