package id.balai.information.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.domain.Objection;
import id.balai.platform.domain.TenantId;

/**
 * The port to one regency's objections to the head of the PPID (Perbup Pasal 26-27). The adapter is
 * {@code information.infrastructure.ObjectionRepository}.
 */
public interface ObjectionRecords {

    /** How an upheld answer was carried out (Perbup Pasal 18(3)d.2). */
    public record Implementation(java.time.LocalDate carriedOutOn, String note) {
    }

    void insert(Objection o);

    void save(Objection o);

    Objection get(TenantId tenant, UUID id);

    /** Locks the objection's row until the transaction ends: disputes on one objection are recorded one at a time. */
    void lock(TenantId tenant, UUID id);

    List<Objection> ofRequest(TenantId tenant, UUID requestId);

    /** Named query: objections still unanswered, due on or before {@code dueBy}, earliest first. */
    List<Objection> openDue(TenantId tenant, LocalDate dueBy, int offset, int limit);

    /** An Atasan PPID's queue: objections in one status, the earliest answer date first. */
    List<Objection> byStatus(TenantId tenant, String status, int offset, int limit);

    /**
     * The objections queue searched on the server: in one status (null: any), and with {@code q}, the objection of
     * that register number, the objections to the request of that registration number, or those whose reasons or
     * whose request's words match {@code q} (Indonesian stemming).
     */
    List<Objection> search(TenantId tenant, String status, String q, int offset, int limit);

    /** How many objections {@code q} finds in each status, and how many of the unanswered are overdue on {@code today}. */
    id.balai.information.domain.ObjectionCounts counts(TenantId tenant, String q, LocalDate today);

    Optional<Objection> find(TenantId tenant, UUID id);

    /** Records how the answer was carried out, once: false when it already is. */
    boolean insertImplementation(TenantId t, UUID objection, Implementation i, String by, java.time.Instant at);

    java.util.Optional<Implementation> implementation(TenantId t, UUID objection);
}
