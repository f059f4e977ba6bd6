package id.balai.complaints.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.balai.platform.domain.TenantId;

/**
 * The port of the reporter's tracking page: the case as its reporter sees it, read in one statement with no
 * transaction to join (issue 19 item 3). A read model of its own: it carries what the page shows and nothing
 * an officer would see (no identity, no internal steps, no officer names).
 */
public interface ReporterTracking {

    /**
     * The case with this tracking number, if the access code's hash matches; empty for a wrong number or code alike.
     */
    Optional<TrackedCase> find(TenantId tenant, String trackingNumber, byte[] accessCodeHash);

    /**
     * The tracking page's case.
     *
     * @param mergedInto       the tracking number of the case this one was merged into, or null
     * @param mergedIntoAnswer that case's answer, which is this reporter's answer too
     * @param published        whether a moderated version of the case is on the public record
     */
    record TrackedCase(String trackingNumber, String type, String channel, String title, String description,
            String category, String status, Instant receivedAt, LocalDate receivedOn, LocalDate countingStartsOn,
            LocalDate verifyDue, List<Part> agencies, String finalAnswer, Integer rating, LocalDate autoCloseDue,
            LocalDate reopenUntil, String mergedInto, String mergedIntoStatus, String mergedIntoAnswer,
            List<File> attachments, List<Step> history, boolean publicDeclined, boolean published) {

        /** The answer the reporter gets: the case's own, or for a merged duplicate the answer of its target. */
        public String answer() {
            return finalAnswer != null ? finalAnswer : mergedIntoAnswer;
        }
    }

    /** An agency's part of the case: which unit, where it stands, by when. */
    record Part(String orgUnit, String status, LocalDate dueOn) {
    }

    /** A file of the case, fetched by its position. */
    record File(int position, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt) {
    }

    /** A public step of the case's history. */
    record Step(int seq, Instant at, String step, String action, String orgUnit, String note) {
    }
}
