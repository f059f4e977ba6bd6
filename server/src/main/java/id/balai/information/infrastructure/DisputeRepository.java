package id.balai.information.infrastructure;

import static id.balai.information.infrastructure.InformationRequestRepository.date;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.balai.information.domain.Dispute;
import id.balai.information.domain.InformationErrors;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Stores disputes (Perbup Pasal 26); the stages and facilitation tasks are in {@code details}. The Commission's case
 * number is in {@code details} and, since V0047, in its own column under a unique index: one row per Commission case.
 */
@ApplicationScoped
public class DisputeRepository {
    private static final String COLUMNS = """
            id, objection_id, request_id, register_number, filed_on, details::text, version
            """;

    /** What the row keeps beside its indexed columns. */
    public record Details(String commissionCaseNumber, List<Dispute.StageRecord> stages, Dispute.Outcome outcome,
            LocalDate decidedOn, String decisionSummary, Boolean complied, LocalDate complianceOn,
            String complianceNote, List<Dispute.Task> tasks) {
    }

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /**
     * Inserts a new dispute. A Commission case number already stored in the tenant (by a concurrent filing that
     * committed first) is refused by the unique index {@code (tenant_id, commission_case_number)}: 409
     * DISPUTE_ALREADY_RECORDED, nothing stored.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Dispute d) {
        int n = em.createNativeQuery("""
                insert into information_dispute (tenant_id, id, objection_id, request_id, register_number, filed_on,
                    stage, details, commission_case_number)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, cast(?8 as jsonb), ?9)
                on conflict (tenant_id, commission_case_number) do nothing
                """).setParameter(1, d.tenant().value()).setParameter(2, d.id()).setParameter(3, d.objectionId())
                .setParameter(4, d.requestId()).setParameter(5, d.registerNumber())
                .setParameter(6, Date.valueOf(d.filedOn())).setParameter(7, d.stage().name())
                .setParameter(8, JsonColumns.write(details(d))).setParameter(9, d.commissionCaseNumber())
                .executeUpdate();
        if (n != 1) {
            throw InformationErrors.conflict("DISPUTE_ALREADY_RECORDED", "Perkara Komisi Informasi nomor "
                    + d.commissionCaseNumber() + " sudah dicatat sebagai sengketa.", "Information Commission case "
                    + d.commissionCaseNumber() + " is already recorded as a dispute.", "commissionCaseNumber");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Dispute d) {
        int n = em.createNativeQuery("""
                update information_dispute set stage = ?3, outcome = ?4, decided_on = cast(?5 as date),
                    complied = cast(?6 as boolean), details = cast(?7 as jsonb), version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?8
                """).setParameter(1, d.tenant().value()).setParameter(2, d.id()).setParameter(3, d.stage().name())
                .setParameter(4, d.outcome().map(Enum::name).orElse(null))
                .setParameter(5, d.decidedOn().map(LocalDate::toString).orElse(null))
                .setParameter(6, d.complied().map(Object::toString).orElse(null))
                .setParameter(7, JsonColumns.write(details(d))).setParameter(8, d.version()).executeUpdate();
        if (n != 1) {
            throw InformationErrors.conflict("CHANGED_MEANWHILE",
                    "Data ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                    "Someone else changed this just now. Reload and try again.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Dispute get(TenantId tenant, UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_dispute where tenant_id = ?1 and "
                + "id = ?2").setParameter(1, tenant.value()).setParameter(2, id), tenant).stream().findFirst()
                .orElseThrow(() -> InformationErrors.notFound("dispute"));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Dispute> ofObjection(TenantId tenant, UUID objectionId) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_dispute where tenant_id = ?1 and "
                + "objection_id = ?2 order by filed_on").setParameter(1, tenant.value()).setParameter(2, objectionId),
                tenant);
    }

    /** The disputes on {@code objectionId} and any with {@code commissionCaseNumber} (when given). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Dispute> recorded(TenantId tenant, UUID objectionId, String commissionCaseNumber) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from information_dispute where tenant_id = ?1 and "
                + "(objection_id = ?2 or commission_case_number = cast(?3 as varchar)) order by filed_on")
                .setParameter(1, tenant.value()).setParameter(2, objectionId).setParameter(3, commissionCaseNumber),
                tenant);
    }

    private static Details details(Dispute d) {
        return new Details(d.commissionCaseNumber(), d.stages(), d.outcome().orElse(null),
                d.decidedOn().orElse(null), d.decisionSummary().orElse(null), d.complied().orElse(null),
                d.complianceOn().orElse(null), d.complianceNote().orElse(null), d.tasks());
    }

    @SuppressWarnings("unchecked")
    private List<Dispute> rows(Query q, TenantId tenant) {
        List<Object[]> rows = q.getResultList();
        return rows.stream().map(o -> {
            Details d = JsonColumns.read(o[5], Details.class);
            return new Dispute((UUID) o[0], tenant, (UUID) o[1], (UUID) o[2], (String) o[3],
                    d.commissionCaseNumber(), date(o[4]), d.stages(), d.outcome(), d.decidedOn(), d.decisionSummary(),
                    d.complied(), d.complianceOn(), d.complianceNote(), d.tasks(), ((Number) o[6]).intValue());
        }).toList();
    }
}
