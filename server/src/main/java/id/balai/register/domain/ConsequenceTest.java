package id.balai.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * The consequence test (uji konsekuensi) that decides whether an entry is exempt (Perbup Pasal 6(2), 16(2); UU KIP
 * Ps 2(4), 19). A PPID Pembantu proposes it with the legal ground, the harm test and the written considerations,
 * decided in a meeting of the consequence-test team; the PPID Utama fixes the exemption with the regent's decree,
 * or refuses it. An exemption is never absolute: a review may open it for a greater public interest (16(2)c).
 */
public final class ConsequenceTest {

    public enum Status {
        PROPOSED, EXEMPTION_FIXED, EXEMPTION_REFUSED, OPENED_ON_REVIEW
    }

    /**
     * The written record of the test (Pasal 16(2)).
     *
     * @param harmTest        the harm that disclosure would cause (UU KIP Ps 2(4))
     * @param political       political considerations
     * @param economic        economic considerations
     * @param socioCultural   socio-cultural considerations
     * @param defenceSecurity defence and security considerations
     * @param meetingOn       the date of the consequence-test team's meeting
     * @param members         the members present
     */
    public record Record(ExemptionGround ground, String harmTest, String political, String economic,
            String socioCultural, String defenceSecurity, LocalDate meetingOn, List<String> members) {
        public Record {
            Objects.requireNonNull(ground, "ground");
            Objects.requireNonNull(harmTest, "harmTest");
            Objects.requireNonNull(meetingOn, "meetingOn");
            members = List.copyOf(members);
        }
    }

    /** A review of a fixed exemption (Pasal 16(2)c), kept as written. */
    public record Review(Instant at, String by, String publicInterest, boolean opened) {
    }

    private final TenantId tenant;
    private final UUID id;
    private final UUID entryId;
    private final Record record;
    private final String proposedBy;
    private final Instant proposedAt;
    private Status status;
    private String decreeNumber;
    private LocalDate exemptUntil;
    private String decisionNote;
    private String decidedBy;
    private Instant decidedAt;
    private final List<Review> reviews;
    private final int version;

    public ConsequenceTest(TenantId tenant, UUID id, UUID entryId, Record record, String proposedBy,
            Instant proposedAt, Status status, String decreeNumber, LocalDate exemptUntil, String decisionNote,
            String decidedBy, Instant decidedAt, List<Review> reviews, int version) {
        this.tenant = tenant;
        this.id = id;
        this.entryId = entryId;
        this.record = record;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = status;
        this.decreeNumber = decreeNumber;
        this.exemptUntil = exemptUntil;
        this.decisionNote = decisionNote;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reviews = new ArrayList<>(reviews);
        this.version = version;
    }

    /** A PPID Pembantu (or the PPID Utama) proposes the exemption of an entry (Pasal 6(2)). */
    public static ConsequenceTest propose(TenantId tenant, UUID id, RegisterEntry entry, Record record, String by,
            LocalDate today, Instant now) {
        if (entry.exempt()) {
            throw RegisterErrors.conflict("ALREADY_EXEMPT", "Informasi ini sudah dikecualikan.",
                    "This entry is already exempt.");
        }
        if (record.meetingOn().isAfter(today)) {
            throw RegisterErrors.invalid("DATE_IN_FUTURE", "Tanggal rapat tidak boleh di masa depan.",
                    "The meeting date cannot be in the future.", "meetingOn");
        }
        return new ConsequenceTest(tenant, id, entry.id(), record, by, now, Status.PROPOSED, null, null, null, null,
                null, List.of(), 0);
    }

    /**
     * The PPID Utama fixes the exemption with the regent's decree (Pasal 6(2)). Grounds a-f are not permanent
     * (UU KIP Ps 20(1)): they need an end date after today; permanent grounds take none.
     */
    public void fixExemption(RegisterEntry entry, String decreeNumber, LocalDate until, String note, String by,
            LocalDate today, Instant now) {
        requireProposed("fix");
        requireEntry(entry);
        if (!record.ground().permanent()) {
            if (until == null) {
                throw RegisterErrors.invalid("END_DATE_REQUIRED",
                        "Pengecualian atas dasar ini tidak permanen: tanggal berakhir wajib diisi.",
                        "An exemption on this ground is not permanent: an end date is required.", "exemptUntil");
            }
            if (!until.isAfter(today)) {
                throw RegisterErrors.invalid("END_DATE_NOT_AFTER_TODAY", "Tanggal berakhir harus setelah hari ini.",
                        "The end date must be after today.", "exemptUntil");
            }
        } else if (until != null) {
            throw RegisterErrors.invalid("PERMANENT_GROUND_HAS_NO_END",
                    "Pengecualian atas dasar ini bersifat tetap: tanpa tanggal berakhir.",
                    "An exemption on this ground is permanent: it has no end date.", "exemptUntil");
        }
        entry.exempt(new RegisterEntry.Exemption(record.ground(), decreeNumber, until));
        this.status = Status.EXEMPTION_FIXED;
        this.decreeNumber = decreeNumber;
        this.exemptUntil = until;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** The PPID Utama does not follow the proposal: the entry stays open. */
    public void refuseExemption(String note, String by, Instant now) {
        requireProposed("refuse");
        this.status = Status.EXEMPTION_REFUSED;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Reviews a fixed exemption for a greater public interest (Pasal 16(2)c); opening it restores the entry. */
    public void review(RegisterEntry entry, String publicInterest, boolean open, String by, LocalDate today,
            Instant now, int berkalaUpdateMonths) {
        if (status != Status.EXEMPTION_FIXED) {
            throw RegisterErrors.conflict("CONSEQUENCE_TEST_STATE_CONFLICT",
                    "Hanya pengecualian yang sudah ditetapkan dapat ditinjau.", "Only a fixed exemption can be reviewed.");
        }
        requireEntry(entry);
        reviews.add(new Review(now, by, publicInterest, open));
        if (open) {
            entry.open(today, berkalaUpdateMonths);
            status = Status.OPENED_ON_REVIEW;
        }
    }

    private void requireProposed(String action) {
        if (status != Status.PROPOSED) {
            throw RegisterErrors.conflict("CONSEQUENCE_TEST_STATE_CONFLICT",
                    "Tindakan " + action + " tidak dapat dilakukan pada status " + status + ".",
                    "Action " + action + " is not possible in status " + status + ".");
        }
    }

    private void requireEntry(RegisterEntry entry) {
        if (!entry.id().equals(entryId)) {
            throw new IllegalArgumentException("The consequence test belongs to another entry");
        }
    }

    public TenantId tenant() {
        return tenant;
    }

    public UUID id() {
        return id;
    }

    public UUID entryId() {
        return entryId;
    }

    public Record record() {
        return record;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public Status status() {
        return status;
    }

    public Optional<String> decreeNumber() {
        return Optional.ofNullable(decreeNumber);
    }

    public Optional<LocalDate> exemptUntil() {
        return Optional.ofNullable(exemptUntil);
    }

    public Optional<String> decisionNote() {
        return Optional.ofNullable(decisionNote);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public List<Review> reviews() {
        return List.copyOf(reviews);
    }

    public int version() {
        return version;
    }
}
