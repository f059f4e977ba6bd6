package id.balai.information.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.TenantId;

/** The request, objection and dispute transitions on a plain calendar (every day a working day). */
class InformationRequestTest {
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");

    /** Clocks where every day is a working day and today is {@code today}. */
    record Plain(LocalDate today, boolean sameDay) implements InformationClocks {
        public LocalDate receiptDate(Instant at) {
            return today;
        }

        public LocalDate localDate(Instant at) {
            return today;
        }

        public LocalDate noticeDue(LocalDate d) {
            return d.plusDays(10);
        }

        public LocalDate extendedDue(LocalDate d) {
            return d.plusDays(7);
        }

        public LocalDate objectionFileBy(LocalDate d) {
            return d.plusDays(30);
        }

        public LocalDate objectionAnswerDue(LocalDate d) {
            return d.plusDays(30);
        }

        public LocalDate disputeFileBy(LocalDate d) {
            return d.plusDays(14);
        }

        public LocalDate commissionStartBy(LocalDate d) {
            return d.plusDays(14);
        }

        public LocalDate commissionSettleBy(LocalDate d) {
            return d.plusDays(100);
        }

        public LocalDate courtAppealBy(LocalDate d) {
            return d.plusDays(14);
        }

        public LocalDate nextWorkingDay(LocalDate d) {
            return d.plusDays(1);
        }

        public int workingDaysBetween(LocalDate a, LocalDate b) {
            return (int) (b.toEpochDay() - a.toEpochDay());
        }

        public boolean emailConfirmationSameDay() {
            return sameDay;
        }
    }

    private static Plain on(String day) {
        return new Plain(LocalDate.parse(day), true);
    }

