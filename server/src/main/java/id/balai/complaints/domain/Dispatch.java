package id.balai.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One agency's part in a case: sent on a date, due for follow-up by another (SPIKM Pasal 8: a dispatched item is an
 * official electronic letter that must be followed up), received, distributed, answered or returned.
 */
public final class Dispatch {
    private final String orgUnit;
    private DispatchStatus status;
    private final Instant sentAt;
    private LocalDate dueOn;
    private String assignee;
    private String answer;
    private Instant answeredAt;
    private String returnReason;
    private Instant remindedAt;
    private Instant escalatedAt;
    private boolean changed;

    public Dispatch(String orgUnit, DispatchStatus status, Instant sentAt, LocalDate dueOn, String assignee,
            String answer, Instant answeredAt, String returnReason, Instant remindedAt, Instant escalatedAt) {
        this.orgUnit = orgUnit;
        this.status = status;
        this.sentAt = sentAt;
        this.dueOn = dueOn;
        this.assignee = assignee;
        this.answer = answer;
        this.answeredAt = answeredAt;
        this.returnReason = returnReason;
        this.remindedAt = remindedAt;
        this.escalatedAt = escalatedAt;
    }

    static Dispatch send(String orgUnit, Instant at, LocalDate dueOn) {
        Dispatch d = new Dispatch(orgUnit, DispatchStatus.SENT, at, dueOn, null, null, null, null, null, null);
        d.changed = true;
        return d;
    }

    void receive() {
        status = DispatchStatus.RECEIVED;
        changed = true;
    }

    void distribute(String assignee) {
        this.assignee = assignee;
        status = DispatchStatus.IN_PROGRESS;
        changed = true;
    }

    void answer(String text, Instant at) {
        answer = text;
        answeredAt = at;
        status = DispatchStatus.ANSWERED;
        changed = true;
    }

    void returnAsNotOurRemit(String reason) {
        returnReason = reason;
        status = DispatchStatus.RETURNED;
        changed = true;
    }

    void withdraw() {
        status = DispatchStatus.WITHDRAWN;
        changed = true;
    }

    /** Sends it back to the agency for another round (a reopened case), with fresh clocks. */
    void reopen(LocalDate newDue) {
        status = DispatchStatus.SENT;
        dueOn = newDue;
        answer = null;
        answeredAt = null;
        remindedAt = null;
        escalatedAt = null;
        changed = true;
    }

    /** Still with the agency after its due date (SPIKM Pasal 8: it must be followed up). */
    public boolean overdueOn(LocalDate today) {
        return status.isActive() && today.isAfter(dueOn);
    }

    void markReminded(Instant at) {
        remindedAt = at;
        changed = true;
    }

    void markEscalated(Instant at) {
        escalatedAt = at;
        changed = true;
    }

    public Instant remindedAt() {
        return remindedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    public String orgUnit() {
        return orgUnit;
    }

    public DispatchStatus status() {
        return status;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public String assignee() {
        return assignee;
    }

    public String answer() {
        return answer;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String returnReason() {
        return returnReason;
    }

    /** Whether this dispatch changed since it was loaded (the repository writes only those). */
    public boolean changed() {
        return changed;
    }
}
