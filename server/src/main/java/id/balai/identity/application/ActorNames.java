package id.balai.identity.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Who acted, for officers' histories: an event records its actor as an account id, or as a label for a citizen
 * ({@code reporter}, {@code requester}, {@code citizen:web}) or the system ({@code system}, {@code system:clock}).
 * Officers are shown by the display name their account has; citizens and the system by a word of the screen, so
 * a reporter's or requester's identity never reaches a history.
 */
@ApplicationScoped
public class ActorNames {

    /** What kind of actor an event names. */
    public enum Kind {
        OFFICER, CITIZEN, SYSTEM
    }

    /**
     * One actor as a history shows it.
     *
     * @param displayName the officer's name in the tenant, or null (a citizen, the system, or an account that is no
     *                    officer of the tenant, such as one above tenants)
     */
    public record Named(String id, Kind kind, String displayName) {
    }

    @Inject
    AccountRecords accounts;

    /** The kind of {@code actor}: an account id is an officer, {@code system…} the system, the rest a citizen. */
    public static Kind kindOf(String actor) {
        if (accountId(actor).isPresent()) {
            return Kind.OFFICER;
        }
        return actor != null && (actor.equals("system") || actor.startsWith("system:")) ? Kind.SYSTEM : Kind.CITIZEN;
    }

    /**
     * Every actor of {@code actors} named, officers' names read in one query of the tenant's own officers; in the
     * caller's tenant-scoped transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Named> of(TenantId tenant, Collection<String> actors) {
        Set<String> distinct = new LinkedHashSet<>(actors);
        Set<UUID> ids = new LinkedHashSet<>();
        distinct.forEach(a -> accountId(a).ifPresent(ids::add));
        Map<UUID, String> names = accounts.officerNames(tenant, ids);
        Map<String, Named> out = new HashMap<>();
        for (String a : distinct) {
            if (a != null) {
                out.put(a, new Named(a, kindOf(a), accountId(a).map(names::get).orElse(null)));
            }
        }
        return out;
    }

    /** The name of {@code actor} in {@code named}, or its kind alone when it was not looked up. */
    public static Named in(Map<String, Named> named, String actor) {
        Named n = named.get(actor);
        return n != null ? n : new Named(actor, kindOf(actor), null);
    }

    private static Optional<UUID> accountId(String actor) {
        if (actor == null || actor.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
