package id.balai.information.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.calendar.application.CalendarService;
import id.balai.information.domain.Dispute;
import id.balai.information.domain.ExemptionGround;
import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.NoticeDecision;
import id.balai.information.domain.Objection;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.ObtainMethod;
import id.balai.information.domain.ReceiveMethod;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequesterType;
import id.balai.information.domain.WrittenNotice;
import id.balai.platform.domain.DomainException;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;

/**
 * The PPID clocks on the published 2026 calendar, in Luwu Timur (WITA) across Nyepi, Idul Fitri and Good Friday, and
 * in Muara Enim (WIB) across Ascension, Idul Adha and Pancasila day (Perbup Pasal 22(4), 22(6), 25; UU KIP Ps 37).
 */
class InformationClocksOn2026CalendarTest {
    private final CalendarService calendars = TenantFiles.calendars();
    private final Tenant luwuTimur = TenantFiles.tenant("luwu-timur");
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");

    private TenantInformationClocks at(Tenant t, String instant) {
        return new TenantInformationClocks(t, calendars.calendarOf(t), Instant.parse(instant));
    }

    private static RequestContent content() {
        return new RequestContent(RequesterType.INDIVIDUAL, "Dokumen AMDAL tambang nikel", "Penelitian",
                ObtainMethod.SOFT_COPY, ReceiveMethod.EMAIL, true, true, true);
    }

    private InformationRequest received(Tenant t, String instant) {
        return InformationRequest.receive(t.id(), "X-PPID-2026-000001", RequestChannel.WEB,
                java.util.UUID.randomUUID(), content(), Instant.parse(instant), at(t, instant), "requester:web");
    }

    @Test
    void luwuTimurNoticeIsDueOnTheTenthWorkingDayAfterTheMarchHolidays() {
        // Tuesday 17 March 2026, 10:00 WITA. Off: 18, 20, 23, 24 (cuti bersama), 19 (Nyepi), 21-22 (Idul Fitri,
        // weekend), 3 April (Good Friday). Working days: 25, 26, 27, 30, 31 March, 1, 2, 6, 7, 8 April.
        InformationRequest r = received(luwuTimur, "2026-03-17T02:00:00Z");
        assertThat(r.receivedOn()).isEqualTo(LocalDate.parse("2026-03-17"));
        assertThat(r.noticeDue()).isEqualTo(LocalDate.parse("2026-04-08"));
        // One extension of 7 working days: 9, 10, 13, 14, 15, 16, 17 April.
        r.extend("Dokumen berada di lokasi tambang Sorowako", Instant.parse("2026-04-01T02:00:00Z"),
                at(luwuTimur, "2026-04-01T02:00:00Z"), "ppid");
        assertThat(r.noticeDue()).isEqualTo(LocalDate.parse("2026-04-17"));
        assertThatThrownBy(() -> r.extend("Sekali lagi karena banyak dokumen", Instant.parse("2026-04-02T02:00:00Z"),
                at(luwuTimur, "2026-04-02T02:00:00Z"), "ppid")).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("ALREADY_EXTENDED");
    }

    @Test
    void aRequestAfterClosingTimeInWitaCountsFromTheNextWorkingDay() {
        // Friday 2 January 2026, 16:45 WITA is after Luwu Timur's Friday closing (16:30): received on Friday, counted
        // from Monday 5 January.
        InformationRequest r = received(luwuTimur, "2026-01-02T08:45:00Z");
        assertThat(r.receivedOn()).isEqualTo(LocalDate.parse("2026-01-02"));
        assertThat(r.countingStartsOn()).isEqualTo(LocalDate.parse("2026-01-05"));
        // 6, 7, 8, 9, 12, 13, 14, 15, 19 (16 is Isra Mi'raj), 20 January.
        assertThat(r.noticeDue()).isEqualTo(LocalDate.parse("2026-01-20"));
    }

