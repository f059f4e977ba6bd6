package id.balai.coordination.domain;

import static id.balai.support.DomainCodes.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;

/**
 * SPIKM Pasal 1 no. 13, 6c-d, 7m, 8: a recommendation reaches an agency, its head follows it up by the due date; an
 * overdue one is marked once (and escalated once); a late follow-up is still recorded, as late.
 */
class RecommendationTest {
    private static final TenantId ME = new TenantId("muara-enim");
    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate DEC1 = LocalDate.parse("2026-12-01");

    private static Recommendation issued() {
        return Recommendation.issue(ME, Optional.empty(), "PUPR", "Percepat perbaikan lampu jalan yang dilaporkan warga",
                "tim", NOW, DEC1, LocalDate.parse("2026-12-08"));
    }

    @Test
    void aFollowUpBeforeItsDueDateIsOnTimeAndRecordedOnce() {
        Recommendation r = issued();
        assertThat(r.markOverdue(LocalDate.parse("2026-12-08"))).as("due today: not yet overdue").isFalse();
        r.followUp("Lampu jalan di 12 titik sudah diganti oleh UPT PJU", LocalDate.parse("2026-12-08"), "kepala");
        assertThat(r.late()).isFalse();
        assertThat(r.markOverdue(LocalDate.parse("2026-12-20"))).as("followed up: never overdue").isFalse();
        assertThat(code(() -> r.followUp("Sekali lagi ditindaklanjuti", DEC1, "kepala")))
                .isEqualTo("ALREADY_FOLLOWED_UP");
    }

    @Test
    void anOverdueRecommendationIsMarkedOnceAndALateFollowUpSaysSo() {
        Recommendation r = issued();
        assertThat(r.markOverdue(LocalDate.parse("2026-12-09"))).isTrue();
        assertThat(r.overdueSince()).contains(LocalDate.parse("2026-12-09"));
        assertThat(r.markOverdue(LocalDate.parse("2026-12-10"))).as("escalated once").isFalse();
        assertThat(r.late()).isTrue();
        r.followUp("Lampu jalan diganti setelah anggaran perubahan", LocalDate.parse("2026-12-14"), "kepala");
        assertThat(r.late()).isTrue();
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertThat(code(() -> Recommendation.issue(ME, Optional.empty(), "PUPR", "pendek", "tim", NOW, DEC1,
                LocalDate.parse("2026-12-08")))).isEqualTo("INVALID_RECOMMENDATION:text");
        assertThat(code(() -> Recommendation.issue(ME, Optional.empty(), "PUPR", "Isi rekomendasi yang cukup panjang",
                "tim", NOW, DEC1, DEC1))).isEqualTo("DUE_DATE_NOT_AFTER_ISSUE:dueOn");
        assertThat(code(() -> Recommendation.issue(ME, Optional.empty(), " ", "Isi rekomendasi yang cukup panjang",
                "tim", NOW, DEC1, LocalDate.parse("2026-12-08")))).isEqualTo("FIELD_REQUIRED:unit");
        assertThat(code(() -> issued().followUp("ok", DEC1, "kepala"))).isEqualTo("INVALID_FOLLOW_UP:followUp");
        assertThat(code(() -> Problem.pass(ME, "Lam", "x", Optional.empty(), List.of(), "ops", NOW, DEC1)))
                .isEqualTo("INVALID_TITLE:title");
        assertThat(code(() -> Problem.pass(ME, "Lampu jalan padam berulang", "Banyak laporan", Optional.empty(),
                List.of("nomor-salah"), "ops", NOW, DEC1))).isEqualTo("INVALID_COMPLAINT_NUMBER:complaints");
        Problem p = Problem.pass(ME, "Lampu jalan padam berulang", "Banyak laporan", Optional.of("PUPR"),
                List.of(" ME-2026-000123 ", "ME-2026-000123"), "ops", NOW, DEC1);
        assertThat(p.complaints()).containsExactly("ME-2026-000123");
        Problem handled = p.handle("Dibahas dalam rapat koordinasi", DEC1);
        assertThat(code(() -> handled.handle("lagi", DEC1))).isEqualTo("PROBLEM_ALREADY_HANDLED");
    }
}
