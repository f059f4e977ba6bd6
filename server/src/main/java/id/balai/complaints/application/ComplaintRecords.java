package id.balai.complaints.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.DispatchStatus;
import id.balai.complaints.domain.Publication;
import id.balai.platform.domain.TenantId;

/**
 * The port to one regency's complaints: the case aggregate with its dispatches and events, the officers' queues
 * and counts, the clock's work lists, the published record and its map, the duplicate candidates and the
 * identities retention erases. Each call joins the caller's transaction, bound to the tenant. The adapter is
 * {@code complaints.infrastructure.ComplaintRepository}.
 */
public interface ComplaintRecords {

    /** A page of cases for a queue or list. */
    public record Page(List<Complaint> items, long total, java.util.Map<UUID, String> laporIds) {
        public Page(List<Complaint> items, long total) {
            this(items, total, java.util.Map.of());
        }

        /** The same page with the SP4N-LAPOR! tracking ids of its linked cases. */
        public Page withLaporIds(java.util.Map<UUID, String> ids) {
            return new Page(items, total, java.util.Map.copyOf(ids));
        }
    }

    /**
     * Filters of the officers' queues; null means any.
     *
     * @param text      an exact tracking number, or words matched in the title and description with Indonesian
     *                  stemming ({@code websearch_to_tsquery}: quotes, OR and -word work)
     * @param reporters the reporters' references the identity search found (empty: no case matches)
     * @param from      received on or after
     * @param to        received on or before
     */
    public record Filter(ComplaintStatus status, String orgUnit, DispatchStatus dispatchStatus, LocalDate dueBefore,
            Channel channel, String category, String text, List<UUID> reporters, LocalDate from, LocalDate to,
            Sort sort) {
        public Filter(ComplaintStatus status, String orgUnit, DispatchStatus dispatchStatus, LocalDate dueBefore,
                Channel channel) {
            this(status, orgUnit, dispatchStatus, dueBefore, channel, null, null, null, null, null, null);
        }

        /** The same filter without its status, for the counts per status. */
        public Filter anyStatus() {
            return new Filter(null, orgUnit, dispatchStatus, dueBefore, channel, category, text, reporters, from, to,
                    sort);
        }
    }

    /** The orders of a queue; received newest first unless asked otherwise. */
    public enum Sort {
        RECEIVED_DESC,
        RECEIVED_ASC,
        /** The case's next due date: an agency's open part if there is one, else the verification's. */
        DUE_ASC
    }

    /**
     * What public lists may filter on; null means any.
     *
     * @param from         received at or after (Open311's {@code start_date})
     * @param to           received before (Open311's {@code end_date})
     * @param agency       dispatched (at any time) to this org unit
     * @param district     received with a point in this kecamatan (its code)
     * @param village      received with a point in this desa or kelurahan (its code)
     * @param receivedFrom received on this date or later, on the regency's calendar
     * @param receivedTo   received on this date or earlier, on the regency's calendar
     */
    public record PublicFilter(List<String> trackingNumbers, String category, Boolean open, Instant from,
            Instant to, String agency, String district, String village, LocalDate receivedFrom,
            LocalDate receivedTo) {
        public static PublicFilter trackingNumbers(List<String> numbers) {
            return new PublicFilter(numbers, null, null, null, null, null, null, null, null, null);
        }
    }

    /** A published report: the case (for its status, dates and agencies) and its public version. */
    public record Published(Complaint complaint, Publication publication) {
    }

    /** A page of published reports. */
    public record PublishedPage(List<Published> items, long total) {
    }

    /** A published report's point on the public map, with what a marker needs and nothing more. */
    public record PublicPoint(String trackingNumber, String title, double latitude, double longitude, boolean open,
            String category) {
    }

    /** A case whose reporter's identity is to be erased, and that reporter. */
    public record IdentityDue(UUID complaint, UUID reporter) {
    }

    /** Another open report that may duplicate a case: its line, its point and the trigram similarity of the texts. */
    public record DuplicateCandidate(UUID id, String trackingNumber, String title, ComplaintStatus status,
            LocalDate receivedOn, Double latitude, Double longitude, double similarity) {
    }

