package id.balai.complaints.domain;

import java.time.Instant;

/**
 * A recorded step in a case's handling (SPIKM Pasal 1 no. 11). Public events show on the reporter's tracking
 * page; the rest are internal notes of the officers.
 *
 * @param actor    who: an account id, or {@code reporter}, or {@code system}
 * @param orgUnit  the agency involved, if any
 * @param note     free text (never personal data of the reporter)
 */
public record ComplaintEvent(int seq, Instant at, HandlingStep step, String action, String actor, String orgUnit,
        String note, boolean publicEvent) {
}
