package id.balai.platform.interfaces;

import java.util.UUID;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Facts about the current HTTP request that audit entries and rate limits need: a request id (the caller's
 * {@code X-Request-Id} if it looks like one, else a new one) and the client's address (behind the proxies named
 * in {@code BALAI_TRUSTED_PROXIES}).
 */
@RequestScoped
public class RequestInfo {
    private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._-]{8,64}$");

    @Inject
    HttpServletRequest request;

    @Inject
    Config config;

    private String requestId;

    public String requestId() {
        if (requestId == null) {
            String given = request.getHeader("X-Request-Id");
            requestId = given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        }
        return requestId;
    }

    public String clientAddress() {
        return new ClientAddress(config.getOptionalValue("BALAI_TRUSTED_PROXIES", String.class).orElse(""))
                .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
