package id.balai.complaints.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * The port to the links between Balai's cases and SP4N-LAPOR! reports, and their exchange's state. The adapter is
 * {@code complaints.infrastructure.LaporLinkRepository}.
 */
public interface LaporLinkRecords {

    /** A case with steps still to send, and how often its next send failed. */
    public record Pending(UUID complaintId, String laporId, int sentSeq, int attempts) {
    }

    /** A case as LAPOR! knows it, for the officers. */
    public record Link(UUID complaintId, String origin, String laporId, String laporAgency, String suggestedUnit,
            int sentSeq, int attempts, String lastError, Instant givenUpAt) {
    }

    /** Where the link of a regency stands. */
    public record State(Instant linkedSince, String pullCursor, Instant lastPullAt, String lastPullError) {
    }

    /** Starts the link (reports received from now on are shared) unless it started earlier. */
    void start(TenantId tenant, Instant now);

    Optional<State> state(TenantId tenant);

    /**
     * Enlists the regency's own reports received since the link started and not yet linked: each gets a link row
     * without a LAPOR! id, which the sender shares first. Reports that came from LAPOR! are linked when pulled.
     */
    int enlistNew(TenantId tenant);

    /**
     * Up to {@code limit} links with something to send now (not yet shared, or public events after the last sent),
     * oldest first, locked until the transaction ends.
     */
    List<Pending> lockDue(TenantId tenant, Instant now, int limit);

    /** LAPOR! accepted the shared report under {@code laporId}. */
    void shared(TenantId tenant, UUID complaintId, String laporId);

    /** LAPOR! took the step {@code seq}: it is never sent again (unless this transaction is lost). */
    void sent(TenantId tenant, UUID complaintId, int seq);

    /** A send failed: tried again at {@code retryAt}, or given up when that is empty. */
    void failed(TenantId tenant, UUID complaintId, String error, Instant now, Instant retryAt);

    /** Whether a report LAPOR! dispatched under {@code laporId} is already a case here. */
    boolean knows(TenantId tenant, String laporId);

    /**
     * Links a case made from a report LAPOR! dispatched; false when that report is already linked (pulled twice, or
     * by another instance at once: the unique key decides).
     */
    boolean linkDispatched(TenantId tenant, UUID complaintId, String laporId, String agency, String unit);

    void pulled(TenantId tenant, String cursor, Instant at, String error);

    Optional<Link> find(TenantId tenant, UUID complaintId);

    /** The LAPOR! ids of these cases, for a queue page. */
    Map<UUID, String> laporIds(TenantId tenant, Collection<UUID> complaintIds);

    /** Links whose sending failed, the given-up ones first, at most {@code limit}. */
    List<Link> failing(TenantId tenant, int limit);
}
