package id.balai.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.TenantId;

class RegisterEntryTest {
    static final LocalDate TODAY = LocalDate.parse("2026-03-16");
    static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");

    static RegisterEntry entry(InformationClass c, LocalDate lastUpdated) {
        RegisterEntry.Description d = new RegisterEntry.Description("Daftar perizinan bangunan",
                "Ringkasan perizinan bangunan gedung tahun 2025", "Kepala Dinas", "PUPR", "Sekretaris Dinas",
                LocalDate.parse("2026-01-05"), "Muara Enim", Set.of(AvailableForm.SOFTCOPY), "5 tahun");
        return RegisterEntry.describe(new TenantId("muara-enim"), UUID.randomUUID(), "DIP/ME-2026-000001", d, c,
                "PUPR", lastUpdated, TODAY, 6, NOW);
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void theStagesOfPasal16_3FollowInTheirOnlyOrder() {
        RegisterEntry e = entry(InformationClass.SETIAP_SAAT, null);
        assertThat(e.stage()).isEqualTo(DocumentationStage.DESCRIBED);
        assertThat(code(e::authenticate)).isEqualTo("REGISTER_STAGE_CONFLICT");
        assertThat(code(() -> e.codify("X.1"))).isEqualTo("REGISTER_STAGE_CONFLICT");
        e.verify();
        assertThat(code(e::verify)).isEqualTo("REGISTER_STAGE_CONFLICT");
        e.authenticate();
        e.codify("ME.PUPR.SS.2026-000001");
        assertThat(e.stage()).isEqualTo(DocumentationStage.CODIFIED);
        assertThat(e.code()).contains("ME.PUPR.SS.2026-000001");
    }

    @Test
    void onlyACodifiedEntryIsPublishedExceptSertaMertaWhichIsAnnouncedAtOnce() {
        RegisterEntry open = entry(InformationClass.SETIAP_SAAT, null);
        assertThat(code(() -> open.publish(NOW))).isEqualTo("REGISTER_STAGE_CONFLICT");
        RegisterEntry urgent = entry(InformationClass.SERTA_MERTA, null);
        urgent.publish(NOW);
        assertThat(urgent.published()).isTrue();
        assertThat(code(() -> urgent.publish(NOW))).isEqualTo("ALREADY_PUBLISHED");
        urgent.putOnFrontPage();
        assertThat(urgent.frontPage()).isTrue();
    }

    @Test
    void onlyPublishedSertaMertaGoesOnTheFrontPage() {
        RegisterEntry urgent = entry(InformationClass.SERTA_MERTA, null);
        assertThat(code(urgent::putOnFrontPage)).isEqualTo("FRONT_PAGE_ONLY_SERTA_MERTA");
        RegisterEntry open = entry(InformationClass.SETIAP_SAAT, null);
        open.verify();
        open.authenticate();
        open.codify("C");
        open.publish(NOW);
        assertThat(code(open::putOnFrontPage)).isEqualTo("FRONT_PAGE_ONLY_SERTA_MERTA");
    }

    @Test
    void berkalaCarriesItsNextUpdateAndIsOverdueWhenItPasses() {
        RegisterEntry fresh = entry(InformationClass.BERKALA, null);
        assertThat(fresh.nextUpdateDue()).contains(TODAY.plusMonths(6));
        assertThat(fresh.overdue(TODAY)).isFalse();
        RegisterEntry stale = entry(InformationClass.BERKALA, LocalDate.parse("2025-08-01"));
        assertThat(stale.nextUpdateDue()).contains(LocalDate.parse("2026-02-01"));
        assertThat(stale.overdue(TODAY)).isTrue();
        stale.recordUpdate(TODAY, TODAY, 6);
        assertThat(stale.overdue(TODAY)).isFalse();
        assertThat(stale.nextUpdateDue()).contains(LocalDate.parse("2026-09-16"));
        assertThat(code(() -> stale.recordUpdate(TODAY.plusDays(1), TODAY, 6))).isEqualTo("DATE_IN_FUTURE");
    }

    @Test
    void nonBerkalaItemsHaveNoUpdateClock() {
        assertThatThrownBy(() -> entry(InformationClass.SETIAP_SAAT, TODAY)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("ONLY_FOR_BERKALA");
        RegisterEntry open = entry(InformationClass.SETIAP_SAAT, null);
        assertThat(open.overdue(TODAY.plusYears(2))).isFalse();
        assertThat(code(() -> open.recordUpdate(TODAY, TODAY, 6))).isEqualTo("ONLY_FOR_BERKALA");
    }

    @Test
    void anEntryIsNeverDescribedAsExemptWithoutAConsequenceTest() {
        assertThatThrownBy(() -> entry(InformationClass.DIKECUALIKAN, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("EXEMPTION_NEEDS_CONSEQUENCE_TEST");
    }

    static ConsequenceTest.Record record(ExemptionGround g) {
        return new ConsequenceTest.Record(g, "Membuka informasi ini menghambat penyidikan yang sedang berjalan.",
                "Tidak ada", "Tidak ada", "Tidak ada", "Mengganggu ketertiban", TODAY.minusDays(2),
                List.of("Kepala Dinas Kominfo", "Kepala Bagian Hukum"));
    }

    @Test
    void aFixedExemptionMakesTheEntryExemptAndAReviewCanOpenItAgain() {
        RegisterEntry e = entry(InformationClass.BERKALA, LocalDate.parse("2025-08-01"));
        ConsequenceTest t = ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, record(ExemptionGround.A),
                "ppid-pupr", TODAY, NOW);
        assertThat(t.status()).isEqualTo(ConsequenceTest.Status.PROPOSED);
        t.fixExemption(e, "188.45/123/KEP/2026", TODAY.plusYears(1), null, "ppid-utama", TODAY, NOW);
        assertThat(e.exempt()).isTrue();
        assertThat(e.overdue(TODAY)).as("an exempt item is not published periodically").isFalse();
        assertThat(e.exemption()).get().extracting(RegisterEntry.Exemption::decreeNumber)
                .isEqualTo("188.45/123/KEP/2026");
        assertThat(code(() -> t.fixExemption(e, "x", null, null, "p", TODAY, NOW)))
                .isEqualTo("CONSEQUENCE_TEST_STATE_CONFLICT");

        t.review(e, "Kepentingan publik lebih besar: kasus sudah diputus.", false, "ppid-utama", TODAY, NOW, 6);
        assertThat(e.exempt()).isTrue();
        t.review(e, "Kepentingan publik lebih besar: kasus sudah diputus.", true, "ppid-utama", TODAY, NOW, 6);
        assertThat(e.exempt()).isFalse();
        assertThat(e.infoClass()).isEqualTo(InformationClass.BERKALA);
        assertThat(e.nextUpdateDue()).contains(TODAY.plusMonths(6));
        assertThat(t.reviews()).extracting(ConsequenceTest.Review::opened).containsExactly(false, true);
        assertThat(t.status()).isEqualTo(ConsequenceTest.Status.OPENED_ON_REVIEW);
    }

    @Test
    void nonPermanentGroundsNeedAnEndDatePermanentOnesTakeNone() {
        RegisterEntry e = entry(InformationClass.SETIAP_SAAT, null);
        ConsequenceTest a = ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, record(ExemptionGround.F),
                "p", TODAY, NOW);
        assertThat(code(() -> a.fixExemption(e, "SK 1", null, null, "u", TODAY, NOW))).isEqualTo("END_DATE_REQUIRED");
        assertThat(code(() -> a.fixExemption(e, "SK 1", TODAY, null, "u", TODAY, NOW)))
                .isEqualTo("END_DATE_NOT_AFTER_TODAY");
        ConsequenceTest h = ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, record(ExemptionGround.H),
                "p", TODAY, NOW);
        assertThat(code(() -> h.fixExemption(e, "SK 1", TODAY.plusYears(1), null, "u", TODAY, NOW)))
                .isEqualTo("PERMANENT_GROUND_HAS_NO_END");
        h.fixExemption(e, "SK 1", null, null, "u", TODAY, NOW);
        assertThat(e.exempt()).isTrue();
        assertThat(ExemptionGround.F.permanent()).isFalse();
        assertThat(ExemptionGround.G.permanent()).isTrue();
    }

    @Test
    void aRefusedProposalLeavesTheEntryOpenAndCannotBeReviewed() {
        RegisterEntry e = entry(InformationClass.SETIAP_SAAT, null);
        ConsequenceTest t = ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, record(ExemptionGround.H),
                "p", TODAY, NOW);
        t.refuseExemption("Tidak memenuhi uji konsekuensi", "u", NOW);
        assertThat(e.exempt()).isFalse();
        assertThat(code(() -> t.review(e, "kepentingan publik", true, "u", TODAY, NOW, 6)))
                .isEqualTo("CONSEQUENCE_TEST_STATE_CONFLICT");
    }

    @Test
    void theMeetingCannotLieInTheFutureAndAnExemptEntryIsNotProposedAgain() {
        RegisterEntry e = entry(InformationClass.SETIAP_SAAT, null);
        ConsequenceTest.Record future = new ConsequenceTest.Record(ExemptionGround.H, "harm test text", "p", "e", "s",
                "d", TODAY.plusDays(1), List.of("A", "B"));
        assertThat(code(() -> ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, future, "p", TODAY, NOW)))
                .isEqualTo("DATE_IN_FUTURE");
        ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, record(ExemptionGround.H), "p", TODAY, NOW)
                .fixExemption(e, "SK", null, null, "u", TODAY, NOW);
        assertThat(code(() -> ConsequenceTest.propose(e.tenant(), UUID.randomUUID(), e, record(ExemptionGround.H),
                "p", TODAY, NOW))).isEqualTo("ALREADY_EXEMPT");
    }
}
