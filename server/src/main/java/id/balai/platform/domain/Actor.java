package id.balai.platform.domain;

import java.util.Objects;

/**
 * Who acts: an officer, a platform account, a citizen (anonymous, by channel) or the system itself.
 *
 * @param id        the account id, or a label such as {@code citizen:web} or {@code system:bootstrap}
 * @param roles     the roles held while acting, comma-separated
 * @param requestId the request this happened in, if any
 */
public record Actor(String id, String roles, String requestId) {
    public static final Actor SYSTEM = new Actor("system", "", null);

    public Actor {
        Objects.requireNonNull(id, "id");
        roles = roles == null ? "" : roles;
    }
}
