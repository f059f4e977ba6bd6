package id.balai.tenancy.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import id.balai.platform.domain.PhoneNumber;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tenants this server instance serves, by slug and by host name: resolved once per request. Replaced as a
 * whole snapshot, so a reader never sees half an update.
 */
@ApplicationScoped
public class TenantRegistry {

    private record Snapshot(Map<String, Tenant> bySlug, Map<String, Tenant> byHost, Map<PhoneNumber, Tenant> bySms) {
    }

    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Map.of());

    public void replaceAll(Collection<Tenant> tenants) {
        Map<String, Tenant> bySlug = new HashMap<>();
        Map<String, Tenant> byHost = new HashMap<>();
        Map<PhoneNumber, Tenant> bySms = new HashMap<>();
        for (Tenant t : tenants) {
            bySlug.put(t.id().value(), t);
            for (String host : t.definition().hosts()) {
                byHost.put(host.toLowerCase(Locale.ROOT), t);
            }
            smsNumber(t).ifPresent(n -> bySms.put(n, t));
        }
        snapshot = new Snapshot(Map.copyOf(bySlug), Map.copyOf(byHost), Map.copyOf(bySms));
    }

    /**
     * The active tenant with this slug; anything else is "not found": unknown or malformed as
     * {@code TENANT_NOT_FOUND}, suspended as {@code TENANT_SUSPENDED} so that its portal can say so (its data stays).
     */
    public Tenant require(String slug) {
        return findActive(slug).orElseThrow(() -> TenantId.isValid(slug) && snapshot.bySlug().containsKey(slug)
                ? TenantNotFoundException.suspended(snapshot.bySlug().get(slug).definition().name())
                : new TenantNotFoundException());
    }

    /** Any tenant with this slug, suspended or not (the platform operator's view). */
    public Optional<Tenant> find(String slug) {
        return TenantId.isValid(slug) ? Optional.ofNullable(snapshot.bySlug().get(slug)) : Optional.empty();
    }

    /** Every tenant, suspended ones too, by slug. */
    public List<Tenant> all() {
        return snapshot.bySlug().values().stream().sorted(Comparator.comparing(t -> t.id().value())).toList();
    }

    public Tenant require(TenantId id) {
        return require(id.value());
    }

    public Optional<Tenant> findActive(String slug) {
        if (!TenantId.isValid(slug)) {
            return Optional.empty();
        }
        return Optional.ofNullable(snapshot.bySlug().get(slug)).filter(Tenant::active);
    }

    /** The active tenant that declared this host name (the port, if any, is ignored). */
    public Optional<Tenant> findByHost(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return Optional.empty();
        }
        String host = hostHeader.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return Optional.ofNullable(snapshot.byHost().get(host)).filter(Tenant::active);
    }

    /**
     * The active tenant whose SMS hotline ({@code channels.smsNumber}) this is, in whatever form the gateway wrote
     * it (08…, 628…, +628…): the receiver of an SMS selects the tenant (SPIKM Pasal 8).
     */
    public Optional<Tenant> findBySmsNumber(String receiver) {
        return PhoneNumber.parse(receiver).map(n -> snapshot.bySms().get(n)).filter(Tenant::active);
    }

    /** The tenant's hotline in E.164, if its file gives a valid one. */
    static Optional<PhoneNumber> smsNumber(Tenant t) {
        return t.definition().channels() == null ? Optional.empty()
                : PhoneNumber.parse(t.definition().channels().smsNumber());
    }

    /** Active tenants, by name. */
    public List<Tenant> active() {
        return snapshot.bySlug().values().stream().filter(Tenant::active)
                .sorted(Comparator.comparing(t -> t.definition().name())).toList();
    }

    public int size() {
        return snapshot.bySlug().size();
    }
}
