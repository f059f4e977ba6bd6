package id.balai.complaints.domain;

import java.time.LocalDate;

/**
 * The tenant's complaint clocks, already bound to its working calendar: how a case's due dates are computed
 * (defaults in RegulationParameters.Complaint: verify and dispatch in 3 working days, follow up in 5, auto-close 10
 * after the answer, reopen within 10).
 */
public interface Clocks {
    /** The working day on which something received now counts as received. */
    LocalDate today();

    LocalDate verifyDispatchDue(LocalDate receivedOn);

    LocalDate followUpDue(LocalDate dispatchedOn);

    LocalDate autoCloseDue(LocalDate respondedOn);

    LocalDate reopenUntil(LocalDate closedOn);
}