    @Test
    void muaraEnimNoticeSkipsAscensionIdulAdhaAndPancasilaDay() {
        // Tuesday 12 May 2026, 10:00 WIB. Off: 14 (Ascension), 15, 28 (cuti bersama), 27 (Idul Adha), 1 June
        // (Pancasila). Working days: 13, 18, 19, 20, 21, 22, 25, 26, 29 May, 2 June.
        InformationRequest r = received(muaraEnim, "2026-05-12T03:00:00Z");
        assertThat(r.noticeDue()).isEqualTo(LocalDate.parse("2026-06-02"));
        TenantInformationClocks june3 = at(muaraEnim, "2026-06-03T03:00:00Z");
        // The deadline has passed: no extension any more, and grounds c and g arise on their own.
        assertThatThrownBy(() -> r.extend("Terlambat tetapi tetap minta", Instant.parse("2026-06-03T03:00:00Z"), june3,
                "ppid")).extracting(e -> ((DomainException) e).code()).isEqualTo("EXTENSION_AFTER_DEADLINE");
        assertThat(r.markOverdue(june3.today(), Instant.parse("2026-06-03T03:00:00Z"))).isTrue();
        assertThat(r.markOverdue(june3.today(), Instant.parse("2026-06-03T04:00:00Z"))).as("once").isFalse();
        assertThat(r.groundAroseOn(ObjectionGround.G_DEADLINE_EXCEEDED, june3.today(), null))
                .contains(LocalDate.parse("2026-06-02"));
        assertThat(r.groundAroseOn(ObjectionGround.A_REFUSED_EXEMPT, june3.today(), null)).isEmpty();
        // The objection window: 30 working days after 2 June (16 June, Islamic New Year, is off): 15 July.
        assertThat(june3.objectionFileBy(LocalDate.parse("2026-06-02"))).isEqualTo(LocalDate.parse("2026-07-15"));
        Objection o = Objection.file(r, "ME-KEB-2026-000001", ObjectionGround.G_DEADLINE_EXCEEDED, null,
                "Tidak ada jawaban", Instant.parse("2026-06-03T03:00:00Z"), june3, "requester");
        // The Atasan PPID answers within 30 working days after 3 June: 16 July.
        assertThat(o.answerDue()).isEqualTo(LocalDate.parse("2026-07-16"));
        // A dispute within 14 working days after an answer on 10 July: 30 July.
        assertThat(june3.disputeFileBy(LocalDate.parse("2026-07-10"))).isEqualTo(LocalDate.parse("2026-07-30"));
    }

    @Test
    void anObjectionAfterItsWindowIsRefusedWithTheReason() {
        InformationRequest r = received(muaraEnim, "2026-05-12T03:00:00Z");
        TenantInformationClocks july16 = at(muaraEnim, "2026-07-16T03:00:00Z");
        assertThatThrownBy(() -> Objection.file(r, "ME-KEB-2026-000002", ObjectionGround.C_NOT_ANSWERED, null,
                "Tidak ada jawaban", Instant.parse("2026-07-16T03:00:00Z"), july16, "requester"))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("OBJECTION_WINDOW_PASSED");
    }

    @Test
    void aLateNoticeLeavesGroundGButNotC() {
        InformationRequest r = received(muaraEnim, "2026-05-12T03:00:00Z");
        TenantInformationClocks june4 = at(muaraEnim, "2026-06-04T03:00:00Z");
        r.issueNotice(new WrittenNotice(true, null, NoticeDecision.GRANTED_FULL, null, null, "Salinan dokumen", List.of(),
                ObtainMethod.SOFT_COPY, "PDF", BigDecimal.ZERO, null), Instant.parse("2026-06-04T03:00:00Z"), june4,
                "ppid");
        assertThat(r.late()).isTrue();
        assertThat(r.groundAroseOn(ObjectionGround.G_DEADLINE_EXCEEDED, june4.today(), null)).isPresent();
        assertThat(r.groundAroseOn(ObjectionGround.C_NOT_ANSWERED, june4.today(), null)).isEmpty();
        assertThat(r.groundAroseOn(ObjectionGround.E_NOT_GRANTED, june4.today(), null)).isEmpty();
    }

    @Test
    void aPeriodRunningIntoAYearWithoutHolidayDataIsCountedOnWeekdaysThere() {
        // 30 working days after Tuesday 24 November 2026: 25 December (Christmas) and 24 December (cuti bersama)
        // are off in 2026; 2027 has no published data yet, so its days count Monday to Friday: 7 January 2027.
        // A calendar that knows 2026 only, whatever stand-in the calendar service may add for the next year.
        id.balai.calendar.domain.WorkingCalendar only2026 = new id.balai.calendar.domain.WorkingCalendar(
                id.balai.calendar.infrastructure.NationalHolidayFiles.read(TenantFiles.dir()).years().stream()
                        .filter(y -> y.year() == 2026).toList(), true, List.of());
        TenantInformationClocks nov24 = new TenantInformationClocks(muaraEnim, only2026,
                Instant.parse("2026-11-24T03:00:00Z"));
        assertThat(nov24.objectionAnswerDue(LocalDate.parse("2026-11-24"))).isEqualTo(LocalDate.parse("2027-01-07"));
        assertThat(nov24.noticeDue(LocalDate.parse("2026-11-24"))).isEqualTo(LocalDate.parse("2026-12-08"));
    }