    void insert(Complaint c, byte[] accessCodeHash);

    /**
     * Holds the report's row until the transaction ends, for a change that does not write it (a photo's blurred
     * version): acts on one report then happen one after the other, as those that write the row do.
     */
    void lock(TenantId tenant, UUID id);

    /** Writes the case's changes: its row (if the version still matches), changed dispatches, new events. */
    void save(Complaint c);

    Optional<Complaint> find(TenantId tenant, UUID id);

    Complaint get(TenantId tenant, UUID id);

    /** A case by its tracking number, if the access code's hash matches: a wrong code is as good as no case. */
    Optional<Complaint> findForReporter(TenantId tenant, String trackingNumber, byte[] accessCodeHash);

    /** A case by its tracking number alone: for callers that check the reporter another way (the SMS sender). */
    Optional<Complaint> findByTrackingNumber(TenantId tenant, String trackingNumber);

    /** The cases of these reporters that wait for the reporter's clarification (issue 16: a reply by SMS). */
    List<Complaint> awaitingClarification(TenantId tenant, List<UUID> reporters);

    /** The case's events in order; {@code publicOnly} for the reporter's tracking page. */
    List<ComplaintEvent> events(TenantId tenant, UUID id, boolean publicOnly);

    /** The cases merged into this one (their reporters get its answer too). */
    List<UUID> mergedInto(TenantId tenant, UUID target);

    /** A queue: filtered, sorted (newest first unless asked otherwise), a page at a time. */
    Page list(TenantId tenant, Filter f, int offset, int limit);

    /**
     * How many cases of the queue's filter (its status aside) are in each status: the numbers on the queue's tabs,
     * one grouped count over the same conditions as {@link #list}.
     */
    java.util.Map<ComplaintStatus, Long> countByStatus(TenantId tenant, Filter f);

    /**
     * How many parts of {@code unit} are in each dispatch status, over the cases of the filter (its status and
     * unit aside): the numbers on an agency operator's tabs.
     */
    java.util.Map<DispatchStatus, Long> countByUnitStatus(TenantId tenant, Filter f, String unit);

    /**
     * The named query of the clock job: cases to close (responded, auto-close date passed), to escalate (verification
     * or an agency's part overdue and not yet escalated) or to remind (an active part due by {@code remindUntil},
     * not yet reminded). Three index scans (auto-close, status and due date, the active parts' due date) joined
     * by a union: one condition with OR and EXISTS read every case of the regency (a quarter of a second per
     * regency at 10 million cases).
     */
    List<UUID> needingTheClock(TenantId tenant, LocalDate today, LocalDate remindUntil, int limit);

    /**
     * The named query "overdue": cases whose verification, or an agency's part (of {@code unit}, if given), is past
     * its due date on {@code today}; oldest due first.
     */
    Page overdue(TenantId tenant, LocalDate today, String unit, int offset, int limit);

    /** Reports for public lists (Open311, the public report pages), newest first. */
    PublishedPage publishedList(TenantId tenant, PublicFilter f, int offset, int limit);

    /**
     * The points of published reports whose public version shows the point (issue 15 item 4), newest first, at most
     * {@code limit}: the columns a map marker needs, not the whole case.
     */
    List<PublicPoint> publishedPoints(TenantId tenant, PublicFilter f, int limit);

    /**
     * Up to {@code limit} ended cases (closed, archived, rejected or merged) that still hold a reporter's identity and
     * ended before {@code cutoff} (a rejected or merged case ends at its receipt), the longest ended first.
     */
    List<IdentityDue> identitiesDue(TenantId tenant, Instant cutoff, int limit);

    /** Marks the case's reporter identity as erased at {@code at}. */
    void markIdentityErased(TenantId tenant, UUID complaint, Instant at);

    /**
     * The regency's open reports received within {@code windowDays} of the case whose title and description are at
     * least {@code minSimilarity} alike (pg_trgm), most alike first (issue 17 item 4).
     */
    List<DuplicateCandidate> duplicateCandidates(TenantId tenant, UUID id, int windowDays, double minSimilarity,
            int limit);
}
