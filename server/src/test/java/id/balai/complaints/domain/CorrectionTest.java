package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.TenantId;

/** Issue 17 item 2: corrections at verification, and a dispatch with a note and a due date. */
class CorrectionTest {
    private final Instant now = Instant.parse("2026-03-16T03:00:00Z");
    private final DayClocks clocks = DayClocks.onMonday16March2026();

    private Complaint bySms() {
        return Complaint.receive(new TenantId("muara-enim"), "ME-2026-000002", new Complaint.Submission(
                ReportType.COMPLAINT, Channel.SMS, "jalan rusak", "jalan rusak depan sd 3 mohon diperbaiki", null,
                null, null, null, false, false), null, now, clocks, "sms", null);
    }

    @Test
    void aCorrectionChangesTheCaseLogsBeforeAndAfterAndKeepsTheReportersTitle() {
        Complaint c = bySms();
        boolean changed = c.correct("admin-1", new Complaint.Correction(ReportType.CRITICISM, "INFRASTRUKTUR",
                "Jalan rusak di depan SD Negeri 3", List.of("jalan", " sekolah ", "jalan"), Priority.HIGH),
                code -> code.equals("INFRASTRUKTUR") ? "Jalan, jembatan dan drainase" : code, now);

        assertThat(changed).isTrue();
        assertThat(c.category()).isEqualTo("INFRASTRUKTUR");
        assertThat(c.type()).isEqualTo(ReportType.CRITICISM);
        assertThat(c.title()).as("the reporter's own").isEqualTo("jalan rusak");
        assertThat(c.workingTitle()).isEqualTo("Jalan rusak di depan SD Negeri 3");
        assertThat(c.tags()).containsExactly("jalan", "sekolah");
        assertThat(c.priority()).isEqualTo(Priority.HIGH);
        List<ComplaintEvent> logged = c.newEvents().stream().filter(e -> e.action().equals("CORRECTED")).toList();
        assertThat(logged).extracting(ComplaintEvent::note).containsExactly("jenis: Pengaduan \u2192 Kritik",
                "kategori: (kosong) \u2192 Jalan, jembatan dan drainase", "judul kerja: (kosong) \u2192 Jalan rusak di depan SD Negeri 3",
                "tag: (kosong) \u2192 jalan, sekolah", "prioritas: Biasa \u2192 Tinggi");
        assertThat(logged).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("admin-1");
            assertThat(e.publicEvent()).as("officers' history only").isFalse();
        });
    }

    @Test
    void theSameValuesAgainChangeNothingAndABlankTitleGoesBackToTheReporters() {
        Complaint c = bySms();
        c.correct("a", new Complaint.Correction(null, "INFRASTRUKTUR", "Jalan rusak di depan SD", null, null),
                code -> code, now);
        int events = c.newEvents().size();
        assertThat(c.correct("a", new Complaint.Correction(ReportType.COMPLAINT, "INFRASTRUKTUR",
                "Jalan rusak di depan SD", null, Priority.NORMAL), code -> code, now)).isFalse();
        assertThat(c.newEvents()).hasSize(events);
        c.correct("a", new Complaint.Correction(null, null, " ", null, null), code -> code, now);
        assertThat(c.workingTitle()).isEqualTo("jalan rusak");
        assertThat(c.titleCorrected()).isFalse();
    }

    @Test
    void aClosedCaseIsNotCorrected() {
        Complaint c = bySms();
        c.reject("a", RejectionReason.SPAM, null, now);
        assertThatThrownBy(() -> c.correct("a", new Complaint.Correction(null, "INFRASTRUKTUR", null, null, null),
                code -> code, now)).isInstanceOf(DomainException.class).hasMessageContaining("correct");
    }

    @Test
    void aDispatchNoteIsForTheAgenciesAndTheDueDateIsTheOneAsked() {
        Complaint c = bySms();
        c.verify("a", null, now);
        c.dispatch("a", List.of("PUPR"), "Mohon cek lokasi bersama kecamatan", LocalDate.parse("2026-03-18"), now,
                clocks);
        assertThat(c.dispatches()).extracting(Dispatch::dueOn).containsExactly(LocalDate.parse("2026-03-18"));
        ComplaintEvent note = c.newEvents().stream().filter(e -> e.action().equals("DISPATCH_NOTE")).findFirst()
                .orElseThrow();
        assertThat(note.orgUnit()).isEqualTo("PUPR");
        assertThat(note.note()).isEqualTo("Mohon cek lokasi bersama kecamatan");
        assertThat(note.publicEvent()).isFalse();
    }

    @Test
    void aDueDateBeyondTheStandardIsRefusedAndNothingIsSent() {
        Complaint c = bySms();
        c.verify("a", null, now);
        assertThatThrownBy(() -> c.dispatch("a", List.of("PUPR"), null, LocalDate.parse("2026-03-22"), now, clocks))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("DUE_DATE_BEYOND_STANDARD"));
        assertThat(c.dispatches()).isEmpty();
    }
}
