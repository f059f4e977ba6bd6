package id.balai.tenancy.domain.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Point;

import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.UnitTree;
import id.balai.tenancy.infrastructure.TenantFileReader;

/**
 * Which kecamatan and desa/kelurahan hold a point (issue 15 item 4), on the sample boundaries both regencies ship:
 * inside, outside, on a border, and every drawn unit's own centroid back to that unit.
 */
class BoundariesTest {

    /** The regency's folder as the server reads it at start: definition and boundaries, checked together. */
    static Boundaries shipped(String slug) {
        TenantFileReader.Result r = TenantFiles.reader().readFolder(TenantFiles.dir().resolve(slug),
                TenantFileReader.Context.NONE);
        assertThat(r.problems()).as(slug).isEmpty();
        return Boundaries.of(TenantFileReader.document(r.boundariesJson().orElseThrow()), r.definition().get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"muara-enim", "luwu-timur"})
    void bothSampleRegenciesDrawEveryDistrictAndVillageOfTheirDefinition(String slug) {
        Boundaries b = shipped(slug);
        List<String> areas = TenantFiles.definition(slug).flattenedUnits().stream()
                .filter(p -> p.unit().kind() == OrgUnitKind.DISTRICT || p.unit().kind() == OrgUnitKind.VILLAGE
                        || p.unit().kind() == OrgUnitKind.WARD)
                .map(p -> p.unit().code()).toList();
        assertThat(b.features()).extracting(Boundaries.Feature::orgUnit).containsExactlyInAnyOrderElementsOf(areas);
    }

    @ParameterizedTest
    @ValueSource(strings = {"muara-enim", "luwu-timur"})
    void everyVillagesCentroidMapsToItselfAndEveryDistrictsToItself(String slug) {
        Boundaries b = shipped(slug);
        for (Boundaries.Feature f : b.features()) {
            Point centroid = f.shape().getGeometry().getCentroid();
            Optional<Area> found = b.locate(centroid.getY(), centroid.getX());
            assertThat(found).as(f.orgUnit()).isPresent();
            if (f.kind() == OrgUnitKind.DISTRICT) {
                assertThat(found.get().district()).as(f.orgUnit()).isEqualTo(f.orgUnit());
            } else {
                assertThat(found.get()).as(f.orgUnit()).isEqualTo(new Area(f.parent(), f.orgUnit()));
            }
        }
    }

    @Test
    void theTownsAreInTheirOwnDistrictAndVillage() {
        Boundaries luwuTimur = shipped("luwu-timur");
        assertThat(luwuTimur.locate(-2.63, 121.10)).contains(new Area("KEC-MALILI", "KEL-MALILI"));
        assertThat(luwuTimur.locate(-2.585, 121.06)).contains(new Area("KEC-MALILI", "DESA-USSU"));
        assertThat(luwuTimur.locate(-2.58, 120.80)).contains(new Area("KEC-WOTU", "DESA-LAMPENAI"));
        assertThat(luwuTimur.locate(-2.53, 121.36)).contains(new Area("KEC-NUHA", "DESA-SOROWAKO"));
        assertThat(shipped("muara-enim").locate(-3.65, 103.77)).contains(new Area("KEC-MUARA-ENIM",
                "KEL-PASAR-II"));
    }

    @Test
    void aPointInADistrictButNoDrawnVillageIsInTheDistrictAlone() {
        Area a = shipped("luwu-timur").locate(-2.75, 121.20).orElseThrow();
        assertThat(a).isEqualTo(new Area("KEC-MALILI", null));
        assertThat(a.nearestUnit()).isEqualTo("KEC-MALILI");
        assertThat(new Area("KEC-MALILI", "DESA-USSU").nearestUnit()).isEqualTo("DESA-USSU");
    }

    @Test
    void aPointOutsideEveryShapeIsNowhere() {
        Boundaries luwuTimur = shipped("luwu-timur");
        assertThat(luwuTimur.locate(-6.2, 106.8)).isEmpty(); // Jakarta
        assertThat(luwuTimur.locate(-2.60, 120.96)).isEmpty(); // between Wotu and Malili: other kecamatan
        assertThat(shipped("muara-enim").locate(-2.63, 121.10)).isEmpty(); // Malili, in the other regency
        assertThat(Boundaries.NONE.locate(-2.63, 121.10)).isEmpty();
    }

    @Test
    void aPointOnABorderBelongsToTheShapeListedFirst() {
        // Kecamatan Malili and Kecamatan Nuha share the line of latitude -2.52 from 121.15 to 121.26.
        Boundaries luwuTimur = shipped("luwu-timur");
        assertThat(luwuTimur.locate(-2.52, 121.20)).contains(new Area("KEC-MALILI", null));
        // Muara Enim and Lawang Kidul share latitude -3.70 from 103.76 to 103.86; Muara Enim is listed first.
        assertThat(shipped("muara-enim").locate(-3.70, 103.80)).contains(new Area("KEC-MUARA-ENIM", null));
        // Kelurahan Malili and Desa Ussu share latitude -2.61 from 121.07 to 121.09; the kelurahan is listed first.
        assertThat(luwuTimur.locate(-2.61, 121.08)).contains(new Area("KEC-MALILI", "KEL-MALILI"));
        // A corner counts as the border it is.
        assertThat(luwuTimur.locate(-2.52, 121.26)).contains(new Area("KEC-MALILI", null));
    }

    @Test
    void unitsTakeTheirNamesAndParentsFromTheDefinitionInForceAndLeftOutUnitsAreNotDrawn() {
        TenantDefinition d = TenantFiles.definition("luwu-timur");
        String geojson = TenantFiles.reader().readFolder(TenantFiles.dir().resolve("luwu-timur"),
                TenantFileReader.Context.NONE).boundariesJson().orElseThrow();
        List<TenantDefinition.OrgUnit> renamed = UnitTree.change(d.orgUnits(), "DESA-USSU",
                u -> new TenantDefinition.OrgUnit(u.code(), "Desa Ussu Baru", u.nameEn(), u.kind(), u.hostsSpikm(),
                        u.hostsPpidUtama(), u.ppidPembantu(), u.children()));
        TenantDefinition edited = UnitTree.withUnits(d, UnitTree.remove(renamed, "DESA-WEWANGRIU"));
        Boundaries b = Boundaries.of(TenantFileReader.document(geojson), edited);
        assertThat(b.features()).extracting(Boundaries.Feature::orgUnit).doesNotContain("DESA-WEWANGRIU");
        assertThat(b.features()).filteredOn(f -> f.orgUnit().equals("DESA-USSU")).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Desa Ussu Baru");
            assertThat(f.parent()).isEqualTo("KEC-MALILI");
            assertThat(f.kind()).isEqualTo(OrgUnitKind.VILLAGE);
        });
        // Where Wewangriu was drawn is now the district alone.
        assertThat(b.locate(-2.585, 121.165)).contains(new Area("KEC-MALILI", null));
    }
}
