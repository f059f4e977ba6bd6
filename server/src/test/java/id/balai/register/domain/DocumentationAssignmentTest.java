package id.balai.register.domain;

import static id.balai.support.DomainCodes.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Perbup Luwu Timur Pasal 9e: documentation work assigned, due, done once; overdue after its due day. */
class DocumentationAssignmentTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");

    @Test
    void workIsOverdueAfterItsDueDayAndDoneOnce() {
        DocumentationAssignment a = DocumentationAssignment.assign("DINKES", DocumentationAssignment.Work.MAINTAIN,
                "Pelihara arsip foto kegiatan posyandu", TODAY, TODAY.plusDays(3), "ppid");
        assertThat(a.overdue(TODAY.plusDays(3))).isFalse();
        assertThat(a.overdue(TODAY.plusDays(4))).isTrue();
        DocumentationAssignment done = a.done(TODAY.plusDays(5), "  Arsip diperbarui  ");
        assertThat(done.overdue(TODAY.plusDays(9))).isFalse();
        assertThat(done.doneNote()).contains("Arsip diperbarui");
        assertThat(code(() -> done.done(TODAY.plusDays(6), null))).isEqualTo("ASSIGNMENT_ALREADY_DONE");
    }

    @Test
    void badInputNamesItsField() {
        assertThat(code(() -> DocumentationAssignment.assign("DINKES", null, "Pelihara arsip", TODAY, TODAY, "p")))
                .isEqualTo("FIELD_REQUIRED:work");
        assertThat(code(() -> DocumentationAssignment.assign("DINKES", DocumentationAssignment.Work.MAKE, "x", TODAY,
                TODAY, "p"))).isEqualTo("INVALID_DESCRIPTION:description");
        assertThat(code(() -> DocumentationAssignment.assign("DINKES", DocumentationAssignment.Work.MAKE,
                "Buat dokumentasi", TODAY, TODAY.minusDays(1), "p"))).isEqualTo("INVALID_DUE_DATE:dueOn");
    }
}
