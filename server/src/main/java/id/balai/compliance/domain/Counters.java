package id.balai.compliance.domain;

/**
 * The summed day counters of one tenant over a period (table compliance_day). "Due" counts the cases whose clock has
 * run out or that were handled: a request still inside its notice period is neither late nor on time yet.
 */
public record Counters(long requests, long requestsDue, long noticed, long noticedInTime, long noticedInExtension,
        long objections, long objectionsDue, long objectionsAnsweredInTime, long disputes, long complaints,
        long complaintsDue, long complaintsVerifiedInTime, long complaintsClosed, long dispatchesDue,
        long dispatchesInTime, long ratingSum, long ratingCount, long[] noticeDays) {

    public static Counters empty() {
        return new Counters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new long[NoticeHistogram.BUCKETS]);
    }
}
