package id.balai.information.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

import id.balai.calendar.domain.CalendarYearUnavailableException;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.information.domain.InformationClocks;
import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.Tenant;

/**
 * A tenant's PPID clocks on its working calendar, time zone, office hours and regulation parameters.
 *
 * <p>The PPID periods (30 working days for objections) often run into a year whose national holidays are not
 * published yet (the joint decree comes out late in the year before). Refusing then would block requests and
 * objections in December; so a period that runs into a year without holiday data is counted provisionally there,
 * Monday to Friday only. Holidays only ever push a deadline later, so a provisional due date is never later than the
 * final one: the body's reminders come early rather than late, and a requester's window is never cut short (today,
 * in a year with data, cannot be after a date in a later year).
 */
public final class TenantInformationClocks implements InformationClocks {
    /** How many working days ahead an open request counts as "due soon". */
    static final int DUE_SOON_WORKING_DAYS = 2;

    private final Tenant tenant;
    private final WorkingCalendar calendar;
    private final RegulationParameters p;
    private final LocalDate today;
    private final Instant now;

    public TenantInformationClocks(Tenant tenant, WorkingCalendar calendar, Instant now) {
        this.tenant = tenant;
        this.now = now;
        this.calendar = calendar;
        this.p = tenant.definition().parameters();
        this.today = receiptDate(now);
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public LocalDate calendarToday() {
        return localDate(now);
    }

    @Override
    public LocalDate localDate(Instant at) {
        return at.atZone(tenant.zone()).toLocalDate();
    }

    @Override
    public LocalDate receiptDate(Instant at) {
        return calendar.receiptDate(at, tenant.zone(), tenant.officeHours());
    }

    @Override
    public LocalDate noticeDue(LocalDate receivedOn) {
        return add(receivedOn, p.informationRequest().noticeWorkingDays());
    }

    @Override
    public LocalDate extendedDue(LocalDate noticeDue) {
        return add(noticeDue, p.informationRequest().extensionWorkingDays());
    }

    @Override
    public LocalDate objectionFileBy(LocalDate groundAroseOn) {
        return add(groundAroseOn, p.objection().fileWithinWorkingDays());
    }

    @Override
    public LocalDate objectionAnswerDue(LocalDate filedOn) {
        return add(filedOn, p.objection().answerWithinWorkingDays());
    }

    @Override
    public LocalDate disputeFileBy(LocalDate answeredOn) {
        return add(answeredOn, p.dispute().fileWithinWorkingDays());
    }

    /** UU KIP Ps 48(1): fixed by the law, 14 working days. */
    @Override
    public LocalDate courtAppealBy(LocalDate decidedOn) {
        return add(decidedOn, COURT_APPEAL_WORKING_DAYS);
    }

    static final int COURT_APPEAL_WORKING_DAYS = 14;

    @Override
    public LocalDate commissionStartBy(LocalDate filedOn) {
        return add(filedOn, p.dispute().commissionStartWithinWorkingDays());
    }

    @Override
    public LocalDate commissionSettleBy(LocalDate filedOn) {
        return add(filedOn, p.dispute().commissionSettleWithinWorkingDays());
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!working(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    @Override
    public boolean emailConfirmationSameDay() {
        return p.informationRequest().emailConfirmationSameDay();
    }

    /** The last due date that counts as "due soon" today. */
    public LocalDate dueSoonUntil() {
        return add(today, DUE_SOON_WORKING_DAYS);
    }

    /** {@code workingDays} working days after {@code from} (counted from the working day of receipt). */
    private LocalDate add(LocalDate from, int workingDays) {
        try {
            return calendar.addWorkingDays(from, workingDays).due();
        } catch (CalendarYearUnavailableException e) {
            LocalDate d = from;
            while (!working(d)) {
                d = d.plusDays(1);
            }
            for (int counted = 0; counted < workingDays;) {
                d = d.plusDays(1);
                if (working(d)) {
                    counted++;
                }
            }
            return d;
        }
    }

    /** The calendar's answer where the year has data; Monday to Friday (provisionally) where it has none. */
    private boolean working(LocalDate d) {
        try {
            return calendar.isWorkingDay(d);
        } catch (CalendarYearUnavailableException e) {
            return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
