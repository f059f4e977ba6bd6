package id.balai.platform.interfaces;

import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.jwt.JsonWebToken;

import id.balai.platform.domain.Actor;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in caller of this request, from the verified token. */
@RequestScoped
public class Caller {

    @Inject
    JsonWebToken jwt;

    @Inject
    RequestInfo request;

    public UUID accountId() {
        return UUID.fromString(jwt.getSubject());
    }

    public Optional<TenantId> tenant() {
        String t = jwt.getClaim("tenant");
        return Optional.ofNullable(t).map(TenantId::new);
    }

    public UUID sessionId() {
        return UUID.fromString(jwt.getClaim("sid"));
    }

    public String roles() {
        return String.join(",", jwt.getGroups().stream().sorted().toList());
    }

    /** The caller as the audit trail names it. */
    public Actor actor() {
        return new Actor(accountId().toString(), roles(), request.requestId());
    }
}
