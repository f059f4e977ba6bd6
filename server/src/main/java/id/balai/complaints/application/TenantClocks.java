package id.balai.complaints.application;

import java.time.Instant;
import java.time.LocalDate;

import id.balai.calendar.domain.WorkingCalendar;
import id.balai.complaints.domain.Clocks;
import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.Tenant;

/** A tenant's complaint clocks on its working calendar, its office hours and its parameters. */
final class TenantClocks implements Clocks {
    private final WorkingCalendar calendar;
    private final RegulationParameters.Complaint parameters;
    private final LocalDate today;
    private final LocalDate calendarToday;
    private final java.time.ZoneId zone;

    TenantClocks(Tenant tenant, WorkingCalendar calendar, Instant now) {
        this.calendar = calendar;
        this.parameters = tenant.definition().parameters().complaint();
        this.today = calendar.receiptDate(now, tenant.zone(), tenant.officeHours());
        this.zone = tenant.zone();
        this.calendarToday = dateOf(now);
    }

    /**
     * The date on the regency's wall calendar, for deadlines that run out: a part due today is overdue from
     * tomorrow, also after office hours ({@link #today()} is the receipt date, which moves to the next working
     * day when the office has closed).
     */
    LocalDate calendarToday() {
        return calendarToday;
    }

    @Override
    public LocalDate dateOf(Instant at) {
        return at.atZone(zone).toLocalDate();
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public LocalDate verifyDispatchDue(LocalDate receivedOn) {
        return calendar.addWorkingDays(receivedOn, parameters.verifyDispatchWorkingDays()).due();
    }

    @Override
    public LocalDate followUpDue(LocalDate dispatchedOn) {
        return calendar.addWorkingDays(dispatchedOn, parameters.followUpWorkingDays()).due();
    }

    @Override
    public LocalDate autoCloseDue(LocalDate respondedOn) {
        return calendar.addWorkingDays(respondedOn, parameters.autoCloseWorkingDays()).due();
    }

    /** The last date that counts as "due soon" today (parameters.complaint.dueSoonWorkingDays ahead). */
    LocalDate dueSoonUntil() {
        return calendar.addWorkingDays(calendarToday, parameters.dueSoonWorkingDays()).due();
    }

    @Override
    public LocalDate reopenUntil(LocalDate closedOn) {
        return calendar.addWorkingDays(closedOn, parameters.reopenWithinWorkingDays()).due();
    }
}
