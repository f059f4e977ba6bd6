package id.balai.tenancy.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.Config;

import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Addresses of a regency's portal pages, for messages that leave Balai (e-mail, SMS, WhatsApp). The base is
 * {@code BALAI_PUBLIC_URL} when set (one address for every regency, e.g. {@code https://balai.example.go.id}, or
 * {@code http://localhost:9080} under {@code ./mvnw -Prun}); otherwise the regency's first host over HTTPS.
 */
@ApplicationScoped
public class PortalLinks {

    @Inject
    Config config;

    /** {@code base/slug/path}: {@code path} without a leading slash, e.g. {@code lacak}. */
    public String page(Tenant tenant, String path) {
        return base(tenant) + "/" + tenant.definition().slug() + (path.isEmpty() ? "" : "/" + path);
    }

    /** The tracking page with the number filled in (never the access code: it stays out of addresses). */
    public String tracking(Tenant tenant, String trackingNumber) {
        return page(tenant, "lacak") + "?nomor=" + URLEncoder.encode(trackingNumber, StandardCharsets.UTF_8);
    }

    /** The PPID request tracking page with the registration number filled in. */
    public String requestTracking(Tenant tenant, String registrationNumber) {
        return page(tenant, "lacak-permohonan") + "?nomor="
                + URLEncoder.encode(registrationNumber, StandardCharsets.UTF_8);
    }

    /** The API address that stops one subscription with a POST (RFC 8058 one-click unsubscribe). */
    public String apiUnsubscribe(Tenant tenant, String token) {
        return base(tenant) + "/api/t/" + tenant.definition().slug() + "/notifications/unsubscribe/" + token;
    }

    private String base(Tenant tenant) {
        String configured = config.getOptionalValue("BALAI_PUBLIC_URL", String.class).map(String::strip)
                .filter(s -> !s.isEmpty()).orElse(null);
        if (configured != null) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        return tenant.definition().hosts().isEmpty() ? "http://localhost:9080"
                : "https://" + tenant.definition().hosts().get(0);
    }
}
