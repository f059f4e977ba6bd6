package id.balai.information.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The PPID clocks of one tenant on its working calendar and parameters (UU KIP Ps 22, 35-38; Perbup LT Ps 22,
 * 25-26).
 */
public interface InformationClocks {
    /**
     * Today's receipt date in the tenant's time zone and office hours: the day from which something received now
     * (a request, an objection) is counted; the next working day once the office has closed.
     */
    LocalDate today();

    /**
     * Today on the regency's calendar: the date of an officer's act (a notice issued, a deadline extended, an
     * objection answered) and the day against which a deadline has passed. A notice issued on the due day's evening
     * is dated that day and is on time; an answer given on a Tuesday evening is dated Tuesday, so a dispute filed that
     * evening is not "before the answer"; a request due today is overdue from tomorrow (as complaints:
     * {@code TenantClocks.calendarToday}).
     */
    default LocalDate calendarToday() {
        return today();
    }

    /**
     * The counting start of something received at {@code at}: the working day that counts as the day of receipt (the
     * day itself before the office closes, else the next working day); a period's working days are counted after it.
     * A derived value, never the date of the act: that is {@link #localDate}.
     */
    LocalDate receiptDate(Instant at);

    /** The date of an act done at {@code at}, on the regency's calendar (its time zone). */
    LocalDate localDate(Instant at);

    /** Written notice: 10 working days after receipt (Perbup Pasal 22(4)). */
    LocalDate noticeDue(LocalDate receivedOn);

    /** The one extension: 7 working days more (Perbup Pasal 22(6)). */
    LocalDate extendedDue(LocalDate noticeDue);

    /** An objection is filed within 30 working days after its ground arises (Perbup Pasal 25(1)). */
    LocalDate objectionFileBy(LocalDate groundAroseOn);

    /** The Atasan PPID answers within 30 working days (Perbup Pasal 25(2)). */
    LocalDate objectionAnswerDue(LocalDate filedOn);

    /** A dispute is filed within 14 working days after the objection answer (UU KIP Ps 37(2)). */
    LocalDate disputeFileBy(LocalDate answeredOn);

    /**
     * The Information Commission begins settling a dispute, by mediation or adjudication, within 14 working days after
     * receiving the application (UU KIP Ps 38(1)).
     */
    LocalDate commissionStartBy(LocalDate filedOn);

    /** The Commission settles a dispute within 100 working days (UU KIP Ps 38(2)), counted here from the filing. */
    LocalDate commissionSettleBy(LocalDate filedOn);

    /**
     * A party that does not accept the Commission's adjudication takes it to court within 14 working days after
     * receiving it (UU KIP Ps 48(1)), counted here from the decision's date.
     */
    LocalDate courtAppealBy(LocalDate decidedOn);

    /** The next working day after {@code date}. */
    LocalDate nextWorkingDay(LocalDate date);

    /** Working days after {@code from} up to {@code to}; negative when {@code to} is before {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /**
     * The working days an act done on {@code actOn} took after a clock's counting start: never negative, an act done
     * before the count began (on a day off, after office hours) took 0 working days.
     */
    default int elapsedWorkingDays(LocalDate countingStartsOn, LocalDate actOn) {
        return Math.max(0, workingDaysBetween(countingStartsOn, actOn));
    }

    /** Whether an e-mailed request is served only when confirmed the same day (Perbup Pasal 22(9)). */
    boolean emailConfirmationSameDay();
}