    private static InformationRequest request(RequestChannel channel) {
        return InformationRequest.receive(new TenantId("luwu-timur"), "LT-PPID-2026-000001", channel, UUID.randomUUID(),
                new RequestContent(RequesterType.NGO, "Anggaran dinas kesehatan 2026", "Pemantauan anggaran",
                        ObtainMethod.HARD_COPY, ReceiveMethod.TAKE, true, true, false),
                NOW, on("2026-11-24"), "requester:web");
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code() + (e.field().map(f -> ":" + f).orElse(""));
        }
        return "none";
    }

    @Test
    void anEmailRequestIsServedOnlyIfConfirmedTheSameDay() {
        InformationRequest confirmed = request(RequestChannel.EMAIL);
        assertThat(confirmed.status()).isEqualTo(RequestStatus.AWAITING_CONFIRMATION);
        assertThat(code(() -> confirmed.confirm("PHONE", NOW, on("2026-11-25"), "ppid")))
                .isEqualTo("CONFIRMATION_NOT_SAME_DAY");
        confirmed.confirm("PHONE", NOW, on("2026-11-24"), "ppid");
        assertThat(confirmed.status()).isEqualTo(RequestStatus.REGISTERED);

        InformationRequest unconfirmed = request(RequestChannel.EMAIL);
        assertThat(unconfirmed.lapseIfUnconfirmed(LocalDate.parse("2026-11-24"), NOW)).as("same day").isFalse();
        assertThat(unconfirmed.lapseIfUnconfirmed(LocalDate.parse("2026-11-25"), NOW)).isTrue();
        assertThat(unconfirmed.status()).isEqualTo(RequestStatus.LAPSED);
        assertThat(unconfirmed.lapsedReason()).hasValueSatisfying(r -> assertThat(r).contains("22(9)"));
        assertThat(code(() -> Objection.file(unconfirmed, "K", ObjectionGround.C_NOT_ANSWERED, null, "x", NOW,
                on("2026-12-30"), "r"))).isEqualTo("REQUEST_NOT_REGISTERED");
    }

    @Test
    void aTenantWithoutTheSameDayRuleRegistersEmailRequestsAtOnce() {
        InformationRequest r = InformationRequest.receive(new TenantId("luwu-timur"), "N", RequestChannel.EMAIL,
                UUID.randomUUID(), request(RequestChannel.WEB).content(), NOW, new Plain(LocalDate.parse("2026-11-24"),
                        false), "ppid");
        assertThat(r.status()).isEqualTo(RequestStatus.REGISTERED);
    }

    @Test
    void anExtensionNeedsAWrittenReasonAndComesOnceBeforeTheDeadline() {
        InformationRequest r = request(RequestChannel.WEB);
        assertThat(r.noticeDue()).isEqualTo(LocalDate.parse("2026-12-04"));
        assertThat(code(() -> r.extend("kurang", NOW, on("2026-11-30"), "ppid")))
                .isEqualTo("EXTENSION_REASON_REQUIRED:reason");
        assertThat(code(() -> r.extend("Dokumen ada di arsip kecamatan", NOW, on("2026-12-05"), "ppid")))
                .isEqualTo("EXTENSION_AFTER_DEADLINE");
        r.extend("Dokumen ada di arsip kecamatan", NOW, on("2026-12-04"), "ppid");
        assertThat(r.noticeDue()).isEqualTo(LocalDate.parse("2026-12-11"));
        assertThat(code(() -> r.extend("Dokumen ada di arsip kecamatan", NOW, on("2026-12-05"), "ppid")))
                .isEqualTo("ALREADY_EXTENDED");
    }

    @Test
    void aNoticeMissingARequiredElementIsRefusedNamingTheField() {
        BigDecimal zero = BigDecimal.ZERO;
        List<WrittenNotice.Redaction> none = List.of();
        assertThat(code(() -> new WrittenNotice(null, null, null, null, null, null, none, null, null, null, null)
                .check())).isEqualTo("NOTICE_ELEMENT_MISSING:notice.held");
        assertThat(code(() -> new WrittenNotice(false, null, null, null, null, null, none, null, null, null, null)
                .check())).isEqualTo("NOTICE_ELEMENT_MISSING:notice.heldBy");
        assertThat(code(() -> new WrittenNotice(true, null, NoticeDecision.REFUSED, null, "x", null, none, null, null,
                null, null).check())).isEqualTo("NOTICE_ELEMENT_MISSING:notice.exemptionGround");
        assertThat(code(() -> new WrittenNotice(true, null, NoticeDecision.GRANTED_PART,
                ExemptionGround.H_PERSONAL_SECRETS, "Data pribadi", "Daftar penerima", none, ObtainMethod.SOFT_COPY,
                "PDF", zero, null).check())).isEqualTo("NOTICE_ELEMENT_MISSING:notice.redactions");
        assertThat(code(() -> new WrittenNotice(true, null, NoticeDecision.GRANTED_FULL, null, null, "Semua", none,
                ObtainMethod.HARD_COPY, "A4", new BigDecimal("5000"), null).check()))
                .isEqualTo("NOTICE_ELEMENT_MISSING:notice.paymentMethod");
        assertThat(code(() -> new WrittenNotice(true, null, NoticeDecision.GRANTED_FULL, null, null, "Semua", none,
                null, "A4", zero, null).check())).isEqualTo("NOTICE_ELEMENT_MISSING:notice.medium");
        InformationRequest r = request(RequestChannel.WEB);
        r.issueNotice(new WrittenNotice(true, null, NoticeDecision.REFUSED, ExemptionGround.A_LAW_ENFORCEMENT,
                "Sedang dalam penyidikan", null, none, null, null, null, null), NOW, on("2026-11-30"), "ppid");
        assertThat(r.status()).isEqualTo(RequestStatus.NOTICE_ISSUED);
        assertThat(r.late()).isFalse();
        assertThat(code(() -> r.extend("Terlambat sekali sekarang", NOW, on("2026-11-30"), "ppid")))
                .isEqualTo("STATE_CONFLICT");
        assertThat(r.groundAroseOn(ObjectionGround.A_REFUSED_EXEMPT, LocalDate.parse("2026-12-01"), null))
                .contains(LocalDate.parse("2026-11-30"));
    }

    @Test
    void objectionsAreAnsweredOrSettledButGroundANeverByDeliberation() {
        InformationRequest r = request(RequestChannel.WEB);
        r.issueNotice(new WrittenNotice(true, null, NoticeDecision.REFUSED, ExemptionGround.A_LAW_ENFORCEMENT,
                "Sedang dalam penyidikan", null, List.of(), null, null, null, null), NOW, on("2026-11-30"), "ppid");
        assertThat(code(() -> Objection.file(r, "K", ObjectionGround.F_UNREASONABLE_FEE, null, "x", NOW,
                on("2026-12-01"), "r"))).isEqualTo("OBJECTION_GROUND_NOT_ARISEN:ground");
        Objection a = Objection.file(r, "K1", ObjectionGround.A_REFUSED_EXEMPT, null, "Bukan rahasia", NOW,
                on("2026-12-01"), "r");
        assertThat(a.answerDue()).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(code(() -> a.settle("Sepakat", NOW, on("2026-12-02"), "atasan"))).isEqualTo("NOT_SETTLEABLE");
        a.answer(Objection.Decision.REJECTED, "Pengecualian dikuatkan", NOW, on("2026-12-02"), "atasan");
        assertThat(a.status()).isEqualTo(Objection.Status.ANSWERED);
        // The history speaks words: the notice's outcome, the ground of UU KIP Ps 35(1) and the decision.
        assertThat(r.newEvents()).extracting(RequestEvent::note)
                .contains("Pemberitahuan tertulis: permohonan ditolak");
        assertThat(a.newEvents()).extracting(RequestEvent::note).containsExactly(
                "Keberatan K1, alasan a. penolakan berdasarkan alasan pengecualian",
                "Tanggapan atasan PPID: keberatan ditolak");
        assertThat(code(() -> a.answer(Objection.Decision.UPHELD, "lagi", NOW, on("2026-12-03"), "atasan")))
                .isEqualTo("STATE_CONFLICT");
        Objection e = Objection.file(r, "K2", ObjectionGround.E_NOT_GRANTED, null, "Minta sebagian", NOW,
                on("2026-12-01"), "r");
        e.settle("Disepakati diberikan ringkasan", NOW, on("2026-12-02"), "atasan");
        assertThat(e.status()).isEqualTo(Objection.Status.SETTLED);
        assertThat(e.disputeWindowFrom(LocalDate.parse("2026-12-03"))).isEmpty();
    }

    @Test
    void aDisputeGoesThroughMediationToADecisionAndCompliance() {
        InformationRequest r = request(RequestChannel.WEB);
        r.markOverdue(LocalDate.parse("2026-12-05"), NOW);
        Objection o = Objection.file(r, "K", ObjectionGround.G_DEADLINE_EXCEEDED, null, "Tidak dijawab", NOW,
                on("2026-12-05"), "r");
        Plain dec10 = on("2026-12-10");
        assertThat(code(() -> Dispute.file(o, "S", "001/KI", LocalDate.parse("2026-12-09"), dec10, List.of())))
                .isEqualTo("OBJECTION_NOT_ANSWERED:objectionId");
        o.answer(Objection.Decision.REJECTED, "Sudah dijawab", NOW, on("2026-12-08"), "atasan");
        assertThat(code(() -> Dispute.file(o, "S", "001/KI", LocalDate.parse("2026-12-23"), on("2026-12-23"),
                List.of())))
                .isEqualTo("DISPUTE_WINDOW_PASSED:filedOn");
        Dispute d = Dispute.file(o, "S", "001/KI", LocalDate.parse("2026-12-09"), dec10, List.of());
        assertThat(d.stage()).isEqualTo(Dispute.Stage.REGISTRATION);
        assertThat(code(() -> d.decide(Dispute.Outcome.MEDIATION_AGREEMENT, LocalDate.parse("2026-12-10"), "x")))
                .isEqualTo("STAGE_ORDER");
        d.advance(Dispute.Stage.MEDIATION, LocalDate.parse("2026-12-15"), "Sidang mediasi pertama", dec10);
        assertThat(code(() -> d.advance(Dispute.Stage.MEDIATION, LocalDate.parse("2026-12-16"), null, dec10)))
                .isEqualTo("STAGE_ORDER");
        assertThat(code(() -> d.recordCompliance(true, LocalDate.parse("2026-12-16"), null, dec10)))
                .isEqualTo("NO_DECISION_YET");
        d.addTask(Dispute.TaskKind.COORDINATE_LEGAL_OFFICE, "Siapkan kuasa Bagian Hukum", "SETDA",
                LocalDate.parse("2026-12-14"));
        d.completeTask(1, LocalDate.parse("2026-12-15"), "Surat kuasa terbit");
        d.decide(Dispute.Outcome.MEDIATION_AGREEMENT, LocalDate.parse("2026-12-18"), "Informasi diberikan");
        assertThat(d.stage()).isEqualTo(Dispute.Stage.DECISION);
        // A mediation agreement is final and binding (UU KIP Ps 39): no court, compliance at once.
        Plain dec21 = on("2026-12-21");
        assertThat(code(() -> d.advance(Dispute.Stage.COURT_APPEAL, LocalDate.parse("2026-12-21"), "PTUN", dec21)))
                .isEqualTo("MEDIATION_IS_FINAL");
        assertThat(d.finalOn(dec21)).contains(LocalDate.parse("2026-12-18"));
        d.recordCompliance(true, LocalDate.parse("2026-12-21"), "Diserahkan", dec21);
        assertThat(d.closed(dec21)).isTrue();
        assertThat(d.tasks().get(0).doneOn()).isEqualTo(LocalDate.parse("2026-12-15"));
    }
}
