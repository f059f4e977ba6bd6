package id.balai.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.DayClocks;
import id.balai.complaints.domain.ReportType;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.TenantId;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;

/** Where a case may go by the regency's definition (SPIKM Pasal 7c, 8): the category's agency unless others named. */
class CaseRoutingTest {
    private final Tenant muaraEnim = TenantFiles.tenant("muara-enim");

    private Complaint received(String category) {
        return Complaint.receive(new TenantId("muara-enim"), "ME-2026-000001", new Complaint.Submission(
                ReportType.COMPLAINT, Channel.WEB, "Jembatan rusak", "Jembatan di Desa Pandan Enim patah.", category,
                "Desa Pandan Enim", null, null, false, false), null, Instant.parse("2026-03-16T03:00:00Z"),
                DayClocks.onMonday16March2026(), "reporter", null);
    }

    @Test
    void aDispatchWithoutUnitsGoesToTheCategorysAgency() {
        assertThat(CaseRouting.dispatchUnits(muaraEnim, received("INFRASTRUKTUR"), List.of())).containsExactly("PUPR");
        assertThat(CaseRouting.dispatchUnits(muaraEnim, received("INFRASTRUKTUR"), null)).containsExactly("PUPR");
    }

    @Test
    void namedUnitsMustBeTheRegencysAndAReportWithoutCategoryNeedsThem() {
        DomainException unknown = catchThrowableOfType(DomainException.class,
                () -> CaseRouting.dispatchUnits(muaraEnim, received("INFRASTRUKTUR"), List.of("PUPR", "NASA")));
        assertThat(unknown.code()).isEqualTo("UNKNOWN_ORG_UNIT");
        assertThat(unknown.field()).contains("units");

        DomainException none = catchThrowableOfType(DomainException.class,
                () -> CaseRouting.dispatchUnits(muaraEnim, received(null), List.of()));
        assertThat(none.code()).isEqualTo("UNITS_REQUIRED");
    }

    @Test
    void aCategoryIsNamedAsTheRegencyNamesIt() {
        assertThat(CaseRouting.requireCategory(muaraEnim, " INFRASTRUKTUR ")).isEqualTo("INFRASTRUKTUR");
        assertThat(CaseRouting.categoryName(muaraEnim, "INFRASTRUKTUR")).isEqualTo("Jalan, jembatan dan drainase");
        assertThat(catchThrowableOfType(DomainException.class, () -> CaseRouting.requireCategory(muaraEnim, "X"))
                .code()).isEqualTo("UNKNOWN_CATEGORY");
    }
}
