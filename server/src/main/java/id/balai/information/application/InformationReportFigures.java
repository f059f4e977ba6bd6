package id.balai.information.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.balai.information.domain.LlidDelivery;
import id.balai.information.domain.UnitReportSubmission;
import id.balai.platform.domain.TenantId;

/**
 * The port to the figures of the PPID's reports: the LLID and the PPID Pembantu report. The adapter is
 * {@code information.infrastructure.InformationReportQueries}.
 */
public interface InformationReportFigures {

    /** One request as the reports list it: no identity. */
    public record RequestLine(String registrationNumber, LocalDate receivedOn, String channel, String requesterType,
            String status, String outcome, String exemptionGround, String orgUnit, LocalDate noticeDue,
            LocalDate noticeIssuedOn, boolean extended, LocalDate countingStartsOn, java.time.Instant receivedAt) {
    }

    /** The stored text sections of a year's LLID. */
    public record LlidText(String policy, String facilities, String staff, String budget, String obstacles,
            String recommendations, LocalDate publishedOn) {
    }

    /**
     * The request counts of a period, from one pass over its rows (grouping sets): by channel, requester type,
     * status and outcome ({@code -} for none), in all, extended, late, and how many notices were issued for each pair
     * of receipt and notice dates (the working days between them are counted on the regency's calendar by the
     * caller: a year has a few thousand such pairs, not 100 000 requests).
     */
    public record RequestCounts(Map<String, Map<String, Long>> byColumn, long total, long extended, long late,
            List<NoticeSpan> noticeSpans) {
        public Map<String, Long> by(String column) {
            return byColumn.getOrDefault(column, Map.of());
        }
    }

    /**
     * {@code count} notices with {@code outcome} issued on {@code issuedOn} for requests whose clock started on
     * {@code countingStartsOn}.
     */
    public record NoticeSpan(String outcome, LocalDate countingStartsOn, LocalDate issuedOn, long count) {
    }

    RequestCounts requestCounts(TenantId t, LocalDate from, LocalDate to, String unit, LocalDate today);

    /** The first {@code limit} requests of the period in the order of receipt. */
    List<RequestLine> requestLines(TenantId t, LocalDate from, LocalDate to, String unit, int limit);

    /**
     * Every request line of the period, in the order of {@link #requestLines}, handed to {@code each} as it is read:
     * a cursor (1 000 rows at a time) in a read-only transaction of its own, bound to the tenant, so that a report of
     * 100 000 requests is written as it is read and never held whole. Outside any JTA transaction (a download is
     * written after its resource method returns).
     */
    void eachRequestLine(TenantId t, LocalDate from, LocalDate to, String unit,
            java.util.function.Consumer<RequestLine> each);

    /** Pasal 18(3): the items of public information given, as released documents of the period's requests. */
    long releasedDocuments(TenantId t, LocalDate from, LocalDate to, String unit);

    /** Pasal 18(3)d.2: the period's upheld objection answers whose carrying out is recorded. */
    long upheldCarriedOut(TenantId t, LocalDate from, LocalDate to);

    Map<String, Long> countObjections(TenantId t, LocalDate from, LocalDate to, String column);

    Map<String, Long> countDisputes(TenantId t, LocalDate from, LocalDate to, String column);

    /** The LLID's deliveries of a fiscal year, in the Perbup's order of recipients. */
    List<LlidDelivery> llidDeliveries(TenantId t, int year);

    /** Records a delivery; a concurrent record of the same recipient is refused by the primary key. */
    void insertLlidDelivery(TenantId t, LlidDelivery d, java.time.Instant at);

    /** Stores a new submission; the same unit and period submitted twice is a 409. */
    void insertSubmission(TenantId t, UnitReportSubmission s);

    /** Writes back the forwarding and the receipt; a concurrent change is a 409. */
    void saveSubmission(TenantId t, UnitReportSubmission s);

    /** The submissions, of one unit when {@code unit} is given, newest period first. */
    List<UnitReportSubmission> submissions(TenantId t, String unit);

    /** The fiscal years whose LLID is published (Perbup Pasal 19), oldest first. */
    List<Integer> publishedLlidYears(TenantId t);

    Optional<LlidText> llidText(TenantId t, int year);

    void saveLlidText(TenantId t, int year, LlidText x);
}
