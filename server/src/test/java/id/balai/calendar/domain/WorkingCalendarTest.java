package id.balai.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.calendar.application.CalendarService;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;

/**
 * Working-day counting against the shipped 2026 national data (docs/architecture.md, "Working days"), in a WIB tenant
 * (Muara Enim) and a WITA tenant (Luwu Timur).
 */
class WorkingCalendarTest {
    private final CalendarService calendars = TenantFiles.calendars();
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");
    private final Tenant luwuTimur = TenantFiles.tenant("luwu-timur");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void tenWorkingDaysFromMid_MarchSkipNyepiIdulFitriCutiBersamaAndGoodFriday() {
        // UU KIP Ps 22(7): counting starts the working day after receipt. 18, 20, 23, 24 Mar are cuti bersama,
        // 19 Mar is Nyepi, 21-22 Mar Idul Fitri (a weekend), 3 Apr Good Friday.
        Deadline deadline = calendars.due(muaraEnim, d("2026-03-16"), 10);

        assertThat(deadline.receivedOn()).isEqualTo(d("2026-03-16"));
        assertThat(deadline.due()).isEqualTo(d("2026-04-07"));
        assertThat(deadline.daysOff()).extracting(DayOff::date).containsExactly(
                d("2026-03-18"), d("2026-03-19"), d("2026-03-20"), d("2026-03-23"), d("2026-03-24"),
                d("2026-04-03"));
        assertThat(deadline.daysOff()).extracting(DayOff::kind).containsExactly(
                DayOffKind.CUTI_BERSAMA, DayOffKind.NATIONAL_HOLIDAY, DayOffKind.CUTI_BERSAMA,
                DayOffKind.CUTI_BERSAMA, DayOffKind.CUTI_BERSAMA, DayOffKind.NATIONAL_HOLIDAY);
    }

    @Test
    void aTenantThatWorksOnCutiBersamaCountsThemAsWorkingDays() {
        WorkingCalendar worksOnCuti = new WorkingCalendar(yearsOf(calendars), false, List.of());

        // 17, 18 (cuti), 20 (cuti), 23 (cuti), 24 (cuti), 25, 26, 27, 30, 31 Mar
        assertThat(worksOnCuti.addWorkingDays(d("2026-03-16"), 10).due()).isEqualTo(d("2026-03-31"));
        assertThat(worksOnCuti.isWorkingDay(d("2026-03-18"))).isTrue();
        assertThat(worksOnCuti.isWorkingDay(d("2026-03-19"))).isFalse();
    }

    @Test
    void theDayBeforeTheIdulFitriHolidaysGivesAFiveDayFollowUpInApril() {
        // A complaint received on Tue 17 Mar 2026, the last working day before the Idul Fitri break.
        assertThat(calendars.due(muaraEnim, d("2026-03-17"), 5).due()).isEqualTo(d("2026-03-31"));
        assertThat(calendars.due(muaraEnim, d("2026-03-17"), 3).due()).isEqualTo(d("2026-03-27"));
    }

    @Test
    void aReceiptOnADayOffCountsAsReceivedOnTheNextWorkingDay() {
        // Saturday 21 Mar 2026 (Idul Fitri): the next working day is Wed 25 Mar.
        Deadline deadline = calendars.due(muaraEnim, d("2026-03-21"), 1);
        assertThat(deadline.receivedOn()).isEqualTo(d("2026-03-25"));
        assertThat(deadline.due()).isEqualTo(d("2026-03-26"));
    }

    @Test
    void zeroWorkingDaysIsTheDayOfReceipt() {
        assertThat(calendars.due(muaraEnim, d("2026-03-16"), 0).due()).isEqualTo(d("2026-03-16"));
    }

    @Test
    void theSameInstantFallsOnDifferentReceiptDaysInWibAndWita() {
        // 08:30 UTC is 15:30 WIB (office open in Muara Enim) and 16:30 WITA (closed in Luwu Timur).
        Instant at = Instant.parse("2026-03-16T08:30:00Z");

        Deadline wib = calendars.due(muaraEnim, at, 10);
        Deadline wita = calendars.due(luwuTimur, at, 10);

        assertThat(wib.receivedOn()).isEqualTo(d("2026-03-16"));
        assertThat(wib.due()).isEqualTo(d("2026-04-07"));
        assertThat(wita.receivedOn()).isEqualTo(d("2026-03-17"));
        assertThat(wita.due()).isEqualTo(d("2026-04-08"));
    }

