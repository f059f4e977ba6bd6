package id.balai.complaints.interfaces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.WhatsAppIntake;
import id.balai.notifications.application.WhatsAppAccounts;
import id.balai.notifications.domain.WhatsAppAccount;
import id.balai.notifications.domain.WhatsAppSignature;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.interfaces.RequestInfo;
import id.balai.tenancy.application.TenantRegistry;
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
import jakarta.ws.rs.core.MediaType;

/**
 * The WhatsApp Business Cloud API's webhook of one regency (SPIKM Pasal 5a, 8): {@code /api/whatsapp/{tenant}/webhook}.
 * The regency is chosen by the path, so that its app secret is known before the body is read; the delivery's
 * {@code metadata.phone_number_id} must then be the regency's number, or its messages are passed over.
 * <ul>
 * <li>GET is Meta's subscription handshake: with {@code hub.mode=subscribe} and the regency's verify token the
 * answer is {@code hub.challenge}; anything else is 403.</li>
 * <li>POST is a delivery: its {@code X-Hub-Signature-256} is checked over the raw bytes before anything reads them
 * (missing: 401 {@code WHATSAPP_SIGNATURE_MISSING}; wrong: 401 {@code WHATSAPP_SIGNATURE_INVALID}; nothing is
 * stored), then each message is handled and the answer is 200.</li>
 * </ul>
 * A regency whose file configures no WhatsApp number (or whose secrets the environment lacks) answers 404 to both.
 */
@Path("/whatsapp/{tenant}/webhook")
@RequestScoped
@PermitAll
@Tag(name = "WhatsApp webhook", description = "Pesan WhatsApp masuk / WhatsApp messages in (Cloud API webhook)")
public class WhatsAppWebhookResource {
    /** Meta's challenges are numbers; anything else is not echoed. */
    private static final Pattern CHALLENGE = Pattern.compile("^[A-Za-z0-9_-]{1,200}$");

    @Inject
    TenantRegistry registry;

    @Inject
    WhatsAppAccounts accounts;

    @Inject
    WhatsAppIntake intake;

    @Inject
    RequestInfo request;

    /** The delivery's outcome: how many messages to this number it carried. */
    public record Received(int messages) {
    }

    @GET
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "Jabat tangan langganan webhook / The webhook's subscription handshake",
            description = "Answers hub.challenge when hub.mode is subscribe and hub.verify_token is the regency's; "
                    + "403 WHATSAPP_VERIFY_TOKEN_WRONG otherwise; 404 WHATSAPP_NOT_CONFIGURED without a number.")
    public String verify(@PathParam("tenant") String slug, @QueryParam("hub.mode") String mode,
            @QueryParam("hub.verify_token") String verifyToken, @QueryParam("hub.challenge") String challenge) {
        WhatsAppAccount account = account(slug).account();
        boolean tokenOk = verifyToken != null && MessageDigest.isEqual(
                account.verifyToken().getBytes(StandardCharsets.UTF_8), verifyToken.getBytes(StandardCharsets.UTF_8));
        if (!"subscribe".equals(mode) || !tokenOk || challenge == null || !CHALLENGE.matcher(challenge).matches()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "WHATSAPP_VERIFY_TOKEN_WRONG",
                    Message.of("Token verifikasi webhook WhatsApp salah.", "The WhatsApp webhook's verify token is wrong."));
        }
        return challenge;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Kiriman webhook WhatsApp / A WhatsApp webhook delivery",
            description = "Signed by Meta with the app secret (X-Hub-Signature-256 over the raw body); 401 "
                    + "WHATSAPP_SIGNATURE_MISSING or WHATSAPP_SIGNATURE_INVALID otherwise, and nothing is stored.")
    public Received deliver(@PathParam("tenant") String slug,
            @HeaderParam(WhatsAppSignature.HEADER) String signature, byte[] body) {
        Configured c = account(slug);
        if (signature == null || signature.isBlank()) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "WHATSAPP_SIGNATURE_MISSING",
                    Message.of("Kiriman webhook WhatsApp tanpa tanda tangan X-Hub-Signature-256.",
                            "The WhatsApp webhook delivery has no X-Hub-Signature-256 signature."));
        }
        byte[] raw = body == null ? new byte[0] : body;
        if (!WhatsAppSignature.matches(c.account().appSecret(), raw, signature)) {
            throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "WHATSAPP_SIGNATURE_INVALID",
                    Message.of("Tanda tangan X-Hub-Signature-256 kiriman webhook WhatsApp tidak cocok.",
                            "The WhatsApp webhook delivery's X-Hub-Signature-256 signature does not match."));
        }
        List<WhatsAppIntake.InboundMessage> messages = WhatsAppWebhookPayload.messages(raw,
                c.account().phoneNumberId());
        for (WhatsAppIntake.InboundMessage m : messages) {
            intake.receive(c.tenant(), c.account(), m, request.requestId());
        }
        return new Received(messages.size());
    }

    private record Configured(Tenant tenant, WhatsAppAccount account) {
    }

    private Configured account(String slug) {
        return registry.findActive(slug).flatMap(t -> accounts.of(t).map(a -> new Configured(t, a)))
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "WHATSAPP_NOT_CONFIGURED",
                        Message.of("Kabupaten ini tidak menerima pesan WhatsApp.",
                                "This regency does not take WhatsApp messages.")));
    }
}
