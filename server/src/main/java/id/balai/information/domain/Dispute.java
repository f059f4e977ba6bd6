package id.balai.information.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * An information dispute before the Information Commission (Perbup Luwu Timur Pasal 26; UU KIP Ps 37-38, 47-50):
 * filed within 14 working days after the objection answer (or after its answer window lapsed), then through
 * registration, mediation or adjudication, the decision, and possibly a court appeal and cassation, with the body's
 * compliance with the decision. The PPID Utama facilitates it with the PPID Pembantu and the legal office
 * (Pasal 26(2)): those tasks are tracked here.
 */
public final class Dispute {
    /** The stages in the order they can follow each other. */
    public enum Stage {
        REGISTRATION, MEDIATION, ADJUDICATION, DECISION, COURT_APPEAL, CASSATION
    }

    public enum Outcome {
        MEDIATION_AGREEMENT, GRANTED, PARTLY_GRANTED, REJECTED
    }

    /**
     * The facilitation work (Perbup Pasal 26(2)); {@code CONSULT_CONSIDERATION_TEAM}: the Atasan PPID's settlement
     * with the Tim Pertimbangan (Pasal 13c, 26(1)), whose result is the task's.
     */
    public enum TaskKind {
        COORDINATE_PPID_PEMBANTU, COORDINATE_LEGAL_OFFICE, PREPARE_DOCUMENTS, ATTEND_HEARING,
        CONSULT_CONSIDERATION_TEAM, OTHER
    }

    public record StageRecord(Stage stage, LocalDate on, String note) {
    }

    public record Task(int seq, TaskKind kind, String description, String orgUnit, LocalDate dueOn, LocalDate doneOn,
            String result) {
    }

    private final UUID id;
    private final TenantId tenant;
    private final UUID objectionId;
    private final UUID requestId;
    private final String registerNumber;
    private final String commissionCaseNumber;
    private final LocalDate filedOn;
    private final List<StageRecord> stages;
    private Outcome outcome;
    private LocalDate decidedOn;
    private String decisionSummary;
    private Boolean complied;
    private LocalDate complianceOn;
    private String complianceNote;
    private final List<Task> tasks;
    private final int version;

    public Dispute(UUID id, TenantId tenant, UUID objectionId, UUID requestId, String registerNumber,
            String commissionCaseNumber, LocalDate filedOn, List<StageRecord> stages, Outcome outcome,
            LocalDate decidedOn, String decisionSummary, Boolean complied, LocalDate complianceOn,
            String complianceNote, List<Task> tasks, int version) {
        this.id = id;
        this.tenant = tenant;
        this.objectionId = objectionId;
        this.requestId = requestId;
        this.registerNumber = registerNumber;
        this.commissionCaseNumber = commissionCaseNumber;
        this.filedOn = filedOn;
        this.stages = new ArrayList<>(stages);
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.decisionSummary = decisionSummary;
        this.complied = complied;
        this.complianceOn = complianceOn;
        this.complianceNote = complianceNote;
        this.tasks = new ArrayList<>(tasks);
        this.version = version;
    }

    /**
     * The Commission's own clocks for this dispute (UU KIP Ps 38), from its filing on the tenant's calendar: it begins
     * mediation or adjudication by {@code startBy} and settles the dispute by {@code settleBy}. Overdue: the day has
     * passed (on the regency's calendar) and the stage is not recorded yet.
     */
    public record CommissionClocks(LocalDate startBy, Optional<LocalDate> startedOn, boolean startOverdue,
            LocalDate settleBy, boolean settleOverdue) {
    }

