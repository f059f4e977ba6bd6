package id.balai.tenancy.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantStatus;
import id.balai.tenancy.domain.UnitTree;
import id.balai.tenancy.domain.geography.Area;
import id.balai.tenancy.infrastructure.TenantFileReader;
import id.balai.tenancy.infrastructure.TenantStore;

/**
 * A regency's shapes are kept in memory, read once per snapshot of the regency, and built again when the registry
 * holds a newer one (a live edit of its definition, new boundaries): names follow, points are found as drawn.
 */
class TenantAreasTest {
    private final AtomicInteger reads = new AtomicInteger();
    private volatile Optional<TenantStore.StoredBoundaries> stored = Optional.of(boundaries("luwu-timur"));
    private final TenantAreas areas = new TenantAreas();

    TenantAreasTest() {
        areas.store = new TenantStore() {
            @Override
            public Optional<StoredBoundaries> boundaries(TenantId tenant) {
                reads.incrementAndGet();
                return stored;
            }
        };
    }

    private static TenantStore.StoredBoundaries boundaries(String slug) {
        TenantFileReader.Result r = TenantFiles.reader().readFolder(TenantFiles.dir().resolve(slug),
                TenantFileReader.Context.NONE);
        return new TenantStore.StoredBoundaries(r.boundariesJson().orElseThrow(), r.boundariesSha256());
    }

    @Test
    void theShapesAreReadOncePerSnapshotAndAgainForANewOne() {
        Tenant before = TenantFiles.tenant("luwu-timur");
        assertThat(areas.locate(before, -2.585, 121.06)).contains(new Area("KEC-MALILI", "DESA-USSU"));
        TenantAreas.Areas first = areas.of(before);
        assertThat(areas.of(before)).isSameAs(first);
        assertThat(reads).hasValue(1);

        // A live edit renames Desa Ussu: the registry's next snapshot is a new Tenant, and the shapes follow it.
        TenantDefinition d = before.definition();
        Tenant renamed = new Tenant(UnitTree.withUnits(d, UnitTree.change(d.orgUnits(), "DESA-USSU",
                u -> new TenantDefinition.OrgUnit(u.code(), "Desa Ussu Baru", u.nameEn(), u.kind(), u.hostsSpikm(),
                        u.hostsPpidUtama(), u.ppidPembantu(), u.children()))), TenantStatus.ACTIVE);
        TenantAreas.Areas after = areas.of(renamed);
        assertThat(reads).hasValue(2);
        assertThat(after.boundaries().features()).filteredOn(f -> f.orgUnit().equals("DESA-USSU"))
                .extracting(f -> f.name()).containsExactly("Desa Ussu Baru");
        assertThat(after.version()).isNotEqualTo(first.version());

        // New boundaries arrive (the folder's file changed, the registry reloaded): none at all, here.
        stored = Optional.empty();
        Tenant reloaded = new Tenant(renamed.definition(), TenantStatus.ACTIVE);
        assertThat(areas.locate(reloaded, -2.585, 121.06)).isEmpty();
        assertThat(areas.of(reloaded).boundaries().isEmpty()).isTrue();
    }

    @Test
    void theSameDrawingHasTheSameVersionAnotherRegencyItsOwnShapes() {
        TenantAreas.Areas a = areas.of(TenantFiles.tenant("luwu-timur"));
        TenantAreas.Areas b = areas.of(TenantFiles.tenant("luwu-timur"));
        assertThat(b.version()).isEqualTo(a.version());
        stored = Optional.of(boundaries("muara-enim"));
        Tenant muaraEnim = TenantFiles.tenant("muara-enim");
        assertThat(areas.locate(muaraEnim, -3.65, 103.77)).contains(new Area("KEC-MUARA-ENIM", "KEL-PASAR-II"));
        assertThat(areas.of(muaraEnim).version()).isNotEqualTo(a.version());
    }
}
