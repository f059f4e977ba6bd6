package id.balai.privacy.domain;

/**
 * Who reads a person's data and why. Every read names both, so that the access can be recorded (UU 27/2022
 * Pasal 31: the controller records all processing) and shown to the person with the trail of its processing
 * (Pasal 32(1)).
 *
 * @param actorId the staff member or system component that reads, as its stable id
 * @param purpose why, in words a reviewer understands (e.g. "ME-2026-000123: follow-up by SMS")
 */
public record AccessReason(String actorId, String purpose) {
    public AccessReason {
        if (actorId == null || actorId.isBlank()) {
            throw new IllegalArgumentException("A read of personal data must name who reads");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A read of personal data must say why");
        }
    }
}
