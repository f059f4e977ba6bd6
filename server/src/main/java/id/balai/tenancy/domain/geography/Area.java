package id.balai.tenancy.domain.geography;

import java.util.Objects;
import java.util.Optional;

/**
 * The units a point lies in: always a kecamatan (DISTRICT), and the desa or kelurahan (VILLAGE, WARD) within it
 * when the regency's boundaries draw one there. Codes of the regency's org units.
 *
 * @param district the DISTRICT's code
 * @param village  the VILLAGE's or WARD's code, or null when no village of the district is drawn at the point
 */
public record Area(String district, String village) {
    public Area {
        Objects.requireNonNull(district, "district");
    }

    public Optional<String> villageCode() {
        return Optional.ofNullable(village);
    }

    /**
     * The unit closest to the place: the desa or kelurahan when there is one, else the kecamatan. What the central
     * administrator is offered as the unit to dispatch a located report to.
     */
    public String nearestUnit() {
        return village != null ? village : district;
    }
}
