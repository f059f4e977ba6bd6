package id.balai.information.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.LongDate;
import id.balai.platform.domain.TenantId;

/**
 * An objection to the Atasan PPID (Perbup Luwu Timur Pasal 24-25; UU KIP Ps 35-36; Perki 1/2021 Ps 35-44): filed on
 * one of the seven grounds within 30 working days after the ground arose, registered with its own number, answered
 * in writing within 30 working days, or, on grounds b-g, settled by deliberation (musyawarah).
 */
public final class Objection {
    public enum Status {
        FILED, ANSWERED, SETTLED
    }

    /** The Atasan PPID's decision: the objection is upheld (the PPID must act) or rejected. */
    public enum Decision {
        UPHELD, REJECTED
    }

    private final UUID id;
    private final TenantId tenant;
    private final UUID requestId;
    private final String registerNumber;
    private final ObjectionGround ground;
    private final LocalDate groundAroseOn;
    private final Instant filedAt;
    private final LocalDate filedOn;
    private final LocalDate countingStartsOn;
    private final String reasons;
    private final LocalDate answerDue;
    private Status status;
    private Decision decision;
    private String answer;
    private Instant answeredAt;
    private LocalDate answeredOn;
    private String settlement;
    private LocalDate overdueSince;
    private final int version;
    private int nextSeq;
    private final List<RequestEvent> newEvents = new ArrayList<>();

    /**
     * Rebuilds a stored objection. Filing and answer are given by their instants and their dates on the regency's
     * calendar; {@code countingStartsOn} is the answer clock's counting start (derived from the filing).
     */
    public Objection(UUID id, TenantId tenant, UUID requestId, String registerNumber, ObjectionGround ground,
            LocalDate groundAroseOn, Instant filedAt, LocalDate filedOn, LocalDate countingStartsOn, String reasons,
            LocalDate answerDue, Status status, Decision decision, String answer, Instant answeredAt,
            LocalDate answeredOn, String settlement, LocalDate overdueSince, int version, int eventCount) {
        this.id = id;
        this.tenant = tenant;
        this.requestId = requestId;
        this.registerNumber = registerNumber;
        this.ground = ground;
        this.groundAroseOn = groundAroseOn;
        this.filedAt = filedAt;
        this.filedOn = filedOn;
        this.countingStartsOn = countingStartsOn;
        this.reasons = reasons;
        this.answerDue = answerDue;
        this.status = status;
        this.decision = decision;
        this.answer = answer;
        this.answeredAt = answeredAt;
        this.answeredOn = answeredOn;
        this.settlement = settlement;
        this.overdueSince = overdueSince;
        this.version = version;
        this.nextSeq = eventCount + 1;
    }

    /**
     * Files an objection against {@code request}: refused when the ground has not arisen (422
     * OBJECTION_GROUND_NOT_ARISEN) or its 30 working days have passed (422 OBJECTION_WINDOW_PASSED).
     *
     * @param statedAroseOn for ground b, the day the requester says the periodic information was due
     */
    public static Objection file(InformationRequest request, String registerNumber, ObjectionGround ground,
            LocalDate statedAroseOn, String reasons, Instant now, InformationClocks clocks, String actor) {
        if (request.status() == RequestStatus.AWAITING_CONFIRMATION || request.status() == RequestStatus.LAPSED) {
            throw InformationErrors.conflict("REQUEST_NOT_REGISTERED",
                    "Permohonan ini tidak terdaftar untuk dilayani, sehingga tidak dapat diajukan keberatan.",
                    "This request was never registered for service, so no objection can be filed.");
        }
        // Filed on its date on the regency's calendar (a filing on the window's last evening is in time); the answer
        // clock counts from the working day that counts as the day of receipt.
        LocalDate filedOn = clocks.localDate(now);
        LocalDate countingStartsOn = clocks.receiptDate(now);
        LocalDate arose = request.groundAroseOn(ground, filedOn, statedAroseOn).orElseThrow(
                () -> InformationErrors.unprocessable("OBJECTION_GROUND_NOT_ARISEN",
                        "Alasan keberatan " + ground + " belum terjadi untuk permohonan ini.",
                        "The objection ground " + ground + " has not arisen for this request.", "ground"));
        LocalDate fileBy = clocks.objectionFileBy(arose);
        if (filedOn.isAfter(fileBy)) {
            throw InformationErrors.unprocessable("OBJECTION_WINDOW_PASSED",
                    "Keberatan diajukan paling lambat 30 hari kerja setelah alasannya terjadi (" + arose
                            + "): batasnya " + fileBy + " (Pasal 25(1)).",
                    "An objection is filed within 30 working days after its ground arose (" + arose + "): the last "
                            + "day was " + fileBy + " (Pasal 25(1)).", "ground");
        }
        Objection o = new Objection(UUID.randomUUID(), request.tenant(), request.id(), registerNumber, ground, arose,
                now, filedOn, countingStartsOn, reasons, clocks.objectionAnswerDue(countingStartsOn), Status.FILED,
                null, null, null, null, null, null, 0, 0);
        o.event(now, "OBJECTION_FILED", actor, "Keberatan " + registerNumber + ", alasan " + ground.words(), true);
        return o;
    }

