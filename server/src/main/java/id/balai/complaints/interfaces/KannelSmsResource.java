package id.balai.complaints.interfaces;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.complaints.application.SmsIntake;
import id.balai.complaints.domain.SmsReplies;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.interfaces.PublicGuards;
import id.balai.platform.interfaces.RequestInfo;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

/**
 * Kannel's sms-service {@code get-url} (SPIKM Pasal 5a, 8):
 * {@code /api/sms/kannel/inbound?from=%p&to=%P&text=%a&time=%t&token=…}. The plain-text answer is the reply SMS
 * that Kannel sends to the citizen. Only the gateway may call it: the caller's address must be in
 * {@code BALAI_SMS_INBOUND_ALLOWED} and, when {@code BALAI_SMS_INBOUND_TOKEN} is set, the token must match;
 * anyone else gets a 403, since a caller here files reports in any citizen's name.
 */
@Path("/sms/kannel/inbound")
@RequestScoped
@PermitAll
@Tag(name = "SMS gateway", description = "Masukan SMS dari Kannel / SMS in from the Kannel gateway")
public class KannelSmsResource {
    private static final String LOOPBACK = "127.0.0.1,0:0:0:0:0:0:0:1";

    @Inject
    SmsIntake intake;

    @Inject
    RequestInfo request;

    @Inject
    PublicGuards guards;

    @Inject
    Config config;

    @GET
    @Produces("text/plain;charset=UTF-8")
    @Operation(summary = "SMS masuk / An SMS to a tenant's hotline; the answer is the reply SMS",
            description = "For the gateway only (address list and token); others get 403 SMS_GATEWAY_NOT_ALLOWED.")
    public String inbound(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("text") @MultiLine String text, @QueryParam("time") String time, @QueryParam("token") String token) {
        requireGateway(token);
        if (from != null && limited(from)) {
            return SmsReplies.tryLater();
        }
        return intake.receive(new SmsIntake.InboundSms(from, to, text, time), request.requestId());
    }

    private void requireGateway(String token) {
        Set<String> allowed = Arrays.stream(config.getOptionalValue("BALAI_SMS_INBOUND_ALLOWED", String.class)
                .orElse(LOOPBACK).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        boolean addressOk = allowed.contains("*") || allowed.contains(request.clientAddress());
        Optional<String> expected = config.getOptionalValue("BALAI_SMS_INBOUND_TOKEN", String.class);
        boolean tokenOk = expected.isEmpty() || (token != null && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8)));
        if (!addressOk || !tokenOk) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "SMS_GATEWAY_NOT_ALLOWED",
                    Message.of("Hanya gerbang SMS yang terdaftar yang boleh memanggil alamat ini.",
                            "Only the configured SMS gateway may call this address."));
        }
    }

    /**
     * At most {@code BALAI_SMS_PER_SENDER_PER_HOUR} (30) messages per sender and hour, so that one phone cannot
     * flood the queue. The bucket's key is a digest: the rate-limit table holds no phone number in clear.
     */
    private boolean limited(String from) {
        return !guards.tryLimit(PublicGuards.Limit.SMS_PER_SENDER, digest(from.replaceAll("\\D", "")));
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
