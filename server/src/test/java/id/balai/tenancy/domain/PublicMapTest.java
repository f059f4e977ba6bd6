package id.balai.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.balai.platform.interfaces.SecurityHeadersFilter;
import id.balai.support.TenantFiles;

/** The portal's map settings: OpenStreetMap by default, and the one origin the pages' policy allows images from. */
class PublicMapTest {

    @Test
    void aRegencyThatSaysNothingGetsOpenStreetMapOverIndonesiaWithItsCredit() {
        TenantDefinition.PublicMap map = new TenantDefinition.PublicMap(null, null, null, null, null);
        assertThat(map.tiles()).isEqualTo("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
        assertThat(map.attribution()).isEqualTo("© kontributor OpenStreetMap");
        assertThat(map.maxZoom()).isEqualTo(19);
        assertThat(map.center()).isEqualTo(TenantDefinition.PublicMap.INDONESIA);
        assertThat(map.zoom()).isEqualTo(5);
        assertThat(map.tileOrigin()).isEqualTo("https://tile.openstreetmap.org");
    }

    @Test
    void itsOwnTileServerKeepsItsPortAndNeverInheritsOpenStreetMapsCredit() {
        TenantDefinition.PublicMap map = new TenantDefinition.PublicMap(
                "https://peta.contoh.go.id:8443/tiles/{z}/{x}/{y}.png", null, 17,
                new TenantDefinition.MapPoint(-3.65, 103.77), null);
        assertThat(map.tileOrigin()).isEqualTo("https://peta.contoh.go.id:8443");
        assertThat(map.attribution()).isEmpty();
        assertThat(map.zoom()).isEqualTo(11);
        assertThat(SecurityHeadersFilter.policyWithImagesFrom(map.tileOrigin()))
                .contains("img-src 'self' data: https://peta.contoh.go.id:8443;")
                .contains("default-src 'self';").contains("frame-ancestors 'none'");
    }

    @Test
    void bothSampleRegenciesOpenTheirMapsOnTheirSeat() {
        TenantDefinition lt = TenantFiles.definition("luwu-timur");
        assertThat(lt.map().center()).isEqualTo(new TenantDefinition.MapPoint(-2.63, 121.1));
        assertThat(lt.map().zoom()).isEqualTo(10);
        assertThat(TenantFiles.definition("muara-enim").map().tileOrigin()).isEqualTo("https://tile.openstreetmap.org");
    }
}