    /**
     * Records a dispute filed at the Commission on {@code filedOn}: refused unless the objection was answered (or its
     * answer window lapsed) and the filing is within 14 working days after that (UU KIP Ps 37(2)), and refused (409)
     * when it is already recorded: the same Commission case number in this regency (DISPUTE_ALREADY_RECORDED), or a
     * dispute on the same objection that the Commission has not decided yet (DISPUTE_ALREADY_OPEN). A second dispute
     * on one objection is possible only after the first is decided.
     *
     * @param recorded the regency's disputes on the same objection or with the same Commission case number
     */
    public static Dispute file(Objection objection, String registerNumber, String commissionCaseNumber,
            LocalDate filedOn, InformationClocks clocks, List<Dispute> recorded) {
        String caseNumber = caseNumber(commissionCaseNumber);
        for (Dispute d : recorded) {
            if (caseNumber != null && caseNumber.equals(d.commissionCaseNumber())) {
                throw InformationErrors.conflict("DISPUTE_ALREADY_RECORDED", "Perkara Komisi Informasi nomor "
                        + caseNumber + " sudah dicatat sebagai sengketa " + d.registerNumber() + ".",
                        "Information Commission case " + caseNumber + " is already recorded as dispute "
                                + d.registerNumber() + ".", "commissionCaseNumber");
            }
        }
        for (Dispute d : recorded) {
            if (d.objectionId().equals(objection.id()) && d.outcome().isEmpty()) {
                throw InformationErrors.conflict("DISPUTE_ALREADY_OPEN", "Keberatan ini sudah menjadi sengketa "
                        + d.registerNumber() + " yang belum diputus Komisi Informasi.",
                        "This objection is already dispute " + d.registerNumber()
                                + ", not yet decided by the Information Commission.", "objectionId");
            }
        }
        LocalDate today = clocks.calendarToday();
        if (filedOn == null) {
            throw InformationErrors.required("filedOn", "Tanggal pendaftaran di Komisi Informasi",
                    "The filing date at the Information Commission");
        }
        if (filedOn.isAfter(today)) {
            throw InformationErrors.invalid("DATE_IN_FUTURE", "Tanggal tidak boleh di masa depan.",
                    "The date cannot be in the future.", "filedOn");
        }
        LocalDate from = objection.disputeWindowFrom(filedOn).orElseThrow(() -> InformationErrors.unprocessable(
                "OBJECTION_NOT_ANSWERED", "Sengketa diajukan setelah keberatan ditanggapi atau tenggat tanggapannya "
                        + "lewat (UU KIP Pasal 37).",
                "A dispute follows the objection's answer or the lapse of its answer window (UU KIP Ps 37).",
                "objectionId"));
        if (filedOn.isBefore(from)) {
            throw InformationErrors.unprocessable("DISPUTE_BEFORE_ANSWER",
                    "Tanggal pendaftaran sebelum tanggapan atas keberatan.",
                    "The filing date is before the objection's answer.", "filedOn");
        }
        LocalDate fileBy = clocks.disputeFileBy(from);
        if (filedOn.isAfter(fileBy)) {
            throw InformationErrors.unprocessable("DISPUTE_WINDOW_PASSED",
                    "Sengketa diajukan paling lambat 14 hari kerja setelah " + from + ": batasnya " + fileBy
                            + " (UU KIP Pasal 37(2)).",
                    "A dispute is filed within 14 working days after " + from + ": the last day was " + fileBy
                            + " (UU KIP Ps 37(2)).", "filedOn");
        }
        return new Dispute(UUID.randomUUID(), objection.tenant(), objection.id(), objection.requestId(),
                registerNumber, caseNumber, filedOn,
                List.of(new StageRecord(Stage.REGISTRATION, filedOn, "Didaftarkan di Komisi Informasi")), null, null,
                null, null, null, null, List.of(), 0);
    }

