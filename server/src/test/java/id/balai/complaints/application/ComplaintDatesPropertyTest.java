package id.balai.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ReportType;
import id.balai.support.CalendarCases;
import id.balai.tenancy.domain.Tenant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;

/**
 * The complaint clocks over random instants in the three zones: a report is dated by its instant on the regency's
 * calendar, its verification clock starts on that date or the next working day, never before, and an agency's part
 * sent later is due after the day it was sent.
 */
class ComplaintDatesPropertyTest {

    private static TenantClocks at(Tenant t, Instant now) {
        return new TenantClocks(t, CalendarCases.calendars().calendarOf(t), now);
    }

    @Property(tries = 300)
    void aReportIsDatedByItsInstantAndItsClocksNeverStartBeforeIt(
            @ForAll @From(supplier = CalendarCases.Tenants.class) Tenant t,
            @ForAll @From(supplier = CalendarCases.Instants.class) Instant received,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toDispatch) {
        Complaint c = Complaint.receive(t.id(), "NO-1", new Complaint.Submission(ReportType.COMPLAINT, Channel.WEB,
                "Jalan rusak", "Jalan rusak di desa", null, null, null, null, false, false), null, received,
                at(t, received), "web", null);

        assertThat(c.receivedOn()).isEqualTo(received.atZone(t.zone()).toLocalDate());
        assertThat(c.countingStartsOn()).isAfterOrEqualTo(c.receivedOn());
        assertThat(c.verifyDue()).isAfter(c.countingStartsOn());

        Instant sentAt = received.plus(toDispatch);
        c.verify("admin", null, sentAt);
        c.dispatch("admin", List.of("DINAS-PU"), sentAt, at(t, sentAt));
        assertThat(c.dispatches()).singleElement().satisfies(d -> {
            assertThat(d.sentAt()).isAfterOrEqualTo(c.receivedAt());
            assertThat(d.dueOn()).isAfter(sentAt.atZone(t.zone()).toLocalDate());
        });
    }
}