    @Test
    void anOfficersActAfterOfficeHoursIsDatedThatDayWhileAReceiptCountsFromTheNextWorkingDay() {
        // Wednesday 25 November 2026, 18:00 WITA: Luwu Timur's office closed at 16:00.
        TenantInformationClocks evening = at(luwuTimur, "2026-11-25T10:00:00Z");
        assertThat(evening.today()).as("a request received now").isEqualTo(LocalDate.parse("2026-11-26"));
        assertThat(evening.calendarToday()).as("an answer given now").isEqualTo(LocalDate.parse("2026-11-25"));
    }

    @Test
    void onTheDueDaysEveningTheOfficerMayStillExtendOrGiveNoticeOnTimeAndTheRequestIsNotYetOverdue() {
        // Received Tuesday 10 November 2026, 10:00 WITA; the officer acts at 18:00 WITA on the due day, after the
        // office closed at 16:00 (the receipt date is then the next working day, the calendar date still the due day).
        InformationRequest extended = received(luwuTimur, "2026-11-10T02:00:00Z");
        LocalDate due = extended.noticeDue();
        Instant evening = due.atTime(18, 0).atZone(luwuTimur.zone()).toInstant();
        TenantInformationClocks clocks = at(luwuTimur, evening.toString());
        assertThat(clocks.today()).isAfter(due);

        assertThat(extended.markOverdue(clocks.calendarToday(), evening)).isFalse();
        extended.extend("Dokumen masih dihimpun dari tiga dinas", evening, clocks, "ppid");
        assertThat(extended.extendedOn()).contains(due);
        assertThat(extended.noticeDue()).isAfter(due);

        InformationRequest noticed = received(luwuTimur, "2026-11-10T02:00:00Z");
        noticed.issueNotice(new WrittenNotice(true, null, NoticeDecision.GRANTED_FULL, null, null, "Salinan dokumen",
                List.of(), ObtainMethod.SOFT_COPY, "PDF", BigDecimal.ZERO, null), evening, clocks, "ppid");
        assertThat(noticed.noticeIssuedOn()).contains(due);
        assertThat(noticed.late()).isFalse();

        // The next morning a request still without notice is overdue.
        InformationRequest silent = received(luwuTimur, "2026-11-10T02:00:00Z");
        Instant nextMorning = due.plusDays(1).atTime(8, 0).atZone(luwuTimur.zone()).toInstant();
        assertThat(silent.markOverdue(at(luwuTimur, nextMorning.toString()).calendarToday(), nextMorning)).isTrue();
    }

    @Test
    void aDisputeRecordedOnAnEveningIsDatedAtTheLatestThatDayOnTheCalendar() {
        // Refused Tuesday 10 November 2026; the objection filed the next morning, answered on Wednesday 25 November at
        // 18:00 WITA (after closing: the receipt date is already Thursday 26).
        InformationRequest r = received(luwuTimur, "2026-11-10T02:00:00Z");
        r.issueNotice(new WrittenNotice(true, null, NoticeDecision.REFUSED, ExemptionGround.H_PERSONAL_SECRETS, "Data pribadi", null,
                List.of(), ObtainMethod.SOFT_COPY, "PDF", BigDecimal.ZERO, null), Instant.parse("2026-11-10T03:00:00Z"),
                at(luwuTimur, "2026-11-10T03:00:00Z"), "ppid");
        Objection o = Objection.file(r, "LT-KEB-2026-000001", ObjectionGround.A_REFUSED_EXEMPT, null, "Bukan rahasia",
                Instant.parse("2026-11-11T01:00:00Z"), at(luwuTimur, "2026-11-11T01:00:00Z"), "requester");
        TenantInformationClocks evening = at(luwuTimur, "2026-11-25T10:00:00Z");
        o.answer(Objection.Decision.REJECTED, "Pengecualian dikuatkan", Instant.parse("2026-11-25T10:00:00Z"), evening,
                "atasan");

        assertThatThrownBy(() -> Dispute.file(o, "LT-SKI-2026-000001", null, evening.today(), evening, List.of()))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("DATE_IN_FUTURE");
        assertThat(Dispute.file(o, "LT-SKI-2026-000001", null, LocalDate.parse("2026-11-25"), evening, List.of()).filedOn())
                .isEqualTo(LocalDate.parse("2026-11-25"));
    }
}