    /** The Atasan PPID's written answer (Perbup Pasal 25(2)). */
    public void answer(Decision d, String text, Instant now, InformationClocks clocks, String actor) {
        requireFiled("answer");
        if (d == null) {
            throw InformationErrors.required("decision", "Keputusan", "The decision");
        }
        if (text == null || text.isBlank()) {
            throw InformationErrors.required("answer", "Tanggapan tertulis", "The written answer");
        }
        decision = d;
        answer = text.strip();
        answeredAt = now;
        answeredOn = clocks.localDate(now);
        status = Status.ANSWERED;
        event(now, "OBJECTION_ANSWERED", actor, "Tanggapan atasan PPID: keberatan "
                + (d == Decision.UPHELD ? "diterima" : "ditolak")
                + (answeredOn.isAfter(answerDue) ? " (melewati tenggat " + LongDate.id(answerDue) + ")" : ""), true);
    }

    /** Settles grounds b-g by deliberation (Perbup Pasal 24(3)), with the agreement recorded. */
    public void settle(String agreement, Instant now, InformationClocks clocks, String actor) {
        requireFiled("settle");
        if (!ground.settleable()) {
            throw InformationErrors.conflict("NOT_SETTLEABLE",
                    "Keberatan atas penolakan berdasarkan pengecualian (alasan a) tidak dapat diselesaikan dengan "
                            + "musyawarah.", "An objection to a refusal on exemption grounds (a) cannot be settled by "
                            + "deliberation.");
        }
        if (agreement == null || agreement.isBlank()) {
            throw InformationErrors.required("settlement", "Hasil musyawarah", "The agreement");
        }
        settlement = agreement.strip();
        answeredAt = now;
        answeredOn = clocks.localDate(now);
        status = Status.SETTLED;
        event(now, "OBJECTION_SETTLED", actor, "Diselesaikan dengan musyawarah", true);
    }

    /** The answer's deadline passed unanswered: recorded once (the requester may go to the Commission). */
    public boolean markOverdue(LocalDate today, Instant now) {
        if (status != Status.FILED || !today.isAfter(answerDue) || overdueSince != null) {
            return false;
        }
        overdueSince = answerDue;
        event(now, "OBJECTION_OVERDUE", "system", "Atasan PPID belum menanggapi sampai " + LongDate.id(answerDue), true);
        return true;
    }

    /** The day from which the 14 working days to go to the Information Commission run (UU KIP Ps 37(2)). */
    public Optional<LocalDate> disputeWindowFrom(LocalDate today) {
        if (status == Status.ANSWERED) {
            return Optional.of(answeredOn);
        }
        if (status == Status.FILED && today.isAfter(answerDue)) {
            return Optional.of(answerDue);
        }
        return Optional.empty();
    }

    /**
     * The last day to file a dispute at the Information Commission (UU KIP Ps 37(2)): 14 working days after the
     * answer, or after the answer's due date once it passed unanswered; empty while the answer is still awaited in time
     * and after a settlement by deliberation (an agreement, not an answer to contest). The one place this date is
     * computed: the requester's tracking page, the notices and the officer's view all show it.
     */
    public Optional<LocalDate> disputeFileBy(InformationClocks clocks) {
        return disputeWindowFrom(clocks.calendarToday()).map(clocks::disputeFileBy);
    }

    private void requireFiled(String action) {
        if (status != Status.FILED) {
            throw InformationErrors.notAllowed(action, status);
        }
    }

    private void event(Instant at, String action, String actor, String note, boolean publicEvent) {
        newEvents.add(new RequestEvent(nextSeq++, at, action, actor, note, publicEvent));
    }

    public UUID id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public UUID requestId() {
        return requestId;
    }

    public String registerNumber() {
        return registerNumber;
    }

    public ObjectionGround ground() {
        return ground;
    }

    public LocalDate groundAroseOn() {
        return groundAroseOn;
    }

    public Instant filedAt() {
        return filedAt;
    }

    /** The filing's date on the regency's calendar. */
    public LocalDate filedOn() {
        return filedOn;
    }

    /** The answer clock's counting start: the working day that counts as the day the objection was received. */
    public LocalDate countingStartsOn() {
        return countingStartsOn;
    }

    public String reasons() {
        return reasons;
    }

    public LocalDate answerDue() {
        return answerDue;
    }

    public Status status() {
        return status;
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public Optional<LocalDate> answeredOn() {
        return Optional.ofNullable(answeredOn);
    }

    public Optional<String> settlement() {
        return Optional.ofNullable(settlement);
    }

    public Optional<LocalDate> overdueSince() {
        return Optional.ofNullable(overdueSince);
    }

    public int version() {
        return version;
    }

    public List<RequestEvent> newEvents() {
        return List.copyOf(newEvents);
    }
}
