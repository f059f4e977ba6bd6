package id.balai.information.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.balai.information.application.DisputeRecords;
import id.balai.information.domain.Dispute;
import id.balai.information.domain.InformationErrors;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Stores disputes (Perbup Pasal 26); the stages and facilitation tasks are in {@code details}. The Commission's case
 * number is in {@code details} and, since V0047, in its own column under a unique index: one row per Commission case.
 */
@ApplicationScoped
public class DisputeRepository implements DisputeRecords {
    private static final String COLUMNS = """
            id, objection_id, request_id, register_number, filed_on, details::text, version
            """;

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /**
     * Inserts a new dispute. A Commission case number already stored in the tenant (by a concurrent filing that
     * committed first) is refused by the unique index {@code (tenant_id, commission_case_number)}: 409
     * DISPUTE_ALREADY_RECORDED, nothing stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Dispute d) {
        int n = Sql.of(em, """
                insert into information_dispute (tenant_id, id, objection_id, request_id, register_number, filed_on,
                    stage, details, commission_case_number)
                values (:tenant, :id, :objection, :request, :number, :filedOn, :stage, cast(:details as jsonb),
                    :caseNumber)
                on conflict (tenant_id, commission_case_number) do nothing
                """).set("tenant", d.tenant().value()).set("id", d.id()).set("objection", d.objectionId())
                .set("request", d.requestId()).set("number", d.registerNumber()).set("filedOn", d.filedOn())
                .set("stage", d.stage()).set("details", JsonColumns.write(details(d)))
                .set("caseNumber", d.commissionCaseNumber(), String.class).execute();
        if (n != 1) {
            throw InformationErrors.conflict("DISPUTE_ALREADY_RECORDED", "Perkara Komisi Informasi nomor "
                    + d.commissionCaseNumber() + " sudah dicatat sebagai sengketa.", "Information Commission case "
                    + d.commissionCaseNumber() + " is already recorded as a dispute.", "commissionCaseNumber");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Dispute d) {
        int n = Sql.of(em, """
                update information_dispute set stage = :stage, outcome = :outcome, decided_on = :decidedOn,
                    complied = :complied, details = cast(:details as jsonb), version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """).set("tenant", d.tenant().value()).set("id", d.id()).set("stage", d.stage())
                .set("outcome", d.outcome().orElse(null), Dispute.Outcome.class)
                .set("decidedOn", d.decidedOn().orElse(null), LocalDate.class)
                .set("complied", d.complied().orElse(null), Boolean.class)
                .set("details", JsonColumns.write(details(d))).set("version", d.version()).execute();
        if (n != 1) {
            throw InformationErrors.conflict("CHANGED_MEANWHILE",
                    "Data ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                    "Someone else changed this just now. Reload and try again.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Dispute get(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from information_dispute where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).first(o -> dispute(o, tenant))
                .orElseThrow(() -> InformationErrors.notFound("dispute"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Dispute> ofObjection(TenantId tenant, UUID objectionId) {
        return Sql.of(em, "select " + COLUMNS + " from information_dispute where tenant_id = :tenant and "
                + "objection_id = :objection order by filed_on").set("tenant", tenant.value())
                .set("objection", objectionId).list(o -> dispute(o, tenant));
    }

    /** The disputes on {@code objectionId} and any with {@code commissionCaseNumber} (when given). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Dispute> recorded(TenantId tenant, UUID objectionId, String commissionCaseNumber) {
        return Sql.of(em, "select " + COLUMNS + " from information_dispute where tenant_id = :tenant and "
                + "(objection_id = :objection or commission_case_number = :caseNumber) order by filed_on")
                .set("tenant", tenant.value()).set("objection", objectionId)
                .set("caseNumber", commissionCaseNumber, String.class).list(o -> dispute(o, tenant));
    }

    private static Details details(Dispute d) {
        return new Details(d.commissionCaseNumber(), d.stages(), d.outcome().orElse(null),
                d.decidedOn().orElse(null), d.decisionSummary().orElse(null), d.complied().orElse(null),
                d.complianceOn().orElse(null), d.complianceNote().orElse(null), d.tasks());
    }

    private static Dispute dispute(Sql.Row o, TenantId tenant) {
        Details d = JsonColumns.read(o.raw(5), Details.class);
        return new Dispute(o.uuid(0), tenant, o.uuid(1), o.uuid(2), o.text(3), d.commissionCaseNumber(), o.date(4),
                d.stages(), d.outcome(), d.decidedOn(), d.decisionSummary(), d.complied(), d.complianceOn(),
                d.complianceNote(), d.tasks(), o.integer(6));
    }
}
