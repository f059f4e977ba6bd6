package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.UnitTree;
import id.balai.tenancy.domain.geography.Area;

/**
 * The units the central administrator is offered for a report: the category's agency (SPIKM Pasal 7c) and, for a
 * report with a point, the desa or kelurahan it lies in, else the kecamatan (issue 15 item 4).
 */
class DispatchSuggestionTest {
    private static final Instant NOW = Instant.parse("2026-03-16T03:00:00Z");
    private static final Clocks CLOCKS = DayClocks.onMonday16March2026();
    private final TenantDefinition luwuTimur = TenantFiles.definition("luwu-timur");

    private static Complaint report(String category, Double latitude, Double longitude, Area area) {
        return Complaint.receive(new TenantId("luwu-timur"), "LT-2026-000001", new Complaint.Submission(ReportType.COMPLAINT,
                Channel.WEB, "Jalan rusak", "Jalan berlubang di depan sekolah.", category, null, latitude, longitude,
                false, false), null, NOW, CLOCKS, "citizen:web", area);
    }

    @Test
    void aReportInAVillageIsOfferedTheCategorysAgencyAndTheVillage() {
        Complaint c = report("JALAN-JEMBATAN", -2.585, 121.06, new Area("KEC-MALILI", "DESA-USSU"));
        assertThat(c.area()).contains(new Area("KEC-MALILI", "DESA-USSU"));
        assertThat(DispatchSuggestion.of(c, luwuTimur)).containsExactly(
                new DispatchSuggestion(DispatchSuggestion.Basis.CATEGORY, "PUPR"),
                new DispatchSuggestion(DispatchSuggestion.Basis.AREA, "DESA-USSU"));
    }

    @Test
    void withoutADrawnVillageTheDistrictIsOffered() {
        Complaint c = report(null, -2.75, 121.2, new Area("KEC-MALILI", null));
        assertThat(DispatchSuggestion.of(c, luwuTimur)).containsExactly(
                new DispatchSuggestion(DispatchSuggestion.Basis.AREA, "KEC-MALILI"));
    }

    @Test
    void withoutAPointOnlyTheCategoryAndNeverAUnitTheDefinitionNoLongerHas() {
        assertThat(DispatchSuggestion.of(report("KESEHATAN", null, null, null), luwuTimur)).containsExactly(
                new DispatchSuggestion(DispatchSuggestion.Basis.CATEGORY, "DINKES"));
        Complaint c = report(null, -2.585, 121.06, new Area("KEC-MALILI", "DESA-USSU"));
        TenantDefinition withoutUssu = UnitTree.withUnits(luwuTimur, UnitTree.remove(luwuTimur.orgUnits(),
                "DESA-USSU"));
        assertThat(DispatchSuggestion.of(c, withoutUssu)).isEmpty();
    }

    @Test
    void anAreaComesOnlyFromAPoint() {
        assertThatThrownBy(() -> report(null, null, null, new Area("KEC-MALILI", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
