package id.balai.information.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import id.balai.information.domain.ExemptionGround;
import id.balai.information.domain.InformationClocks;
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
import id.balai.information.application.InformationReportFigures.NoticeSpan;
import id.balai.platform.domain.DomainException;
import id.balai.support.CalendarCases;
import id.balai.tenancy.domain.Tenant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.From;

/**
 * The date model of the PPID clocks over random instants (nights, evenings, weekends, national holidays, cuti bersama,
 * the regencies' own days off, WIB/WITA/WIT, the turn of the year into the provisional next year): every act is dated
 * on or after what it answers, a clock's counting start is never before the act that started it, and no duration,
 * per request or in the LLID's mean, is negative. An act done before its clock started took 0 working days.
 */
class ActDatesPropertyTest {

    private static InformationClocks at(Tenant t, Instant now) {
        return new TenantInformationClocks(t, CalendarCases.calendars().calendarOf(t), now);
    }

    private static InformationRequest receive(Tenant t, Instant at) {
        return InformationRequest.receive(t.id(), "REQ", RequestChannel.WEB, UUID.randomUUID(),
                new RequestContent(RequesterType.INDIVIDUAL, "Anggaran dinas kesehatan", "Pemantauan",
                        ObtainMethod.HARD_COPY, ReceiveMethod.TAKE, true, true, false),
                at, at(t, at), "requester:web");
    }

    private static WrittenNotice refusal() {
        return new WrittenNotice(true, null, NoticeDecision.REFUSED, ExemptionGround.A_LAW_ENFORCEMENT,
                "Sedang dalam penyidikan", null, List.of(), null, null, null, null);
    }

    @Property(tries = 300)
    void aRequestsActsAreDatedInOrderAndItsNoticeNeverTakesNegativeTime(
            @ForAll @From(supplier = CalendarCases.Tenants.class) Tenant t,
            @ForAll @From(supplier = CalendarCases.Instants.class) Instant received,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toExtension,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toNotice) {
        InformationRequest r = receive(t, received);
        assertThat(r.receivedOn()).isEqualTo(received.atZone(t.zone()).toLocalDate());
        assertThat(r.countingStartsOn()).isAfterOrEqualTo(r.receivedOn());
        assertThat(r.noticeDue()).isAfter(r.countingStartsOn());

        Instant extendedAt = received.plus(toExtension);
        if (!at(t, extendedAt).calendarToday().isAfter(r.noticeDue())) {
            r.extend("Informasi dikumpulkan dari beberapa unit", extendedAt, at(t, extendedAt), "ppid");
            assertThat(r.extendedOn()).get().matches(d -> !d.isBefore(r.receivedOn()));
        }
        Instant noticeAt = extendedAt.plus(toNotice);
        InformationClocks clocks = at(t, noticeAt);
        r.issueNotice(refusal(), noticeAt, clocks, "ppid");

        LocalDate noticeOn = r.noticeIssuedOn().orElseThrow();
        assertThat(noticeOn).isAfterOrEqualTo(r.receivedOn());
        r.extendedOn().ifPresent(e -> assertThat(noticeOn).isAfterOrEqualTo(e));
        int taken = r.noticeWorkingDays(clocks).orElseThrow();
        assertThat(taken).isNotNegative();
        if (noticeAt.equals(received)) {
            assertThat(taken).as("a notice given at once took no working day").isZero();
        }
        // The LLID's mean over this request (its pair of counting start and notice date) is the same, never negative.
        assertThat(InformationReports.averageWorkingDays(CalendarCases.calendars().calendarOf(t),
                List.of(new NoticeSpan("REFUSED", r.countingStartsOn(), noticeOn, 1)))).isEqualTo((double) taken);
    }

    @Property(tries = 300)
    void anObjectionIsAnsweredOnOrAfterItsFilingAndTheDisputeWindowFollowsTheAnswer(
            @ForAll @From(supplier = CalendarCases.Tenants.class) Tenant t,
            @ForAll @From(supplier = CalendarCases.Instants.class) Instant received,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toNotice,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toObjection,
            @ForAll @From(supplier = CalendarCases.Delays.class) Duration toAnswer) {
        InformationRequest r = receive(t, received);
        Instant noticeAt = received.plus(toNotice);
        r.issueNotice(refusal(), noticeAt, at(t, noticeAt), "ppid");
        Instant filedAt = noticeAt.plus(toObjection);
        InformationClocks atFiling = at(t, filedAt);
        LocalDate fileBy = atFiling.objectionFileBy(r.noticeIssuedOn().orElseThrow());
        Objection o;
        try {
            o = Objection.file(r, "KEB", ObjectionGround.A_REFUSED_EXEMPT, null, "Alasan", filedAt, atFiling,
                    "requester");
        } catch (DomainException e) {
            // Refused only when the filing's date is past the window, never for a date that is in it.
            assertThat(e.code()).isEqualTo("OBJECTION_WINDOW_PASSED");
            assertThat(atFiling.localDate(filedAt)).isAfter(fileBy);
            return;
        }
        assertThat(o.filedOn()).isEqualTo(filedAt.atZone(t.zone()).toLocalDate()).isBeforeOrEqualTo(fileBy);
        assertThat(o.filedOn()).isAfterOrEqualTo(r.noticeIssuedOn().orElseThrow());
        assertThat(o.countingStartsOn()).isAfterOrEqualTo(o.filedOn());
        assertThat(o.answerDue()).isAfter(o.countingStartsOn());

        Instant answeredAt = filedAt.plus(toAnswer);
        InformationClocks atAnswer = at(t, answeredAt);
        o.answer(Objection.Decision.REJECTED, "Tanggapan atasan PPID", answeredAt, atAnswer, "atasan");
        LocalDate answeredOn = o.answeredOn().orElseThrow();
        assertThat(answeredOn).isAfterOrEqualTo(o.filedOn());
        assertThat(atAnswer.elapsedWorkingDays(o.countingStartsOn(), answeredOn)).isNotNegative();
        // UU KIP Ps 37(2): the 14 working days to the Commission run from the answer, not from before the filing.
        assertThat(o.disputeWindowFrom(answeredOn)).contains(answeredOn);
        assertThat(atAnswer.disputeFileBy(answeredOn)).isAfter(answeredOn);
    }
}
