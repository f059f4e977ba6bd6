package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.TenantId;

class ComplaintTest {
    private final Instant now = Instant.parse("2026-03-16T03:00:00Z");

    private final DayClocks clocks = DayClocks.onMonday16March2026();

    private Complaint received() {
        return Complaint.receive(new TenantId("muara-enim"), "ME-2026-000001", new Complaint.Submission(
                ReportType.COMPLAINT, Channel.WEB, "Jembatan rusak", "Jembatan di Desa Pandan Enim patah.",
                "INFRASTRUKTUR", "Desa Pandan Enim", null, null, false, false), null, now, clocks, "reporter", null);
    }

    @Test
    void receiptRecordsTheFirstStepsAndTheVerificationClock() {
        Complaint c = received();
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(c.verifyDue()).isEqualTo(LocalDate.parse("2026-03-19"));
        assertThat(c.newEvents()).extracting(ComplaintEvent::step)
                .containsExactly(HandlingStep.RECEIPT, HandlingStep.RECORDING);
    }

    @Test
    void theWholeFlowFromVerificationToArchive() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("PUPR", "DISHUB"), now, clocks);
        assertThat(c.dispatches()).extracting(Dispatch::dueOn).containsOnly(LocalDate.parse("2026-03-21"));
        c.receiveAtAgency("op1", "PUPR", now);
        c.distribute("op1", "PUPR", "Bidang Bina Marga", now);
        c.note("op1", "PUPR", HandlingStep.EXAMINATION, "Ditinjau ke lapangan", now);
        c.answerFromAgency("op1", "PUPR", "Diperbaiki pekan depan", now);
        assertThat(c.status()).as("one agency still working").isEqualTo(ComplaintStatus.DISPATCHED);
        c.receiveAtAgency("op2", "DISHUB", now);
        c.answerFromAgency("op2", "DISHUB", "Rambu dipasang", now);
        assertThat(c.status()).isEqualTo(ComplaintStatus.ANSWERED);
        c.respond("admin", "Jembatan diperbaiki pekan depan; rambu sudah dipasang.", now, clocks);
        assertThat(c.autoCloseDue()).contains(LocalDate.parse("2026-03-26"));
        c.rate(4, now);
        c.close("reporter", now, clocks);
        c.archive("admin", now);
        assertThat(c.status()).isEqualTo(ComplaintStatus.ARCHIVED);
        assertThat(c.newEvents()).extracting(ComplaintEvent::step).contains(HandlingStep.REVIEW,
                HandlingStep.FOLLOW_UP, HandlingStep.EXAMINATION, HandlingStep.REPORTING, HandlingStep.ARCHIVING);
    }

    @Test
    void aRatingChangesUntilTheCaseClosesAndIsFinalAfter() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("PUPR"), now, clocks);
        c.receiveAtAgency("op", "PUPR", now);
        c.answerFromAgency("op", "PUPR", "Diperbaiki", now);
        c.respond("admin", "Diperbaiki pekan depan.", now, clocks);
        c.rate(2, now);
        c.rate(4, now);
        assertThat(c.rating()).contains(4);
        c.close("reporter", now, clocks);
        assertThatThrownBy(() -> c.rate(1, now)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("RATING_FINAL");
            assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        });
        assertThat(c.rating()).contains(4);
    }

    @Test
    void aCaseClosedWithoutARatingIsRatedOnce() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("PUPR"), now, clocks);
        c.receiveAtAgency("op", "PUPR", now);
        c.answerFromAgency("op", "PUPR", "Diperbaiki", now);
        c.respond("admin", "Diperbaiki pekan depan.", now, clocks);
        c.close("reporter", now, clocks);
        c.rate(5, now);
        assertThatThrownBy(() -> c.rate(3, now)).hasMessageContaining("RATING_FINAL");
        assertThat(c.rating()).contains(5);
    }

    @Test
    void anAgencyCanOnlyActOnAPartItHolds() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("PUPR"), now, clocks);
        assertThatThrownBy(() -> c.answerFromAgency("op", "DINKES", "x", now))
                .isInstanceOf(DomainException.class).hasMessageContaining("NOT_DISPATCHED_TO_UNIT");
        assertThatThrownBy(() -> c.answerFromAgency("op", "PUPR", "x", now))
                .as("not yet received by the agency").hasMessageContaining("NOT_DISPATCHED_TO_UNIT");
    }

    @Test
    void notOurRemitSendsItBackForRoutingAndARedispatchCarriesOn() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("DINKES"), now, clocks);
        c.returnAsNotOurRemit("op", "DINKES", "Urusan jalan, bukan kesehatan", now);
        assertThat(c.status()).isEqualTo(ComplaintStatus.VERIFIED);
        c.redispatch("admin", "DINKES", "PUPR", "Salah alamat", now, clocks);
        assertThat(c.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(c.dispatches()).extracting(Dispatch::orgUnit, Dispatch::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DINKES", DispatchStatus.RETURNED),
                org.assertj.core.groups.Tuple.tuple("PUPR", DispatchStatus.SENT));
    }

    @Test
    void anInvalidTransitionIsAConflict() {
        Complaint c = received();
        assertThatThrownBy(() -> c.respond("admin", "x", now, clocks)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT))
                .hasMessageContaining("COMPLAINT_STATE_CONFLICT");
        c.reject("admin", RejectionReason.SPAM, null, now);
        assertThatThrownBy(() -> c.verify("admin", null, now)).hasMessageContaining("COMPLAINT_STATE_CONFLICT");
    }

    /** The history a reporter and an officer read speaks Bahasa Indonesia: no channel or reason codes, no ISO dates. */
    @Test
    void theHistoryNotesAreInWordsNotCodes() {
        Complaint c = received();
        assertThat(c.newEvents()).extracting(ComplaintEvent::note)
                .containsExactly("Diterima melalui situs web", "Nomor laporan " + c.trackingNumber());
        c.reject("admin", RejectionReason.NOT_REGENCY_MATTER, "Jalan nasional", now);
        assertThat(c.newEvents()).last().extracting(ComplaintEvent::note)
                .isEqualTo("Tidak dapat diproses: bukan kewenangan pemerintah kabupaten. Jalan nasional");
    }

    @Test
    void clarificationGoesBackToReview() {
        Complaint c = received();
        c.requestClarification("admin", "Di desa mana?", now);
        c.clarify("Desa Pandan Enim", now);
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void reopenWithinTheWindowOnlyAndAutoCloseWhenDue() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("PUPR"), now, clocks);
        c.receiveAtAgency("op", "PUPR", now);
        c.answerFromAgency("op", "PUPR", "Sudah", now);
        c.respond("admin", "Sudah diperbaiki", now, clocks);
        assertThat(c.closeIfDue(now, clocks)).isFalse();
        clocks.today = LocalDate.parse("2026-03-27");
        assertThat(c.closeIfDue(now, clocks)).isTrue();
        assertThat(c.reopenUntil()).contains(LocalDate.parse("2026-04-06"));

        c.reopen("Belum diperbaiki", now, clocks);
        assertThat(c.status()).isEqualTo(ComplaintStatus.DISPATCHED);
        assertThat(c.dispatches()).extracting(Dispatch::status).containsExactly(DispatchStatus.SENT);

        c.receiveAtAgency("op", "PUPR", now);
        c.answerFromAgency("op", "PUPR", "Kali ini sungguh", now);
        c.respond("admin", "Sudah", now, clocks);
        c.close("reporter", now, clocks);
        clocks.today = LocalDate.parse("2026-04-30");
        assertThatThrownBy(() -> c.reopen("lagi", now, clocks)).hasMessageContaining("REOPEN_WINDOW_PASSED");
    }

    @Test
    void aMergedDuplicateEndsAndPointsAtItsTarget() {
        Complaint target = received();
        Complaint dup = received();
        dup.mergeInto("admin", target, now);
        assertThat(dup.status()).isEqualTo(ComplaintStatus.MERGED);
        assertThat(dup.mergedInto()).contains(target.id());
        assertThat(target.newEvents()).extracting(ComplaintEvent::action).contains("MERGED_FROM");
        assertThatThrownBy(() -> target.mergeInto("admin", target, now)).hasMessageContaining("INVALID_MERGE_TARGET");
    }

    @Test
    void ratingsAreOneToFive() {
        Complaint c = received();
        c.verify("admin", null, now);
        c.dispatch("admin", List.of("PUPR"), now, clocks);
        c.receiveAtAgency("op", "PUPR", now);
        c.answerFromAgency("op", "PUPR", "Sudah", now);
        c.respond("admin", "Sudah", now, clocks);
        assertThatThrownBy(() -> c.rate(6, now)).hasMessageContaining("INVALID_RATING");
    }
}
