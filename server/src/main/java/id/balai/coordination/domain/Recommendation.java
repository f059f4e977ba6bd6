package id.balai.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * A recommendation of the Tim Koordinasi to an agency (SPIKM Pasal 6c-d): its head must follow it up (Pasal 1 no.
 * 13, "tindak lanjut ... wajib dilaksanakan oleh pimpinan SKPD"; Pasal 8) by the due date. Overdue from the day after,
 * escalated once; a follow-up given late is still recorded, and says it was late.
 */
public final class Recommendation {
    private final TenantId tenant;
    private final UUID id;
    private final Optional<UUID> problem;
    private final String orgUnit;
    private final String text;
    private final String issuedBy;
    private final Instant issuedAt;
    private final LocalDate issuedOn;
    private final LocalDate dueOn;
    private String followUp;
    private LocalDate followedUpOn;
    private String followedUpBy;
    private LocalDate overdueSince;
    private final int version;

    public Recommendation(TenantId tenant, UUID id, Optional<UUID> problem, String orgUnit, String text,
            String issuedBy, Instant issuedAt, LocalDate issuedOn, LocalDate dueOn, String followUp,
            LocalDate followedUpOn, String followedUpBy, LocalDate overdueSince, int version) {
        this.tenant = tenant;
        this.id = id;
        this.problem = problem;
        this.orgUnit = orgUnit;
        this.text = text;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
        this.dueOn = dueOn;
        this.followUp = followUp;
        this.followedUpOn = followedUpOn;
        this.followedUpBy = followedUpBy;
        this.overdueSince = overdueSince;
        this.version = version;
    }

    /**
     * A recommendation issued now to {@code orgUnit}, due on {@code dueOn} (the regency's follow-up clock when the team
     * names no date); a due date must come after the day of issue.
     */
    public static Recommendation issue(TenantId tenant, Optional<UUID> problem, String orgUnit, String text,
            String by, Instant at, LocalDate on, LocalDate dueOn) {
        if (orgUnit == null || orgUnit.isBlank()) {
            throw CoordinationErrors.required("unit", "SKPD tujuan", "The agency");
        }
        String t = text == null ? "" : text.strip();
        if (t.length() < 10 || t.length() > 5000) {
            throw CoordinationErrors.invalid("INVALID_RECOMMENDATION", "Isi rekomendasi 10 sampai 5000 karakter.",
                    "A recommendation takes 10 to 5000 characters.", "text");
        }
        if (!dueOn.isAfter(on)) {
            throw CoordinationErrors.invalid("DUE_DATE_NOT_AFTER_ISSUE", "Batas tindak lanjut harus setelah tanggal "
                    + "rekomendasi.", "The follow-up date must come after the day of the recommendation.", "dueOn");
        }
        return new Recommendation(tenant, UUID.randomUUID(), problem, orgUnit, t, by, at, on, dueOn, null, null, null,
                null, 0);
    }

    /** The agency head's follow-up (Pasal 1 no. 13), once; dated by the regency's calendar today. */
    public void followUp(String what, LocalDate on, String by) {
        if (followedUpOn != null) {
            throw CoordinationErrors.conflict("ALREADY_FOLLOWED_UP", "Rekomendasi ini sudah ditindaklanjuti.",
                    "This recommendation is already followed up.");
        }
        String w = what == null ? "" : what.strip();
        if (w.length() < 10 || w.length() > 5000) {
            throw CoordinationErrors.invalid("INVALID_FOLLOW_UP", "Uraian tindak lanjut 10 sampai 5000 karakter.",
                    "The follow-up takes 10 to 5000 characters.", "followUp");
        }
        followUp = w;
        followedUpOn = on;
        followedUpBy = by;
    }

    /**
     * Marks the recommendation overdue once its due day has passed without a follow-up.
     *
     * @return whether it became overdue now (and must be escalated)
     */
    public boolean markOverdue(LocalDate today) {
        if (followedUpOn != null || overdueSince != null || !today.isAfter(dueOn)) {
            return false;
        }
        overdueSince = dueOn.plusDays(1);
        return true;
    }

    public boolean late() {
        return followedUpOn != null ? followedUpOn.isAfter(dueOn) : overdueSince != null;
    }

    public TenantId tenant() {
        return tenant;
    }

    public UUID id() {
        return id;
    }

    public Optional<UUID> problem() {
        return problem;
    }

    public String orgUnit() {
        return orgUnit;
    }

    public String text() {
        return text;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<String> followUp() {
        return Optional.ofNullable(followUp);
    }

    public Optional<LocalDate> followedUpOn() {
        return Optional.ofNullable(followedUpOn);
    }

    public Optional<String> followedUpBy() {
        return Optional.ofNullable(followedUpBy);
    }

    public Optional<LocalDate> overdueSince() {
        return Optional.ofNullable(overdueSince);
    }

    public int version() {
        return version;
    }
}
