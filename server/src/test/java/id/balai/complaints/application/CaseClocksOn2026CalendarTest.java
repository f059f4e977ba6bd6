package id.balai.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.calendar.application.CalendarService;
import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.complaints.domain.ReportType;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;

/**
 * Due dates, overdue and reminders of a case received on Tuesday 17 March 2026, the last working day before the
 * Nyepi and Idul Fitri holidays and cuti bersama (18-24 March), in Muara Enim (WIB, default clocks).
 */
class CaseClocksOn2026CalendarTest {
    private final CalendarService calendars = TenantFiles.calendars();
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");

    private TenantClocks at(String instant) {
        return new TenantClocks(muaraEnim, calendars.calendarOf(muaraEnim), Instant.parse(instant));
    }

    private Complaint receivedTheDayBeforeTheHolidays() {
        TenantClocks clocks = at("2026-03-17T03:00:00Z"); // 10:00 WIB
        return Complaint.receive(muaraEnim.id(), "ME-2026-000001", new Complaint.Submission(ReportType.COMPLAINT,
                Channel.WEB, "Jembatan rusak", "Jembatan di dusun kami patah.", "INFRASTRUKTUR", null, null, null,
                false, false), null, Instant.parse("2026-03-17T03:00:00Z"), clocks, "citizen:web", null);
    }

    @Test
    void verificationIsDueThreeWorkingDaysLaterAfterTheHolidays() {
        Complaint c = receivedTheDayBeforeTheHolidays();
        // 18, 20, 23, 24 cuti bersama; 19 Nyepi; 21-22 Idul Fitri on a weekend: 25, 26, 27 March.
        assertThat(c.verifyDue()).isEqualTo(LocalDate.parse("2026-03-27"));
        assertThat(c.verificationOverdueOn(LocalDate.parse("2026-03-27"))).isFalse();
        assertThat(c.verificationOverdueOn(LocalDate.parse("2026-03-30"))).isTrue();
    }

    @Test
    void anOverdueCaseIsEscalatedOnceAndRemindersComeTheWorkingDayBefore() {
        Complaint c = receivedTheDayBeforeTheHolidays();
        TenantClocks tuesday = at("2026-03-17T04:00:00Z");
        c.verify("admin", null, Instant.parse("2026-03-17T04:00:00Z"));
        c.dispatch("admin", List.of("PUPR"), Instant.parse("2026-03-17T04:00:00Z"), tuesday);
        // Follow-up in 5 working days: 25, 26, 27, 30, 31 March.
        assertThat(c.dispatches().get(0).dueOn()).isEqualTo(LocalDate.parse("2026-03-31"));

        TenantClocks friday = at("2026-03-27T03:00:00Z");
        assertThat(c.remindDueSoon(d -> !d.isAfter(friday.dueSoonUntil()), friday.today(), Instant.now()))
                .as("Friday 27: due on Tuesday 31, two working days away").isFalse();
        TenantClocks monday = at("2026-03-30T03:00:00Z");
        assertThat(c.remindDueSoon(d -> !d.isAfter(monday.dueSoonUntil()), monday.today(), Instant.now()))
                .as("Monday 30: due tomorrow").isTrue();

        assertThat(c.escalateOverdue(LocalDate.parse("2026-03-31"), Instant.now())).isFalse();
        assertThat(c.escalateOverdue(LocalDate.parse("2026-04-01"), Instant.now())).isTrue();
        assertThat(c.escalateOverdue(LocalDate.parse("2026-04-02"), Instant.now())).as("only once").isFalse();
        assertThat(c.newEvents()).extracting(ComplaintEvent::action).containsSubsequence("REMINDED", "ESCALATED");
    }

    @Test
    void aReportSentOnHolidayEveningCountsFromTheNextWorkingDay() {
        // Friday 20 March 2026 (cuti bersama) at 19:00 WIB: received on Wednesday 25 March.
        assertThat(at("2026-03-20T12:00:00Z").today()).isEqualTo(LocalDate.parse("2026-03-25"));
    }

    @Test
    void aPartDueTodayIsNotOverdueInTheEveningButTheReceiptDateHasMovedOn() {
        Complaint c = receivedTheDayBeforeTheHolidays();
        c.verify("admin", null, Instant.parse("2026-03-17T04:00:00Z"));
        c.dispatch("admin", List.of("PUPR"), Instant.parse("2026-03-17T04:00:00Z"), at("2026-03-17T04:00:00Z"));
        // Tuesday 31 March, 18:00 WIB: the office has closed, the part is due today.
        TenantClocks evening = at("2026-03-31T11:00:00Z");
        assertThat(evening.today()).as("a report received now counts from the next working day")
                .isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(evening.calendarToday()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(c.escalateOverdue(evening.calendarToday(), Instant.parse("2026-03-31T11:00:00Z")))
                .as("due today is not late yet").isFalse();
        TenantClocks nextMorning = at("2026-04-01T01:00:00Z");
        assertThat(c.escalateOverdue(nextMorning.calendarToday(), Instant.parse("2026-04-01T01:00:00Z")))
                .as("the next morning it is").isTrue();
    }
}