    @Test
    void beforeOpeningCountsForThatDayAndFridaysCloseLaterWhereTheTenantSaysSo() {
        WorkingCalendar c = calendars.calendarOf(luwuTimur);
        ZoneId wita = luwuTimur.zone();
        // 06:00 WITA on Monday 16 Mar: the office has not opened yet, so it is received that day.
        assertThat(c.receiptDate(Instant.parse("2026-03-15T22:00:00Z"), wita, luwuTimur.officeHours()))
                .isEqualTo(d("2026-03-16"));
        // Friday 13 Mar 2026 at 16:15 WITA: Luwu Timur closes at 16:30 on Fridays.
        assertThat(c.receiptDate(Instant.parse("2026-03-13T08:15:00Z"), wita, luwuTimur.officeHours()))
                .isEqualTo(d("2026-03-13"));
        // The same moment on a Thursday (12 Mar) is after the 16:00 close.
        assertThat(c.receiptDate(Instant.parse("2026-03-12T08:15:00Z"), wita, luwuTimur.officeHours()))
                .isEqualTo(d("2026-03-13"));
    }

    @Test
    void aTenantsOwnDayOffCountsOnlyForThatTenant() {
        // Muara Enim's anniversary, Friday 20 Nov 2026, is a day off there, not in Luwu Timur.
        assertThat(calendars.due(muaraEnim, d("2026-11-19"), 1).due()).isEqualTo(d("2026-11-23"));
        assertThat(calendars.due(luwuTimur, d("2026-11-19"), 1).due()).isEqualTo(d("2026-11-20"));
        assertThat(calendars.calendarOf(muaraEnim).dayOff(d("2026-11-20")))
                .get().extracting(DayOff::kind).isEqualTo(DayOffKind.TENANT_DAY_OFF);
    }

    @Test
    void theYearAfterTheLastDecreeIsCountedProvisionallySoThatLateDecemberReportsStillGetADueDate() {
        // Mon 21 Dec 2026 + 10: 22, 23; 24 (cuti bersama) and 25 (Christmas) off; 28-31; 1 Jan 2027 is New Year
        // in any year; 4-7 Jan. The religious holidays of 2027 are not known yet, so the date can only be early.
        Deadline d = calendars.due(muaraEnim, d("2026-12-21"), 10);
        assertThat(d.due()).isEqualTo(d("2027-01-07"));
        assertThat(d.provisional()).isTrue();
        assertThat(d.daysOff()).extracting(DayOff::date)
                .containsExactly(d("2026-12-24"), d("2026-12-25"), d("2027-01-01"));
        assertThat(calendars.due(muaraEnim, d("2026-03-16"), 10).provisional()).isFalse();
        assertThat(calendars.calendarOf(muaraEnim).isWorkingDay(d("2027-08-17"))).isFalse();
        assertThat(calendars.calendarOf(muaraEnim).isProvisional(2027)).isTrue();
        assertThat(calendars.calendarOf(muaraEnim).isProvisional(2026)).isFalse();
    }

    @Test
    void beyondTheProvisionalYearAndBeforeTheFirstDecreeNothingIsGuessed() {
        assertThatThrownBy(() -> calendars.due(muaraEnim, d("2027-12-20"), 10))
                .isInstanceOf(CalendarYearUnavailableException.class)
                .satisfies(e -> assertThat(((CalendarYearUnavailableException) e).year()).isEqualTo(2028))
                .satisfies(e -> assertThat(((CalendarYearUnavailableException) e).code())
                        .isEqualTo("CALENDAR_YEAR_UNAVAILABLE"));
        assertThatThrownBy(() -> calendars.calendarOf(muaraEnim).isWorkingDay(d("2024-06-03")))
                .isInstanceOf(CalendarYearUnavailableException.class);
    }

    @Test
    void fromOctoberOnTheMissingDecreeOfNextYearIsReported() {
        assertThat(calendars.missingNextYear(d("2026-09-30"))).isEmpty();
        assertThat(calendars.missingNextYear(d("2026-10-01"))).contains(2027);
        assertThat(calendars.missingNextYear(d("2027-02-01"))).contains(2027);
        assertThat(calendars.missingNextYear(d("2025-11-24"))).isEmpty();
    }


    @Test
    void workingDaysBetweenCountsAfterTheFirstDateUpToAndIncludingTheSecond() {
        WorkingCalendar c = calendars.calendarOf(muaraEnim);
        assertThat(c.workingDaysBetween(d("2026-03-16"), d("2026-04-07"))).isEqualTo(10);
        assertThat(c.workingDaysBetween(d("2026-04-07"), d("2026-03-16"))).isEqualTo(-10);
        assertThat(c.workingDaysBetween(d("2026-03-16"), d("2026-03-16"))).isZero();
        // Across the year boundary of the two years we have: 29, 30, 31 Dec 2025 and 2 Jan 2026.
        assertThat(c.workingDaysBetween(d("2025-12-26"), d("2026-01-02"))).isEqualTo(4);
    }

    @Test
    void christmasCutiBersama2026IsSkipped() {
        // 24 Dec (cuti bersama) and 25 Dec (Natal): from Wed 23 Dec, one working day is Mon 28 Dec.
        assertThat(calendars.due(muaraEnim, d("2026-12-23"), 1).due()).isEqualTo(d("2026-12-28"));
    }

    private static List<HolidayYear> yearsOf(CalendarService service) {
        return id.balai.calendar.infrastructure.NationalHolidayFiles.read(TenantFiles.dir()).years();
    }
}
