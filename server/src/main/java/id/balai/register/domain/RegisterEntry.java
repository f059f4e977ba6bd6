package id.balai.register.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * One entry of the register of public information (DIP). It holds at least the columns of Perbup Pasal 17(1),
 * goes through the documentation stages of Pasal 16(3) in order, and is published when codified; serta-merta
 * information may be published at once (UU KIP Ps 10). An entry becomes exempt only through a fixed consequence
 * test (Pasal 6(2), 16(2)) and can be opened again on review (Pasal 16(2)c).
 */
public final class RegisterEntry {

    /**
     * The Pasal 17(1) columns as described by the PPID (Pasal 16(3)a).
     *
     * @param number            17(1)a: the entry number (assigned by the register)
     * @param summary           17(1)b: summary of the content
     * @param holdingOfficial   17(1)c: the official that holds it
     * @param holdingUnit       17(1)c: the unit that holds it
     * @param personResponsible 17(1)d: the person responsible for producing it
     * @param madeOn            17(1)e: when it was made
     * @param madePlace         17(1)e: where it was made
     * @param forms             17(1)f: forms in which it is available
     * @param retentionPeriod   17(1)g: how long it is kept
     */
    public record Description(String title, String summary, String holdingOfficial, String holdingUnit,
            String personResponsible, LocalDate madeOn, String madePlace, Set<AvailableForm> forms,
            String retentionPeriod) {
        public Description {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(holdingUnit, "holdingUnit");
            forms = forms == null || forms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forms));
        }
    }

    /** The current exemption: its ground, the regent's decree and, for non-permanent grounds, its end. */
    public record Exemption(ExemptionGround ground, String decreeNumber, LocalDate until) {
    }

    private final TenantId tenant;
    private final UUID id;
    private final String number;
    private final Description description;
    private final String ownerPpid;
    private final Instant createdAt;
    private InformationClass infoClass;
    private InformationClass classBeforeExemption;
    private DocumentationStage stage;
    private String code;
    private boolean published;
    private Instant publishedAt;
    private boolean frontPage;
    private LocalDate lastUpdatedOn;
    private LocalDate nextUpdateDue;
    private Exemption exemption;
    private final int version;

    /** The state as stored. */
    public record State(InformationClass infoClass, InformationClass classBeforeExemption, DocumentationStage stage,
            String code, boolean published, Instant publishedAt, boolean frontPage, LocalDate lastUpdatedOn,
            LocalDate nextUpdateDue, Exemption exemption, int version) {
    }

    public RegisterEntry(TenantId tenant, UUID id, String number, Description description, String ownerPpid,
            Instant createdAt, State s) {
        this.tenant = tenant;
        this.id = id;
        this.number = number;
        this.description = description;
        this.ownerPpid = ownerPpid;
        this.createdAt = createdAt;
        this.infoClass = s.infoClass();
        this.classBeforeExemption = s.classBeforeExemption();
        this.stage = s.stage();
        this.code = s.code();
        this.published = s.published();
        this.publishedAt = s.publishedAt();
        this.frontPage = s.frontPage();
        this.lastUpdatedOn = s.lastUpdatedOn();
        this.nextUpdateDue = s.nextUpdateDue();
        this.exemption = s.exemption();
        this.version = s.version();
    }

    /**
     * Describes a new item (Pasal 16(3)a). Berkala items carry their next update date: at most
     * {@code berkalaUpdateMonths} after they were last updated (UU KIP Ps 9(3); Perki 1/2021).
     *
     * @param lastUpdatedOn berkala only: when it was last published; defaults to today
     */
    public static RegisterEntry describe(TenantId tenant, UUID id, String number, Description description,
            InformationClass infoClass, String ownerPpid, LocalDate lastUpdatedOn, LocalDate today,
            int berkalaUpdateMonths, Instant now) {
        if (infoClass == InformationClass.DIKECUALIKAN) {
            // Pasal 6(2): only the PPID Utama, after a consequence test, fixes an exemption.
            throw RegisterErrors.invalid("EXEMPTION_NEEDS_CONSEQUENCE_TEST",
                    "Informasi dikecualikan hanya melalui uji konsekuensi.",
                    "Information becomes exempt only through a consequence test.", "class");
        }
        if (description.madeOn() != null && description.madeOn().isAfter(today)) {
            throw RegisterErrors.invalid("DATE_IN_FUTURE", "Tanggal pembuatan tidak boleh di masa depan.",
                    "The date made cannot be in the future.", "madeOn");
        }
        LocalDate last = null;
        LocalDate next = null;
        if (infoClass == InformationClass.BERKALA) {
            last = lastUpdatedOn == null ? today : lastUpdatedOn;
            if (last.isAfter(today)) {
                throw RegisterErrors.invalid("DATE_IN_FUTURE", "Tanggal pembaruan tidak boleh di masa depan.",
                        "The update date cannot be in the future.", "lastUpdatedOn");
            }
            next = last.plusMonths(berkalaUpdateMonths);
        } else if (lastUpdatedOn != null) {
            throw RegisterErrors.invalid("ONLY_FOR_BERKALA", "Tanggal pembaruan hanya untuk informasi berkala.",
                    "An update date applies to periodic (berkala) information only.", "lastUpdatedOn");
        }
        return new RegisterEntry(tenant, id, number, description, ownerPpid, now, new State(infoClass, null,
                DocumentationStage.DESCRIBED, null, false, null, false, last, next, null, 0));
    }

    /** Pasal 16(3)b. */
    public void verify() {
        advance(DocumentationStage.VERIFIED, "verify");
    }

    /** Pasal 16(3)c: validated by the unit that holds it. */
    public void authenticate() {
        advance(DocumentationStage.AUTHENTICATED, "authenticate");
    }

    /** Pasal 16(3)d: the code from the tenant's scheme, set by the PPID Utama. */
    public void codify(String code) {
        advance(DocumentationStage.CODIFIED, "codify");
        this.code = Objects.requireNonNull(code, "code");
    }

    private void advance(DocumentationStage next, String action) {
        if (!stage.mayBeFollowedBy(next)) {
            throw RegisterErrors.stage(action, stage);
        }
        stage = next;
    }

    /**
     * Publishes the entry in the register (Pasal 17(2)). A codified entry may be published; serta-merta information
     * is announced at once, whatever its documentation stage (UU KIP Ps 10(1)).
     */
    public void publish(Instant now) {
        if (published) {
            throw RegisterErrors.conflict("ALREADY_PUBLISHED", "Informasi ini sudah diumumkan.",
                    "This entry is already published.");
        }
        if (stage != DocumentationStage.CODIFIED && infoClass != InformationClass.SERTA_MERTA) {
            throw RegisterErrors.stage("publish", stage);
        }
        published = true;
        publishedAt = now;
    }

    /** Serta-merta information, once published, may go on the portal's front page (UU KIP Ps 10). */
    public void putOnFrontPage() {
        if (infoClass != InformationClass.SERTA_MERTA || !published) {
            throw RegisterErrors.conflict("FRONT_PAGE_ONLY_SERTA_MERTA",
                    "Hanya informasi serta merta yang sudah diumumkan dapat tampil di halaman depan.",
                    "Only published serta-merta information can go on the front page.");
        }
        frontPage = true;
    }

    public void takeOffFrontPage() {
        frontPage = false;
    }

    /** A berkala item was published again: the next update is due within the tenant's period (Perki 1/2021). */
    public void recordUpdate(LocalDate on, LocalDate today, int berkalaUpdateMonths) {
        if (infoClass != InformationClass.BERKALA) {
            throw RegisterErrors.conflict("ONLY_FOR_BERKALA", "Pembaruan berkala hanya untuk informasi berkala.",
                    "Periodic updates apply to berkala information only.");
        }
        if (on.isAfter(today)) {
            throw RegisterErrors.invalid("DATE_IN_FUTURE", "Tanggal pembaruan tidak boleh di masa depan.",
                    "The update date cannot be in the future.", "updatedOn");
        }
        lastUpdatedOn = on;
        nextUpdateDue = on.plusMonths(berkalaUpdateMonths);
    }

    /** Overdue: a berkala item whose next update date has passed (the named query mirrors this). */
    public boolean overdue(LocalDate today) {
        return infoClass == InformationClass.BERKALA && nextUpdateDue != null && nextUpdateDue.isBefore(today);
    }

    /** The PPID Utama fixed an exemption (Pasal 6(2)): the entry is listed as exempt, its documents withheld. */
    void exempt(Exemption e) {
        if (infoClass == InformationClass.DIKECUALIKAN) {
            throw RegisterErrors.conflict("ALREADY_EXEMPT", "Informasi ini sudah dikecualikan.",
                    "This entry is already exempt.");
        }
        classBeforeExemption = infoClass;
        infoClass = InformationClass.DIKECUALIKAN;
        exemption = e;
        frontPage = false;
        nextUpdateDue = null;
    }

    /** A review found a greater public interest (Pasal 16(2)c): the entry is open again, in its former class. */
    void open(LocalDate today, int berkalaUpdateMonths) {
        infoClass = classBeforeExemption == null ? InformationClass.SETIAP_SAAT : classBeforeExemption;
        classBeforeExemption = null;
        exemption = null;
        if (infoClass == InformationClass.BERKALA) {
            lastUpdatedOn = today;
            nextUpdateDue = today.plusMonths(berkalaUpdateMonths);
        }
    }

    public boolean exempt() {
        return infoClass == InformationClass.DIKECUALIKAN;
    }

    public TenantId tenant() {
        return tenant;
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Description description() {
        return description;
    }

    public String ownerPpid() {
        return ownerPpid;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public InformationClass infoClass() {
        return infoClass;
    }

    public DocumentationStage stage() {
        return stage;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public boolean published() {
        return published;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public boolean frontPage() {
        return frontPage;
    }

    public Optional<LocalDate> lastUpdatedOn() {
        return Optional.ofNullable(lastUpdatedOn);
    }

    public Optional<LocalDate> nextUpdateDue() {
        return Optional.ofNullable(nextUpdateDue);
    }

    public Optional<Exemption> exemption() {
        return Optional.ofNullable(exemption);
    }

    public State state() {
        return new State(infoClass, classBeforeExemption, stage, code, published, publishedAt, frontPage,
                lastUpdatedOn, nextUpdateDue, exemption, version);
    }

    public int version() {
        return version;
    }
}
