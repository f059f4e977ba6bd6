package id.balai.complaints.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.audit.application.AuditLog;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintErrors;
import id.balai.complaints.domain.Dispatch;
import id.balai.complaints.domain.ResponseTemplate;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Response templates (issue 17 item 5): the regency administrator keeps the regency-wide ones and may keep an
 * agency's; an agency operator keeps its own agency's only. An officer starts an answer, a response or a
 * clarification request from one, filled from the case. Changes are audited.
 */
@ApplicationScoped
public class ResponseTemplates {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("id-ID"));

    @Inject
    TenantTransactions scope;

    @Inject
    TemplateRecords templates;

    @Inject
    ComplaintRecords complaints;

    @Inject
    AuditLog audit;

    /** A template to store: its owner (empty: regency-wide), purpose, name and body. */
    public record Draft(Optional<String> orgUnit, ResponseTemplate.Purpose purpose, String name, String body) {
    }

    /**
     * The templates {@code unit}'s operators may use (regency-wide and their agency's); every template when
     * {@code unit} is empty.
     */
    @Transactional
    public List<ResponseTemplate> list(Tenant tenant, Optional<String> unit) {
        return scope.call(tenant.id(), () -> templates.list(tenant.id(), unit));
    }

    @Transactional
    public ResponseTemplate create(Tenant tenant, Draft d, Actor actor) {
        return scope.call(tenant.id(), () -> store(tenant, UUID.randomUUID(), d, actor, "RESPONSE_TEMPLATE_CREATED"));
    }

    /**
     * Replaces a template's purpose, name and body; its owner stays. {@code unit}: the agency an operator acts for
     * (another agency's template, or a regency-wide one, is refused), empty for the regency administrator.
     */
    @Transactional
    public ResponseTemplate update(Tenant tenant, UUID id, Draft d, Optional<String> unit, Actor actor) {
        return scope.call(tenant.id(), () -> {
            ResponseTemplate t = owned(tenant, id, unit);
            return store(tenant, id, new Draft(t.orgUnit(), d.purpose(), d.name(), d.body()), actor,
                    "RESPONSE_TEMPLATE_CHANGED");
        });
    }

    @Transactional
    public void delete(Tenant tenant, UUID id, Optional<String> unit, Actor actor) {
        scope.run(tenant.id(), () -> {
            ResponseTemplate t = owned(tenant, id, unit);
            templates.delete(tenant.id(), id);
            audit.record(tenant.id(), actor, "RESPONSE_TEMPLATE_DELETED", "response_template", id.toString(),
                    Map.of("name", t.name(), "purpose", t.purpose().name()));
        });
    }

    /**
     * The template's text filled from case {@code complaintId}. {@code unit}: the agency an operator acts for, whose
     * case it must be and whose (or the regency's) template; empty for the central administrator.
     */
    @Transactional
    public String fill(Tenant tenant, UUID templateId, UUID complaintId, Optional<String> unit) {
        return scope.call(tenant.id(), () -> {
            ResponseTemplate t = templates.find(tenant.id(), templateId).filter(x -> x.usableBy(unit))
                    .orElseThrow(ResponseTemplates::notFound);
            Complaint c = complaints.get(tenant.id(), complaintId);
            if (unit.isPresent() && !c.involves(unit.get())) {
                throw ComplaintErrors.notFound();
            }
            LocalDate today = Now.instant().atZone(tenant.zone()).toLocalDate();
            return t.fill(values(tenant, c, unit, today));
        });
    }

    /** What the placeholders of {@link ResponseTemplate#PLACEHOLDERS} stand for in case {@code c}. */
    static Map<String, String> values(Tenant tenant, Complaint c, Optional<String> unit, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("nomor", c.trackingNumber());
        v.put("judul", c.workingTitle());
        v.put("tanggal", LONG_DATE.format(today));
        v.put("diterima", LONG_DATE.format(c.receivedOn()));
        tenant.definition().complaintCategories().stream().filter(k -> k.code().equals(c.category())).findFirst()
                .map(TenantDefinition.ComplaintCategory::name).ifPresent(n -> v.put("kategori", n));
        List<String> units = unit.map(List::of).orElseGet(() -> c.dispatches().stream().map(Dispatch::orgUnit)
                .distinct().toList());
        if (!units.isEmpty()) {
            v.put("unit", units.stream().map(u -> unitName(tenant, u)).collect(Collectors.joining(", ")));
        }
        unit.flatMap(u -> c.dispatches().stream().filter(d -> d.orgUnit().equals(u) && d.status().isActive())
                .findFirst()).ifPresent(d -> v.put("tenggat", LONG_DATE.format(d.dueOn())));
        return v;
    }

    private static String unitName(Tenant tenant, String code) {
        return tenant.definition().flattenedUnits().stream().filter(p -> p.unit().code().equals(code)).findFirst()
                .map(p -> p.unit().name()).orElse(code);
    }

    private ResponseTemplate owned(Tenant tenant, UUID id, Optional<String> unit) {
        ResponseTemplate t = templates.find(tenant.id(), id).filter(x -> x.usableBy(unit))
                .orElseThrow(ResponseTemplates::notFound);
        if (unit.isPresent() && t.orgUnit().isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "REGENCY_TEMPLATE",
                    Message.of("Templat tingkat kabupaten hanya diubah oleh admin kabupaten.",
                            "Only the regency administrator changes a regency-wide template."));
        }
        return t;
    }

    private ResponseTemplate store(Tenant tenant, UUID id, Draft d, Actor actor, String action) {
        if (templates.nameTaken(tenant.id(), d.orgUnit(), d.purpose(), d.name(), id)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "TEMPLATE_NAME_TAKEN",
                    Message.of("Sudah ada templat dengan nama ini untuk keperluan yang sama.",
                            "A template of this name and purpose already exists."), "name");
        }
        ResponseTemplate t = new ResponseTemplate(tenant.id(), id, d.orgUnit(), d.purpose(), d.name(), d.body(),
                Now.instant(), actor.id());
        templates.upsert(t);
        audit.record(tenant.id(), actor, action, "response_template", id.toString(),
                Map.of("name", d.name(), "purpose", d.purpose().name(), "orgUnit", d.orgUnit().orElse("")));
        return t;
    }

    private static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "TEMPLATE_NOT_FOUND",
                Message.of("Templat tidak ditemukan.", "Template not found."));
    }
}
