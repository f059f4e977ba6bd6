package id.balai.information.domain;

import java.time.Instant;

/**
 * A recorded step of a request, objection or dispute; public events show on the requester's tracking page.
 *
 * @param note free text, never the requester's personal data
 */
public record RequestEvent(int seq, Instant at, String action, String actor, String note, boolean publicEvent) {
}
