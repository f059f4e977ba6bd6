package id.balai.complaints.application;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port to SP4N-LAPOR!, the national complaint application every regional one integrates with (Perpres 95/2018,
 * SPBE). One adapter implements it and holds every detail of the wire; callers speak Balai's terms only. Every send
 * carries an idempotency key: the same key sent again (after a crash, say) must be recognised by LAPOR! and change
 * nothing there.
 */
public interface NationalComplaintLink {

    /** Where a regency's link goes and the token it presents (read from the environment, never stored). */
    record Endpoint(URI baseUrl, String token) {
        @Override
        public String toString() {
            return "Endpoint[" + baseUrl + "]";
        }
    }

    /**
     * Whether LAPOR! may show a report to the public, and what: only the public version the central administrator
     * published (issue 15); before that, or for a rahasia report, nothing of it is public.
     */
    record Visibility(boolean isPublic, String publicTitle, String publicText) {
        public static final Visibility PRIVATE = new Visibility(false, null, null);
    }

    /**
     * A Balai report shared to LAPOR!. It never carries the reporter's identity (an anonim report's least of all):
     * Balai answers its own reporter, and LAPOR! needs the report, not the person.
     *
     * @param topic LAPOR!'s topic mapped from the category, or null when the tenant file maps none
     */
    record SharedReport(String balaiTrackingNumber, String title, String text, String topic, String location,
            Instant receivedAt, boolean anonymous, boolean confidential, Visibility visibility) {
    }

    /** What happened to a case, for LAPOR!: one public event of its history, in Balai's vocabulary. */
    record Step(int seq, String action, String note, Instant at, Visibility visibility) {
    }

    /** A reporter's contact as LAPOR! gives it; any part may be null. */
    record Contact(String name, String phone, String email) {
    }

    /** A report LAPOR! dispatched to the regency. */
    record DispatchedReport(String laporId, String title, String text, String topic, String agency, String location,
            Instant createdAt, boolean anonymous, boolean confidential, Optional<Contact> reporter) {
    }

    /** A page of dispatched reports and the cursor to ask from next time. */
    record Dispatched(List<DispatchedReport> reports, String nextCursor) {
    }

    /** LAPOR! did not take the call (unreachable, refused, an error): try again later. */
    final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Shares a report; returns LAPOR!'s tracking id for it (the same one when the key was already sent). */
    String share(Endpoint endpoint, SharedReport report, String idempotencyKey) throws Unavailable;

    /** Sends one step of a case LAPOR! knows by {@code laporId}: a status, a follow-up, the answer. */
    void push(Endpoint endpoint, String laporId, Step step, String idempotencyKey) throws Unavailable;

    /** The reports dispatched to the regency after {@code cursor} (from the start when empty). */
    Dispatched pull(Endpoint endpoint, Optional<String> cursor) throws Unavailable;
}
