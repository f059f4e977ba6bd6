package id.balai.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.TenantDefinition.ComplaintCategory;
import id.balai.tenancy.domain.TenantDefinition.OrgUnit;

class DefinitionDiffTest {

    private static TenantDefinition with(TenantDefinition d, List<OrgUnit> units, List<ComplaintCategory> categories,
            String name) {
        return new TenantDefinition(d.slug(), name, d.nameEn(), d.shortCode(), d.regionCode(), d.province(),
                d.timeZone(), d.officeHours(), d.hosts(), d.branding(), d.channels(), units, categories,
                d.calendar(), d.parameters(), d.map(), d.notifications(), d.mailIntake(), d.lapor(), d.letters(),
                d.coordinationTeam());
    }

    @Test
    void namesWhatChangedInShortLines() {
        TenantDefinition before = TenantFiles.definition("muara-enim");
        List<OrgUnit> units = new ArrayList<>();
        for (OrgUnit u : before.orgUnits()) {
            if (u.code().equals("DINKES")) {
                units.add(new OrgUnit(u.code(), "Dinas Kesehatan dan KB", u.nameEn(), u.kind(), u.hostsSpikm(),
                        u.hostsPpidUtama(), u.ppidPembantu(), List.of()));
                units.add(u.children().get(0)); // RSUD moves to the top
            } else if (!u.code().equals("BPBD")) {
                units.add(u);
            }
        }
        units.add(new OrgUnit("DISPORA", "Dinas Pemuda dan Olahraga", null, OrgUnitKind.AGENCY, null, null, true,
                null));
        List<ComplaintCategory> categories = before.complaintCategories().stream()
                .map(c -> c.code().equals("LAINNYA") ? new ComplaintCategory(c.code(), c.name(), c.nameEn(), "SETDA")
                        : c)
                .toList();
        TenantDefinition after = with(before, units, categories, "Kabupaten Muara Enim Baru");

        assertThat(DefinitionDiff.between(before, after)).containsExactlyInAnyOrder(
                "name: 'Kabupaten Muara Enim' -> 'Kabupaten Muara Enim Baru'",
                "unit DINKES renamed: 'Dinas Kesehatan' -> 'Dinas Kesehatan dan KB'",
                "unit RSUD moved: under 'DINKES' -> under (none)",
                "unit DISPORA added",
                "unit BPBD deactivated",
                "category LAINNYA routed: KOMINFO -> SETDA");
    }

    @Test
    void theSameDefinitionIsNoChangeAndANewOneIsACreation() {
        TenantDefinition d = TenantFiles.definition("luwu-timur");
        assertThat(DefinitionDiff.between(d, d)).containsExactly("no change");
        assertThat(DefinitionDiff.between(null, d)).singleElement().asString().startsWith("created with");
    }
}
