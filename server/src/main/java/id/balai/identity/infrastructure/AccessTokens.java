package id.balai.identity.infrastructure;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.eclipse.microprofile.config.Config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import id.balai.identity.application.TokenIssuer;
import id.balai.identity.application.TokenKeys;
import id.balai.identity.domain.Account;
import id.balai.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Issues the access tokens that every API verifies with MicroProfile JWT: RS256, with {@code iss}, {@code aud},
 * a short {@code exp}, {@code groups} (the roles), {@code tenant}, {@code orgUnit}, {@code province} and the
 * session id {@code sid}. This is the token-issuer port's built-in adapter; a regency's own OpenID Connect
 * provider can replace it (docs/security.md).
 */
@ApplicationScoped
public class AccessTokens implements TokenKeys, TokenIssuer {

    @Inject
    Config config;

    @Inject
    IdentitySettings settings;

    private volatile SigningKeys keys;

    /** Loads (or on first start creates) the signing keys; called at start-up, before any request. */
    @Override
    public void loadKeys() {
        keys = SigningKeys.loadOrCreate(
                Path.of(config.getValue("BALAI_JWT_PRIVATE_KEY_LOCATION", String.class)),
                Path.of(config.getValue("BALAI_JWT_PUBLIC_KEY_LOCATION", String.class)));
    }

    public Issued issue(Account account, UUID sessionId) {
        return issue(account, sessionId, null);
    }

    /**
     * @param restriction what alone the session may do before anything else ({@code PASSWORD_CHANGE},
     *                    {@code TOTP_ENROLMENT}), as claim {@code restricted}; null for none
     */
    public Issued issue(Account account, UUID sessionId, String restriction) {
        Instant now = Instant.now();
        Instant exp = now.plus(settings.accessTokenLifetime());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(IdentitySettings.AUDIENCE)
                .subject(account.id().toString())
                .claim("upn", account.username())
                .claim("name", account.displayName())
                .claim("groups", account.roles().stream().map(Role::name).sorted().toList())
                .claim("sid", sessionId.toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(exp));
        account.tenant().ifPresent(t -> claims.claim("tenant", t.value()));
        account.orgUnit().ifPresent(u -> claims.claim("orgUnit", u));
        account.provinceCode().ifPresent(p -> claims.claim("province", p));
        if (restriction != null) {
            claims.claim("restricted", restriction);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID(keys.keyId()).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
        return new Issued(jwt.serialize(), exp);
    }
}
