package id.balai.compliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import id.balai.calendar.domain.WorkingCalendar;
import id.balai.support.CalendarCases;
import id.balai.tenancy.domain.Tenant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;

/**
 * The provincial view's notice figures over random instants: the working days from a request's counting start to
 * its notice are never negative, also for a notice given before the count began, and are the calendar's own count
 * otherwise.
 */
class ComplianceDatesPropertyTest {

    @Property(tries = 300)
    void aNoticeNeverTookNegativeWorkingDays(
            @ForAll @From(supplier = CalendarCases.Tenants.class) Tenant t,
            @ForAll @From(supplier = CalendarCases.Instants.class) Instant received,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toNotice) {
        WorkingCalendar calendar = CalendarCases.calendars().calendarOf(t);
        LocalDate countingStartsOn = calendar.receiptDate(received, t.zone(), t.officeHours());
        LocalDate noticeOn = received.plus(toNotice).atZone(t.zone()).toLocalDate();

        int days = ComplianceAggregator.workingDays(calendar, countingStartsOn, noticeOn);

        assertThat(days).isNotNegative();
        if (noticeOn.isAfter(countingStartsOn)) {
            assertThat(days).isEqualTo(calendar.workingDaysBetween(countingStartsOn, noticeOn));
        } else {
            assertThat(days).isZero();
        }
    }
}