    /** The case number as the Commission writes it, without stray spaces; blank is none. */
    public static String caseNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return typed.strip().replaceAll("\\s+", " ");
    }

    /** Where the Commission stands against its own deadlines (UU KIP Ps 38). */
    public CommissionClocks commissionClocks(InformationClocks clocks) {
        LocalDate today = clocks.calendarToday();
        LocalDate startBy = clocks.commissionStartBy(filedOn);
        LocalDate settleBy = clocks.commissionSettleBy(filedOn);
        Optional<LocalDate> started = stages.stream()
                .filter(s -> s.stage() == Stage.MEDIATION || s.stage() == Stage.ADJUDICATION).map(StageRecord::on)
                .findFirst();
        // A decision always follows a mediation or an adjudication (decide), so a started stage covers it.
        return new CommissionClocks(startBy, started, started.isEmpty() && today.isAfter(startBy), settleBy,
                outcome == null && today.isAfter(settleBy));
    }

    /**
     * Moves to a later stage (mediation, adjudication, court appeal, cassation) on a date not before the last. A court
     * appeal (to the PTUN, the regency being a state body: UU KIP Ps 47(1)) follows an adjudication decision within 14
     * working days of it (Ps 48(1)); a mediation agreement is final and binding (Ps 39) and has none. A cassation to
     * the Supreme Court follows the court's decision within 14 days (Ps 50).
     */
    public void advance(Stage next, LocalDate on, String note, InformationClocks clocks) {
        if (next == null) {
            throw InformationErrors.required("stage", "Tahap", "The stage");
        }
        if (next == Stage.DECISION || next == Stage.REGISTRATION) {
            throw InformationErrors.invalid("USE_DECISION", "Tahap ini dicatat dengan putusan atau pendaftaran.",
                    "This stage is recorded by the decision or the filing.", "stage");
        }
        if ((next == Stage.COURT_APPEAL || next == Stage.CASSATION) && outcome == null) {
            throw InformationErrors.conflict("NO_DECISION_YET", "Belum ada putusan Komisi Informasi.",
                    "The Commission has not decided yet.");
        }
        if (next.ordinal() <= stage().ordinal()) {
            throw InformationErrors.conflict("STAGE_ORDER", "Tahap " + next + " tidak dapat mengikuti " + stage() + ".",
                    "Stage " + next + " cannot follow " + stage() + ".");
        }
        LocalDate d = checkedDate(on);
        if (next == Stage.COURT_APPEAL) {
            if (outcome == Outcome.MEDIATION_AGREEMENT) {
                throw InformationErrors.conflict("MEDIATION_IS_FINAL", "Putusan mediasi bersifat final dan mengikat.",
                        "A mediation agreement is final and binding.");
            }
            LocalDate by = clocks.courtAppealBy(decidedOn);
            if (d.isAfter(by)) {
                throw InformationErrors.invalid("APPEAL_TOO_LATE", "Gugatan ke pengadilan paling lambat 14 hari kerja "
                        + "setelah putusan ajudikasi, yaitu " + by + ".", "A court appeal is due within 14 working days "
                        + "of the adjudication decision, that is by " + by + ".", "on");
            }
        }
        if (next == Stage.CASSATION) {
            if (stage() != Stage.COURT_APPEAL || pending()) {
                throw InformationErrors.conflict("NO_COURT_DECISION_YET", "Belum ada putusan pengadilan.",
                        "The court has not decided yet.");
            }
            LocalDate by = decidedOn.plusDays(CASSATION_DAYS);
            if (d.isAfter(by)) {
                throw InformationErrors.invalid("CASSATION_TOO_LATE", "Kasasi paling lambat 14 hari setelah putusan "
                        + "pengadilan, yaitu " + by + ".", "A cassation is due within 14 days of the court's decision, "
                        + "that is by " + by + ".", "on");
            }
        }
        stages.add(new StageRecord(next, d, note));
    }

    /** Days to bring a cassation after the court's decision (UU KIP Ps 50: days, not working days). */
    static final int CASSATION_DAYS = 14;

    /** The last day to take the adjudication decision to court, while that is still open. */
    public Optional<LocalDate> appealBy(InformationClocks clocks) {
        return stage() == Stage.DECISION && outcome != null && outcome != Outcome.MEDIATION_AGREEMENT
                ? Optional.of(clocks.courtAppealBy(decidedOn)) : Optional.empty();
    }

    /** The last day for a cassation, once the court has decided an appeal. */
    public Optional<LocalDate> cassationBy() {
        return stage() == Stage.COURT_APPEAL && !pending() ? Optional.of(decidedOn.plusDays(CASSATION_DAYS))
                : Optional.empty();
    }

    /** Whether a court stage was brought and its court has not decided yet. */
    public boolean pending() {
        Stage s = stage();
        return (s == Stage.COURT_APPEAL || s == Stage.CASSATION)
                && stages.stream().filter(r -> r.stage() == s).count() < 2;
    }

    /**
     * The day the outcome became final (berkekuatan hukum tetap): a mediation agreement at once; an adjudication
     * decision once 14 working days passed with no appeal; a court's decision once 14 days passed with no cassation;
     * the Supreme Court's at once. Empty while a decision can still be, or is being, appealed.
     */
    public Optional<LocalDate> finalOn(InformationClocks clocks) {
        if (outcome == null || pending()) {
            return Optional.empty();
        }
        LocalDate today = clocks.calendarToday();
        return switch (stage()) {
            case CASSATION -> Optional.of(decidedOn);
            case COURT_APPEAL -> Optional.of(decidedOn.plusDays(CASSATION_DAYS)).filter(today::isAfter);
            default -> outcome == Outcome.MEDIATION_AGREEMENT ? Optional.of(decidedOn)
                    : Optional.of(clocks.courtAppealBy(decidedOn)).filter(today::isAfter);
        };
    }

    /**
     * The Commission's decision: a mediation agreement (from mediation) or an adjudication decision (UU KIP Ps 38-46).
     * A court's decision after an appeal or cassation replaces the outcome.
     */
    public void decide(Outcome o, LocalDate on, String summary) {
        if (o == null) {
            throw InformationErrors.required("outcome", "Hasil", "The outcome");
        }
        Stage current = stage();
        boolean court = current == Stage.COURT_APPEAL || current == Stage.CASSATION;
        if (o == Outcome.MEDIATION_AGREEMENT ? current != Stage.MEDIATION
                : current != Stage.ADJUDICATION && !court) {
            throw InformationErrors.conflict("STAGE_ORDER", "Hasil " + o + " tidak sesuai dengan tahap " + current + ".",
                    "Outcome " + o + " does not fit stage " + current + ".");
        }
        if (court && !pending()) {
            throw InformationErrors.conflict("ALREADY_DECIDED", "Putusan tahap ini sudah dicatat.",
                    "This stage's decision is already recorded.");
        }
        LocalDate d = checkedDate(on);
        if (!court) {
            stages.add(new StageRecord(Stage.DECISION, d, summary));
        } else {
            stages.add(new StageRecord(current, d, "Putusan: " + o + (summary == null ? "" : " - " + summary)));
        }
        outcome = o;
        decidedOn = d;
        decisionSummary = summary;
    }

    /** Whether the body complied with the final decision (UU KIP Ps 46, 52); not before it is final. */
    public void recordCompliance(Boolean didComply, LocalDate on, String note, InformationClocks clocks) {
        if (outcome == null) {
            throw InformationErrors.conflict("NO_DECISION_YET", "Belum ada putusan Komisi Informasi.",
                    "The Commission has not decided yet.");
        }
        if (finalOn(clocks).isEmpty()) {
            throw InformationErrors.conflict("DECISION_NOT_FINAL", "Putusan belum berkekuatan hukum tetap: masih "
                    + "dapat atau sedang diajukan ke pengadilan.", "The decision is not final yet: it can still be, or "
                    + "is being, taken to court.");
        }
        if (didComply == null) {
            throw InformationErrors.required("complied", "Kepatuhan", "Compliance");
        }
        complied = didComply;
        complianceOn = checkedDate(on);
        complianceNote = note;
    }

    /** A facilitation task of the PPID Utama (Perbup Pasal 26(2)). */
    public Task addTask(TaskKind kind, String description, String orgUnit, LocalDate dueOn) {
        if (kind == null) {
            throw InformationErrors.required("kind", "Jenis tugas", "The task kind");
        }
        if (description == null || description.isBlank()) {
            throw InformationErrors.required("description", "Uraian tugas", "The task description");
        }
        Task t = new Task(tasks.size() + 1, kind, description.strip(), orgUnit, dueOn, null, null);
        tasks.add(t);
        return t;
    }

    public void completeTask(int seq, LocalDate on, String result) {
        if (seq < 1 || seq > tasks.size()) {
            throw InformationErrors.notFound("task");
        }
        Task t = tasks.get(seq - 1);
        if (t.doneOn() != null) {
            throw InformationErrors.conflict("TASK_DONE", "Tugas ini sudah selesai.", "This task is already done.");
        }
        tasks.set(seq - 1, new Task(t.seq(), t.kind(), t.description(), t.orgUnit(), t.dueOn(), checkedDate(on),
                result));
    }

    private LocalDate checkedDate(LocalDate on) {
        if (on == null) {
            throw InformationErrors.required("on", "Tanggal", "The date");
        }
        LocalDate last = stages.get(stages.size() - 1).on();
        if (on.isBefore(last)) {
            throw InformationErrors.invalid("DATE_BEFORE_LAST_STAGE", "Tanggal tidak boleh sebelum " + last + ".",
                    "The date cannot be before " + last + ".", "on");
        }
        return on;
    }

    public Stage stage() {
        return stages.get(stages.size() - 1).stage();
    }

    /** Closed only with the final outcome carried out or not (recorded); an appeal keeps it open. */
    public boolean closed(InformationClocks clocks) {
        return finalOn(clocks).isPresent() && complied != null;
    }

    public UUID id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public UUID objectionId() {
        return objectionId;
    }

    public UUID requestId() {
        return requestId;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public String commissionCaseNumber() {
        return commissionCaseNumber;
    }

    public LocalDate filedOn() {
        return filedOn;
    }

    public List<StageRecord> stages() {
        return List.copyOf(stages);
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> decisionSummary() {
        return Optional.ofNullable(decisionSummary);
    }

    public Optional<Boolean> complied() {
        return Optional.ofNullable(complied);
    }

    public Optional<LocalDate> complianceOn() {
        return Optional.ofNullable(complianceOn);
    }

    public Optional<String> complianceNote() {
        return Optional.ofNullable(complianceNote);
    }

    public List<Task> tasks() {
        return List.copyOf(tasks);
    }

    public int version() {
        return version;
    }
}
