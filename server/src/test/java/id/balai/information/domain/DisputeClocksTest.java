package id.balai.information.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.calendar.application.CalendarService;
import id.balai.information.application.TenantInformationClocks;
import id.balai.platform.domain.DomainException;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;

/**
 * The dispute clocks on the published 2026 calendar: the last day to bring a dispute to the Information Commission,
 * 14 working days after the objection's answer or after its answer window lapsed (UU KIP Ps 37(2)); the Commission's
 * own 14 and 100 working days (UU KIP Ps 38); and a Commission case recorded only once.
 */
class DisputeClocksTest {
    private static final CalendarService CALENDARS = TenantFiles.calendars();
    private final Tenant luwuTimur = TenantFiles.tenant("luwu-timur");
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");

    private static TenantInformationClocks at(Tenant t, String localDateTime) {
        Instant i = java.time.LocalDateTime.parse(localDateTime).atZone(t.zone()).toInstant();
        return new TenantInformationClocks(t, CALENDARS.calendarOf(t), i);
    }

    private static Instant instant(TenantInformationClocks c, Tenant t) {
        return c.calendarToday().atTime(10, 0).atZone(t.zone()).toInstant();
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code() + e.field().map(f -> ":" + f).orElse("");
        }
        return "none";
    }

    /** A request refused on {@code noticeOn} and an objection on ground (a) filed at {@code filedAt}. */
    private Objection objection(Tenant t, String noticeAt, String filedAt) {
        TenantInformationClocks received = at(t, noticeAt);
        InformationRequest r = InformationRequest.receive(t.id(), "X-PPID-2026-000001", RequestChannel.WEB,
                UUID.randomUUID(), new RequestContent(RequesterType.INDIVIDUAL, "Dokumen AMDAL tambang nikel",
                        "Penelitian", ObtainMethod.SOFT_COPY, ReceiveMethod.EMAIL, true, true, true),
                instant(received, t), received, "requester:web");
        r.issueNotice(new WrittenNotice(true, null, NoticeDecision.REFUSED, ExemptionGround.H_PERSONAL_SECRETS,
                "Data pribadi", null, List.of(), ObtainMethod.SOFT_COPY, "PDF", BigDecimal.ZERO, null),
                instant(received, t), received, "ppid");
        TenantInformationClocks filed = at(t, filedAt);
        return Objection.file(r, "X-KEB-2026-000001", ObjectionGround.A_REFUSED_EXEMPT, null, "Bukan rahasia",
                instant(filed, t), filed, "requester");
    }

    @Test
    void theDeadlineRunsFourteenWorkingDaysFromTheAnswerAcrossIndependenceDayAndMaulid() {
        // Luwu Timur: refused Wednesday 29 July 2026, objection the next day, answered Monday 10 August at 18:00 WITA
        // (after closing: still dated the 10th). 17 August (Independence Day) and 25 August (Maulid Nabi) are off:
        // 11, 12, 13, 14, 18, 19, 20, 21, 24, 26, 27, 28, 31 August, 1 September.
        Objection o = objection(luwuTimur, "2026-07-29T09:00", "2026-07-30T09:00");
        assertThat(o.disputeFileBy(at(luwuTimur, "2026-08-10T09:00"))).as("before the answer, in time").isEmpty();
        TenantInformationClocks evening = at(luwuTimur, "2026-08-10T18:00");
        o.answer(Objection.Decision.REJECTED, "Pengecualian dikuatkan", instant(evening, luwuTimur), evening, "atasan");
        assertThat(o.disputeFileBy(evening)).contains(LocalDate.parse("2026-09-01"));
        // The same date whenever it is asked, and the one Dispute.file enforces.
        TenantInformationClocks lastDay = at(luwuTimur, "2026-09-01T15:00");
        assertThat(o.disputeFileBy(lastDay)).contains(LocalDate.parse("2026-09-01"));
        assertThat(Dispute.file(o, "X-SKI-2026-000001", "001/KI-SS/IX/2026", LocalDate.parse("2026-09-01"), lastDay,
                List.of()).filedOn()).isEqualTo(LocalDate.parse("2026-09-01"));
        TenantInformationClocks dayAfter = at(luwuTimur, "2026-09-02T09:00");
        assertThat(code(() -> Dispute.file(o, "X-SKI-2026-000001", "001/KI-SS/IX/2026", LocalDate.parse("2026-09-02"),
                dayAfter, List.of()))).isEqualTo("DISPUTE_WINDOW_PASSED:filedOn");
    }

    @Test
    void afterTheAnswerWindowLapsesTheDeadlineRunsFromItsLastDay() {
        // Muara Enim: objection filed Wednesday 3 June 2026, the answer due Thursday 16 July (30 working days; 16 June
        // is off). Unanswered, the 14 working days run from 16 July: 17, 20-24, 27-31 July, 3, 4, 5 August.
        Objection o = objection(muaraEnim, "2026-05-29T09:00", "2026-06-03T09:00");
        assertThat(o.answerDue()).isEqualTo(LocalDate.parse("2026-07-16"));
        assertThat(o.disputeFileBy(at(muaraEnim, "2026-07-16T20:00"))).as("on the due day's evening").isEmpty();
        TenantInformationClocks nextMorning = at(muaraEnim, "2026-07-17T07:00");
        assertThat(o.markOverdue(nextMorning.calendarToday(), instant(nextMorning, muaraEnim))).isTrue();
        assertThat(o.disputeFileBy(nextMorning)).contains(LocalDate.parse("2026-08-05"));
        // A late answer still opens the window again from the answer (Ps 37(2): after the answer is received).
        TenantInformationClocks late = at(muaraEnim, "2026-07-22T10:00");
        o.answer(Objection.Decision.UPHELD, "Keberatan diterima", instant(late, muaraEnim), late, "atasan");
        // 23, 24, 27-31 July, 3-7, 10, 11 August.
        assertThat(o.disputeFileBy(late)).contains(LocalDate.parse("2026-08-11"));
    }

    @Test
    void aSettlementByDeliberationOpensNoDisputeWindow() {
        InformationRequestTest.Plain dec1 = new InformationRequestTest.Plain(LocalDate.parse("2026-12-01"), true);
        Objection o = objection(muaraEnim, "2026-05-29T09:00", "2026-06-03T09:00");
        assertThat(o.disputeFileBy(dec1)).as("lapsed on the plain calendar").isPresent();
        InformationRequest r = InformationRequest.receive(muaraEnim.id(), "N", RequestChannel.WEB, UUID.randomUUID(),
                new RequestContent(RequesterType.INDIVIDUAL, "Daftar penerima bantuan sosial", "Pemantauan",
                        ObtainMethod.READ, null, true, true, false),
                Instant.parse("2026-11-24T03:00:00Z"), dec1, "requester:web");
        Objection e = Objection.file(r, "K2", ObjectionGround.B_PERIODIC_NOT_PROVIDED, LocalDate.parse("2026-11-30"),
                "Tidak diumumkan", Instant.parse("2026-12-01T03:00:00Z"), dec1, "r");
        e.settle("Disepakati diumumkan pekan ini", Instant.parse("2026-12-01T03:00:00Z"), dec1, "atasan");
        assertThat(e.disputeFileBy(dec1)).isEmpty();
    }

    @Test
    void theCommissionBeginsWithinFourteenAndSettlesWithinAHundredWorkingDaysOfTheFiling() {
        // Luwu Timur, filed Monday 4 May 2026. 14 working days: 5-8, 11-13 May (14 Ascension, 15 cuti bersama off),
        // 18-22, 25, 26 May. 100 working days, past Idul Adha (27 May, 28 cuti bersama), Pancasila day (1 June),
        // Islamic New Year (16 June), Independence Day and Maulid: Thursday 1 October 2026.
        Dispute d = new Dispute(UUID.randomUUID(), luwuTimur.id(), UUID.randomUUID(), UUID.randomUUID(),
                "LT-SKI-2026-000001", "005/V/KI-SS-PS/2026", LocalDate.parse("2026-05-04"),
                List.of(new Dispute.StageRecord(Dispute.Stage.REGISTRATION, LocalDate.parse("2026-05-04"), null)),
                null, null, null, null, null, null, List.of(), 0);
        Dispute.CommissionClocks onTheDay = d.commissionClocks(at(luwuTimur, "2026-05-26T19:00"));
        assertThat(onTheDay.startBy()).isEqualTo(LocalDate.parse("2026-05-26"));
        assertThat(onTheDay.settleBy()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(onTheDay.startOverdue()).as("until the end of the day").isFalse();

        Dispute.CommissionClocks dayAfter = d.commissionClocks(at(luwuTimur, "2026-05-27T08:00"));
        assertThat(dayAfter.startOverdue()).as("no mediation or adjudication recorded").isTrue();
        assertThat(dayAfter.settleOverdue()).isFalse();

        d.advance(Dispute.Stage.ADJUDICATION, LocalDate.parse("2026-05-29"), "Sidang ajudikasi pertama",
                at(luwuTimur, "2026-05-29T10:00"));
        Dispute.CommissionClocks begun = d.commissionClocks(at(luwuTimur, "2026-06-02T08:00"));
        assertThat(begun.startOverdue()).isFalse();
        assertThat(begun.startedOn()).contains(LocalDate.parse("2026-05-29"));

        assertThat(d.commissionClocks(at(luwuTimur, "2026-10-01T20:00")).settleOverdue()).isFalse();
        assertThat(d.commissionClocks(at(luwuTimur, "2026-10-02T08:00")).settleOverdue())
                .as("no decision after 100 working days").isTrue();
        d.decide(Dispute.Outcome.PARTLY_GRANTED, LocalDate.parse("2026-10-05"), "Sebagian dibuka");
        Dispute.CommissionClocks decided = d.commissionClocks(at(luwuTimur, "2026-10-06T08:00"));
        assertThat(decided.settleOverdue()).isFalse();
        assertThat(decided.startOverdue()).isFalse();
    }

    @Test
    void aCommissionCaseIsRecordedOnceAndAnObjectionHasOneUndecidedDispute() {
        Objection o = objection(luwuTimur, "2026-07-29T09:00", "2026-07-30T09:00");
        TenantInformationClocks answered = at(luwuTimur, "2026-08-10T10:00");
        o.answer(Objection.Decision.REJECTED, "Pengecualian dikuatkan", instant(answered, luwuTimur), answered,
                "atasan");
        TenantInformationClocks aug12 = at(luwuTimur, "2026-08-12T10:00");
        LocalDate filed = LocalDate.parse("2026-08-12");
        Dispute first = Dispute.file(o, "LT-SKI-2026-000001", "  012/VIII/KI-SS-PS/2026 ", filed, aug12, List.of());
        assertThat(first.commissionCaseNumber()).as("stored without stray spaces").isEqualTo("012/VIII/KI-SS-PS/2026");

        // The same Commission case again, from this objection or any other of the regency.
        Objection other = objection(luwuTimur, "2026-07-29T09:00", "2026-07-30T09:00");
        other.answer(Objection.Decision.REJECTED, "Pengecualian dikuatkan", instant(answered, luwuTimur), answered,
                "atasan");
        assertThat(code(() -> Dispute.file(other, "LT-SKI-2026-000002", "012/VIII/KI-SS-PS/2026", filed, aug12,
                List.of(first)))).isEqualTo("DISPUTE_ALREADY_RECORDED:commissionCaseNumber");
        assertThat(code(() -> Dispute.file(o, "LT-SKI-2026-000002", "012/VIII/KI-SS-PS/2026", filed, aug12,
                List.of(first)))).isEqualTo("DISPUTE_ALREADY_RECORDED:commissionCaseNumber");
        // Another case number for an objection whose dispute is still undecided, or none at all.
        assertThat(code(() -> Dispute.file(o, "LT-SKI-2026-000002", "013/VIII/KI-SS-PS/2026", filed, aug12,
                List.of(first)))).isEqualTo("DISPUTE_ALREADY_OPEN:objectionId");
        assertThat(code(() -> Dispute.file(o, "LT-SKI-2026-000002", null, filed, aug12, List.of(first))))
                .isEqualTo("DISPUTE_ALREADY_OPEN:objectionId");
        // Disputes without a case number never clash by number; another objection may go to the Commission.
        assertThat(Dispute.file(other, "LT-SKI-2026-000002", " ", filed, aug12, List.of(first))
                .commissionCaseNumber()).isNull();
        // Once the Commission has decided, a new case on the same objection can be recorded.
        first.advance(Dispute.Stage.MEDIATION, filed, null, aug12);
        first.decide(Dispute.Outcome.MEDIATION_AGREEMENT, filed, "Sepakat");
        assertThat(Dispute.file(o, "LT-SKI-2026-000003", "020/VIII/KI-SS-PS/2026", filed, aug12, List.of(first))
                .stage()).isEqualTo(Dispute.Stage.REGISTRATION);
    }

    /** A refusal objected to, answered on 15 June 2026, filed at the Commission on 17 June, in adjudication. */
    private Dispute inAdjudication(String caseNumber) {
        Objection o = objection(luwuTimur, "2026-06-01T09:00", "2026-06-02T09:00");
        TenantInformationClocks answered = at(luwuTimur, "2026-06-15T10:00");
        o.answer(Objection.Decision.REJECTED, "Pengecualian dikuatkan", instant(answered, luwuTimur), answered,
                "atasan");
        TenantInformationClocks jun17 = at(luwuTimur, "2026-06-17T10:00");
        Dispute d = Dispute.file(o, "LT-SKI-2026-000009", caseNumber, LocalDate.parse("2026-06-17"), jun17,
                List.of());
        d.advance(Dispute.Stage.ADJUDICATION, LocalDate.parse("2026-06-24"), "Sidang ajudikasi", jun17);
        return d;
    }

    /**
     * UU KIP Ps 47-50 on Luwu Timur's 2026 calendar: the adjudication may go to the PTUN within 14 working days
     * (across Independence Day), the PTUN's decision to the Supreme Court within 14 days; the dispute is final, and
     * can close, only with the last court's outcome, and compliance is recorded only then.
     */
    @Test
    void aDisputeGoesToAppealAndToCassationAndClosesOnlyWithTheFinalOutcome() {
        Dispute d = inAdjudication("031/VI/KI-SS-PS/2026");
        TenantInformationClocks jul30 = at(luwuTimur, "2026-07-30T10:00");
        assertThat(code(() -> d.advance(Dispute.Stage.COURT_APPEAL, LocalDate.parse("2026-07-30"), "PTUN", jul30)))
                .as("no decision to appeal yet").isEqualTo("NO_DECISION_YET");
        d.decide(Dispute.Outcome.GRANTED, LocalDate.parse("2026-07-30"), "Informasi wajib dibuka");
        // 14 working days from Thursday 30 July, over Independence Day (17 August): Thursday 20 August.
        assertThat(d.appealBy(jul30)).contains(LocalDate.parse("2026-08-20"));
        assertThat(d.finalOn(at(luwuTimur, "2026-08-20T20:00"))).as("the appeal window's last day").isEmpty();
        assertThat(code(() -> d.recordCompliance(true, LocalDate.parse("2026-08-03"), "Dibuka", jul30)))
                .isEqualTo("DECISION_NOT_FINAL");
        TenantInformationClocks aug21 = at(luwuTimur, "2026-08-21T10:00");
        assertThat(code(() -> d.advance(Dispute.Stage.COURT_APPEAL, LocalDate.parse("2026-08-21"), "PTUN Makassar",
                aug21))).isEqualTo("APPEAL_TOO_LATE:on");

        // Appealed on the last day: the dispute stays open while the PTUN sits, whatever the date.
        TenantInformationClocks aug20 = at(luwuTimur, "2026-08-20T10:00");
        d.advance(Dispute.Stage.COURT_APPEAL, LocalDate.parse("2026-08-20"), "PTUN Makassar 45/G/KI/2026", aug20);
        TenantInformationClocks dec1 = at(luwuTimur, "2026-12-01T10:00");
        assertThat(d.pending()).isTrue();
        assertThat(d.finalOn(dec1)).isEmpty();
        assertThat(code(() -> d.advance(Dispute.Stage.CASSATION, LocalDate.parse("2026-12-01"), "MA", dec1)))
                .isEqualTo("NO_COURT_DECISION_YET");
        d.decide(Dispute.Outcome.REJECTED, LocalDate.parse("2026-11-02"), "PTUN membatalkan putusan Komisi");
        assertThat(d.outcome()).contains(Dispute.Outcome.REJECTED);
        assertThat(code(() -> d.decide(Dispute.Outcome.GRANTED, LocalDate.parse("2026-11-03"), "lagi")))
                .isEqualTo("ALREADY_DECIDED");
        assertThat(d.cassationBy()).contains(LocalDate.parse("2026-11-16"));
        TenantInformationClocks nov10 = at(luwuTimur, "2026-11-10T10:00");
        assertThat(d.finalOn(nov10)).as("a cassation can still come").isEmpty();
        TenantInformationClocks nov17 = at(luwuTimur, "2026-11-17T10:00");
        assertThat(code(() -> d.advance(Dispute.Stage.CASSATION, LocalDate.parse("2026-11-17"), "MA", nov17)))
                .isEqualTo("CASSATION_TOO_LATE:on");

        // Cassation on the 13th day: open again until the Supreme Court decides; that outcome is final at once.
        d.advance(Dispute.Stage.CASSATION, LocalDate.parse("2026-11-15"), "Kasasi ke Mahkamah Agung", nov10);
        assertThat(d.finalOn(dec1)).isEmpty();
        assertThat(d.closed(dec1)).isFalse();
        d.decide(Dispute.Outcome.GRANTED, LocalDate.parse("2026-12-01"), "MA menguatkan putusan Komisi");
        assertThat(d.finalOn(dec1)).contains(LocalDate.parse("2026-12-01"));
        assertThat(d.closed(dec1)).as("not before compliance is recorded").isFalse();
        d.recordCompliance(true, LocalDate.parse("2026-12-01"), "Informasi diserahkan", dec1);
        assertThat(d.closed(dec1)).isTrue();
        assertThat(d.outcome()).contains(Dispute.Outcome.GRANTED);
    }

    @Test
    void anAdjudicationNotAppealedInTimeIsFinalTheDayAfterItsWindow() {
        Dispute d = inAdjudication(null);
        d.decide(Dispute.Outcome.PARTLY_GRANTED, LocalDate.parse("2026-07-30"), "Sebagian dibuka");
        assertThat(d.finalOn(at(luwuTimur, "2026-08-21T08:00"))).contains(LocalDate.parse("2026-08-20"));
        d.recordCompliance(false, LocalDate.parse("2026-08-21"), "Belum dilaksanakan", at(luwuTimur,
                "2026-08-21T08:00"));
        assertThat(d.closed(at(luwuTimur, "2026-08-21T08:00"))).isTrue();
    }
}
