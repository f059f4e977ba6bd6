package id.balai.notifications.interfaces;

import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.notifications.application.CitizenNotifications;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The unsubscribe link of a citizen's e-mail (issue 16). Reading it changes nothing, so that a mail scanner that
 * follows links unsubscribes nobody: the portal page shows what it stops and the citizen confirms, and mail programs
 * use the one-click POST of RFC 8058 ({@code List-Unsubscribe-Post}), which accepts any body. The token is the only
 * key; a wrong one is a 404, like an unknown case.
 */
@Path("/t/{tenant}/notifications/unsubscribe/{token}")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications (public)", description = "Kabar untuk warga / News for citizens about their cases")
public class UnsubscribeResource {
    private static final Pattern TOKEN = Pattern.compile("^[0-9a-f]{48,64}$");

    @Inject
    RequestTenant requestTenant;

    @Inject
    CitizenNotifications notifications;

    /** What a link stops: the case's number, the channel, and whether it still runs. */
    public record LinkView(String reference, String channel, boolean active) {
    }

    @GET
    @Operation(summary = "Apa yang dihentikan tautan ini / What this unsubscribe link stops (changes nothing)")
    public LinkView show(@PathParam("token") String token) {
        Tenant tenant = requestTenant.tenant();
        return notifications.find(tenant, checked(token))
                .map(s -> new LinkView(s.reference(), s.channel().name(), s.wasActive()))
                .orElseThrow(UnsubscribeResource::unknown);
    }

    @POST
    @Operation(summary = "Berhenti menerima kabar / Stop these messages (RFC 8058 one-click; any body)")
    public LinkView stop(@PathParam("token") String token) {
        Tenant tenant = requestTenant.tenant();
        return notifications.unsubscribe(tenant, checked(token))
                .map(s -> new LinkView(s.reference(), s.channel().name(), false))
                .orElseThrow(UnsubscribeResource::unknown);
    }

    private static String checked(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw unknown();
        }
        return token;
    }

    private static DomainException unknown() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "UNSUBSCRIBE_LINK_UNKNOWN",
                Message.of("Tautan berhenti berlangganan tidak dikenal.", "Unknown unsubscribe link."));
    }
}
