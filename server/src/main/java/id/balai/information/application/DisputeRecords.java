package id.balai.information.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.balai.information.domain.Dispute;
import id.balai.platform.domain.TenantId;

/**
 * The port to one regency's information disputes before the Commission and the courts. The adapter is
 * {@code information.infrastructure.DisputeRepository}.
 */
public interface DisputeRecords {

    /** What the row keeps beside its indexed columns. */
    public record Details(String commissionCaseNumber, List<Dispute.StageRecord> stages, Dispute.Outcome outcome,
            LocalDate decidedOn, String decisionSummary, Boolean complied, LocalDate complianceOn,
            String complianceNote, List<Dispute.Task> tasks) {
    }

    /**
     * Inserts a new dispute. A Commission case number already stored in the tenant (by a concurrent filing that
     * committed first) is refused by the unique index {@code (tenant_id, commission_case_number)}: 409
     * DISPUTE_ALREADY_RECORDED, nothing stored.
     */
    void insert(Dispute d);

    void save(Dispute d);

    Dispute get(TenantId tenant, UUID id);

    List<Dispute> ofObjection(TenantId tenant, UUID objectionId);

    /** The disputes on {@code objectionId} and any with {@code commissionCaseNumber} (when given). */
    List<Dispute> recorded(TenantId tenant, UUID objectionId, String commissionCaseNumber);
}
