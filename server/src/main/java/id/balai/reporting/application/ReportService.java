package id.balai.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.ReportType;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.Journal;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PeriodicReport;
import id.balai.reporting.domain.ReportErrors;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Builds SPIKM's oversight reports, each in one read transaction in the tenant's scope, on the tenant's days (its
 * time zone). Names of units and categories come from the tenant's file.
 */
@ApplicationScoped
public class ReportService {
    /** The whole period, for exports: {@link Period#MAX_DAYS} bounds it. */
    private static final int EXPORT_LIMIT = Integer.MAX_VALUE;

    @Inject
    TenantTransactions scope;

    @Inject
    ReportFigures queries;

    /** An agency's journal (SPIKM Pasal 7h), a page of it; an unknown unit is a 400. */
    public Journal journal(Tenant tenant, String unit, Period period, int offset, int limit, Instant now) {
        String name = unitNames(tenant).get(unit);
        if (name == null) {
            throw ReportErrors.invalid("UNKNOWN_ORG_UNIT", "Unit organisasi tidak dikenal.", "Unknown org unit.",
                    "unit");
        }
        ZoneId zone = tenant.zone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return scope.call(tenant.id(), () -> new Journal(unit, name, period,
                queries.journal(tenant.id(), unit, period, zone, today, offset, limit),
                queries.journalSize(tenant.id(), unit, period, zone)));
    }

    /** The whole journal of the period, for CSV and XLSX. */
    public Journal journal(Tenant tenant, String unit, Period period, Instant now) {
        return journal(tenant, unit, period, 0, EXPORT_LIMIT, now);
    }

    /** The day's digest for the regent through the Sekda (SPIKM Pasal 3(2)). */
    public Digest digest(Tenant tenant, LocalDate day) {
        ZoneId zone = tenant.zone();
        return scope.call(tenant.id(), () -> Digest.assemble(day, unitNames(tenant),
                queries.receivedOn(tenant.id(), day), queries.dispatchedOn(tenant.id(), day, zone),
                queries.answeredOn(tenant.id(), day, zone), queries.overdueOn(tenant.id(), day, zone)));
    }

    /** The periodic report (SPIKM Pasal 5e, 7n) on the cases received in the period. */
    public PeriodicReport periodic(Tenant tenant, Period period) {
        Map<String, String> units = unitNames(tenant);
        Map<String, String> categories = new LinkedHashMap<>();
        tenant.definition().complaintCategories().forEach(c -> categories.put(c.code(), c.name()));
        return scope.call(tenant.id(), () -> {
            Object[] times = queries.answerTimes(tenant.id(), period);
            return new PeriodicReport(period, ((Number) times[0]).longValue(), ((Number) times[1]).longValue(),
                    labelled(queries.countBy(tenant.id(), period, "type"), k -> typeLabel(ReportType.valueOf(k))),
                    labelled(queries.countBy(tenant.id(), period, "channel"),
                            k -> channelLabel(Channel.valueOf(k))),
                    labelled(queries.countBy(tenant.id(), period, "category_code"),
                            k -> categories.getOrDefault(k, "Tanpa kategori / No category")),
                    labelled(queries.countByAgency(tenant.id(), period), k -> units.getOrDefault(k, k)),
                    queries.countBy(tenant.id(), period, "status"), hours(times[2]), hours(times[3]),
                    hours(times[4]));
        });
    }

    /** The tenant's units by code, in the order of its tree. */
    static Map<String, String> unitNames(Tenant tenant) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TenantDefinition.PlacedUnit p : tenant.definition().flattenedUnits()) {
            names.put(p.unit().code(), p.unit().name());
        }
        return names;
    }

    private static List<PeriodicReport.Count> labelled(List<PeriodicReport.Count> counts,
            Function<String, String> label) {
        return counts.stream().map(c -> new PeriodicReport.Count(c.key(), label.apply(c.key()), c.count())).toList();
    }

    private static Double hours(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }

    static String typeLabel(ReportType type) {
        return switch (type) {
            case STATEMENT -> "Informasi/berita";
            case COMPLAINT -> "Pengaduan";
            case CRITICISM -> "Kritik";
            case QUESTION -> "Pertanyaan";
            case SUGGESTION -> "Saran";
        };
    }

    static String channelLabel(Channel channel) {
        return switch (channel) {
            case WEB -> "Situs web";
            case SMS -> "SMS";
            case WALK_IN -> "Langsung";
            case EMAIL -> "E-mail";
            case WHATSAPP -> "WhatsApp";
            case SP4N_LAPOR -> "SP4N-LAPOR!";
        };
    }
}
