package id.balai.compliance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import id.balai.calendar.domain.WorkingCalendar;
import id.balai.support.CalendarCases;
import id.balai.tenancy.domain.Tenant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The provincial view's notice figures over random instants: the working days from a request's counting start to
 * its notice are never negative, also for a notice given before the count began, and are the calendar's own count
 * otherwise.
 */
class ComplianceDatesPropertyTest {

    @Provide
    Arbitrary<Tenant> tenants() {
        return CalendarCases.tenants();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return CalendarCases.instants();
    }

    @Provide
    Arbitrary<Duration> delays() {
        return CalendarCases.delays();
    }

    @Property(tries = 300)
    void aNoticeNeverTookNegativeWorkingDays(@ForAll("tenants") Tenant t, @ForAll("instants") Instant received,
            @ForAll("delays") Duration toNotice) {
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
