package id.balai.information.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequestEvent;
import id.balai.information.domain.RequestStatus;
import id.balai.information.domain.WrittenNotice;
import id.balai.platform.domain.TenantId;

/**
 * The port to one regency's information requests: the aggregate with its steps, the PPID's queues and counts, the
 * clock's work lists and the requester's tracking. Each call joins the caller's transaction, bound to the tenant.
 * The adapter is {@code information.infrastructure.InformationRequestRepository}.
 */
public interface RequestRecords {

    /** What only the request's own page reads. */
    public record Details(RequestContent content, String extensionReason, WrittenNotice notice, String lapsedReason,
            String confirmedVia) {
    }

    public record Page(List<InformationRequest> items, long total) {
    }

    /**
     * Filters of the officers' queue; null means any.
     *
     * @param text       an exact registration number, or words of the information wanted and its purpose
     *                   (Indonesian stemming)
     * @param requesters the requesters the identity search found (empty: no request matches)
     * @param from       received on or after
     * @param to         received on or before
     * @param dueFirst   earliest notice date first, instead of newest first
     */
    public record Filter(RequestStatus status, String orgUnit, RequestChannel channel, String text,
            List<UUID> requesters, LocalDate from, LocalDate to, boolean dueFirst) {
        public Filter(RequestStatus status, String orgUnit) {
            this(status, orgUnit, null, null, null, null, null, false);
        }

        public Filter withRequesters(List<UUID> found) {
            return new Filter(status, orgUnit, channel, text, found, from, to, dueFirst);
        }
    }

    void insert(InformationRequest r, byte[] accessCodeHash);

    void save(InformationRequest r);

    void writeEvents(TenantId tenant, UUID subject, List<RequestEvent> events);

    List<RequestEvent> events(TenantId tenant, UUID subject, boolean publicOnly);

    Optional<InformationRequest> find(TenantId tenant, UUID id);

    InformationRequest get(TenantId tenant, UUID id);

    Optional<InformationRequest> findForRequester(TenantId tenant, String number, byte[] codeHash);

    Page list(TenantId tenant, Filter f, int offset, int limit);

    /** How many requests of the filter (its status aside) are in each status: the numbers on the queue's tabs. */
    java.util.Map<RequestStatus, Long> countByStatus(TenantId tenant, Filter f);

    /**
     * Named query: open requests (registered or routed) whose notice is due on or before {@code dueBy}, earliest
     * first; with {@code after}, only those due after it (due soon = after yesterday, overdue = before today).
     */
    Page openDue(TenantId tenant, LocalDate after, LocalDate dueBy, String orgUnit, int offset, int limit);

    /** E-mailed requests still awaiting confirmation received before {@code day}. */
    List<InformationRequest> unconfirmedBefore(TenantId tenant, LocalDate day, int limit);
}
