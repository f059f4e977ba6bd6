package id.balai.complaints.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.Publication;
import id.balai.platform.domain.TenantId;

/**
 * The port to what the central administrator published of a case: the moderated text, the photos chosen and the
 * location shown. The adapter is {@code complaints.infrastructure.PublicationRepository}.
 */
public interface Publications {

    Optional<Publication> find(TenantId tenant, UUID complaint);

    void save(Publication p);

    /**
     * Appends a line to the report's moderation log as its next one. The caller holds the report's row
     * ({@code ComplaintRepository.lock} or an update of it), so two acts on one report cannot take the same number.
     */
    void appendLog(TenantId tenant, UUID complaint, Publication.LogEntry e);

    /** The moderation log of a report, oldest first. */
    List<Publication.LogEntry> log(TenantId tenant, UUID complaint);
}
