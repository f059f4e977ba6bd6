package id.balai.compliance.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import id.balai.audit.application.AuditLog;
import id.balai.compliance.domain.Band;
import id.balai.compliance.domain.Counters;
import id.balai.compliance.domain.Indicator;
import id.balai.compliance.domain.Snapshot;
import id.balai.compliance.domain.TenantIndicators;
import id.balai.compliance.domain.Weights;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.TenantRegistry;
import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The provincial admin's view: the province's tenants with every indicator, the composite and its band, per period,
 * read only from the aggregate tables (compliance_day, compliance_snapshot) in a transaction bound to the province.
 * Another province's tenant is never listed and its drill-down is "not found".
 */
@ApplicationScoped
public class ProvincialCompliance {
    /** What every answer says about itself. */
    public static final Message DISCLAIMER = Message.of(
            "Dihitung dari catatan Balai; bukan nilai resmi Komisi Informasi (e-Monev).",
            "Computed from Balai's records; not the Information Commission's official (e-Monev) score.");

    @Inject
    ComplianceRecords store;

    @Inject
    TenantRegistry registry;

    @Inject
    AuditLog audit;

    /** One tenant's line of the table. */
    public record Row(String slug, String name, String status, TenantIndicators indicators,
            Map<Indicator, Double> scores, Double score, Band band) {
    }

    public record Table(String province, LocalDate from, LocalDate to, Weights weights, List<Row> rows) {
    }

    /** One tenant's aggregates per month of the period (counts only). */
    public record Drill(Row row, Map<String, TenantIndicators> months) {
    }

    @Transactional
    public Table table(String province, LocalDate from, LocalDate to, LocalDate today) {
        store.enterProvince(province);
        Weights w = store.weights(province).orElse(Weights.defaults());
        List<Tenant> tenants = tenantsOf(province);
        List<String> slugs = tenants.stream().map(t -> t.id().value()).toList();
        Map<String, Counters> sums = slugs.isEmpty() ? Map.of() : store.sums(slugs, from, to);
        Map<String, Snapshot> snaps = slugs.isEmpty() ? Map.of() : store.snapshots(slugs);
        List<Row> rows = new ArrayList<>();
        for (Tenant t : tenants) {
            String s = t.id().value();
            rows.add(row(t, sums.getOrDefault(s, Counters.empty()), snaps.get(s), to, today, w));
        }
        return new Table(province, from, to, w, rows);
    }

    @Transactional
    public Drill tenant(String province, String slug, LocalDate from, LocalDate to, LocalDate today) {
        Tenant t = tenantsOf(province).stream().filter(x -> x.id().value().equals(slug)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "TENANT_NOT_FOUND",
                        Message.of("Kabupaten/kota tidak ditemukan.", "Regency not found."), "slug"));
        store.enterProvince(province);
        Weights w = store.weights(province).orElse(Weights.defaults());
        Counters sum = store.sums(List.of(slug), from, to).getOrDefault(slug, Counters.empty());
        Snapshot snap = store.snapshots(List.of(slug)).get(slug);
        Map<String, TenantIndicators> months = new LinkedHashMap<>();
        store.monthly(slug, from, to).forEach((m, c) -> months.put(m, TenantIndicators.compute(c, null,
                to.getYear() - 1, to, today)));
        return new Drill(row(t, sum, snap, to, today, w), months);
    }

    @Transactional
    public Weights weights(String province) {
        return store.weights(province).orElse(Weights.defaults());
    }

    @Transactional
    public Weights saveWeights(String province, Weights w, Actor actor) {
        store.saveWeights(province, w, actor.id());
        audit.recordPlatform(actor, "COMPLIANCE_WEIGHTS_CHANGED", "province", province, w.asMap());
        return w;
    }

    private Row row(Tenant t, Counters c, Snapshot s, LocalDate periodEnd, LocalDate today, Weights w) {
        RegulationParameters p = t.definition().parameters();
        int fiscalYear = periodEnd.getYear() - 1;
        LocalDate fyEnd = LocalDate.of(fiscalYear, p.fiscalYear().startMonth(), 1).plusYears(1).minusDays(1);
        LocalDate llidDue = fyEnd.plusDays(1).plusMonths(p.llid().dueMonthsAfterFiscalYear()).minusDays(1);
        TenantIndicators ind = TenantIndicators.compute(c, s, fiscalYear, llidDue, today);
        Map<Indicator, Double> scores = ind.scores();
        OptionalDouble composite = w.composite(scores);
        Double score = composite.isPresent() ? Math.round(composite.getAsDouble() * 10) / 10.0 : null;
        return new Row(t.id().value(), t.definition().name(), t.status().name(), ind, scores, score,
                score == null ? null : Band.of(score));
    }

    /** The province's tenants, by name. */
    public List<Tenant> tenantsOf(String province) {
        return registry.all().stream().filter(t -> t.definition().province().code().equals(province))
                .sorted(Comparator.comparing(t -> t.definition().name())).toList();
    }

    /** Today in the province's first tenant's zone (Asia/Jakarta when it has none). */
    public LocalDate today(String province) {
        ZoneId zone = tenantsOf(province).stream().findFirst().map(Tenant::zone).orElse(ZoneId.of("Asia/Jakarta"));
        return LocalDate.ofInstant(Now.instant(), zone);
    }
}
