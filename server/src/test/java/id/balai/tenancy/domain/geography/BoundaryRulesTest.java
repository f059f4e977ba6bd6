package id.balai.tenancy.domain.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.infrastructure.TenantFileReader;

/**
 * The rules of a regency's {@code boundaries.geojson} (issue 15 item 4), through the one check of a definition that
 * every path uses (a folder at start, an archive): each refuses its case at the file's own path, in both languages,
 * and the whole regency is refused with it.
 */
class BoundaryRulesTest {
    private final TenantFileReader reader = TenantFiles.reader();

    /** Two districts side by side, each with a village; an agency. */
    static final String DEFINITION = """
            slug: uji-batas
            name: Kabupaten Uji Batas
            shortCode: UB
            regionCode: "99.03"
            province:
              code: "99"
              name: Provinsi Uji
            timeZone: WITA
            channels:
              website: uji-batas.example.go.id
              smsNumber: "081100009903"
            orgUnits:
              - code: KOMINFO
                name: Dinas Komunikasi dan Informatika
                kind: AGENCY
                hostsSpikm: true
                hostsPpidUtama: true
              - code: KEC-BARAT
                name: Kecamatan Barat
                kind: DISTRICT
                children:
                  - code: DESA-BARAT
                    name: Desa Barat
                    kind: VILLAGE
              - code: KEC-TIMUR
                name: Kecamatan Timur
                kind: DISTRICT
                children:
                  - code: KEL-TIMUR
                    name: Kelurahan Timur
                    kind: WARD
            """;

    /** A feature: a square (or any ring) of [longitude, latitude] positions. */
    static String feature(String unit, String name, String coordinates) {
        return "{\"type\": \"Feature\", \"properties\": {\"orgUnit\": \"" + unit + "\", \"name\": \"" + name
                + "\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" + coordinates + "]}}";
    }

    /** A closed square ring from (west, south) to (east, north). */
    static String square(double west, double south, double east, double north) {
        return "[[" + west + ", " + south + "], [" + east + ", " + south + "], [" + east + ", " + north + "], ["
                + west + ", " + north + "], [" + west + ", " + south + "]]";
    }

    static String collection(String... features) {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(", ", features) + "]}";
    }

    static final String BARAT = feature("KEC-BARAT", "Kecamatan Barat", square(120.0, -3.0, 120.2, -2.8));
    static final String TIMUR = feature("KEC-TIMUR", "Kecamatan Timur", square(120.2, -3.0, 120.4, -2.8));
    static final String DESA_BARAT = feature("DESA-BARAT", "Desa Barat", square(120.05, -2.95, 120.1, -2.9));
    static final String KEL_TIMUR = feature("KEL-TIMUR", "Kelurahan Timur", square(120.25, -2.95, 120.3, -2.9));
    static final String VALID = collection(BARAT, TIMUR, DESA_BARAT, KEL_TIMUR);

    static Stream<Arguments> brokenBoundaries() {
        String p = BoundaryRules.ROOT;
        return Stream.of(
                Arguments.of("not JSON", "{\"type\": \"FeatureCollection\", ", List.of(p)),
                Arguments.of("not a FeatureCollection", "{\"type\": \"Feature\"}", List.of(p + ".type")),
                Arguments.of("no features", "{\"type\": \"FeatureCollection\"}", List.of(p + ".features")),
                Arguments.of("not a Feature", collection("{\"type\": \"Point\"}"), List.of(p + ".features[0].type")),
                Arguments.of("a point, not a polygon", collection("{\"type\": \"Feature\", \"properties\": "
                        + "{\"orgUnit\": \"KEC-BARAT\", \"name\": \"Kecamatan Barat\"}, \"geometry\": "
                        + "{\"type\": \"Point\", \"coordinates\": [120.1, -2.9]}}"),
                        List.of(p + ".features[0].geometry.type")),
                Arguments.of("no geometry", collection("{\"type\": \"Feature\", \"properties\": "
                        + "{\"orgUnit\": \"KEC-BARAT\", \"name\": \"Kecamatan Barat\"}, \"geometry\": null}"),
                        List.of(p + ".features[0].geometry")),
                Arguments.of("a ring that is not closed", collection(feature("KEC-BARAT", "Kecamatan Barat",
                        "[[120.0, -3.0], [120.2, -3.0], [120.2, -2.8], [120.0, -2.8], [120.0, -2.9]]")),
                        List.of(p + ".features[0].geometry.coordinates[0]")),
                Arguments.of("a ring of three positions", collection(feature("KEC-BARAT", "Kecamatan Barat",
                        "[[120.0, -3.0], [120.2, -3.0], [120.0, -3.0]]")),
                        List.of(p + ".features[0].geometry.coordinates[0]")),
                Arguments.of("latitude and longitude swapped", collection(feature("KEC-BARAT", "Kecamatan Barat",
                        "[[-3.0, 120.0], [-3.0, 120.2], [-2.8, 120.2], [-2.8, 120.0], [-3.0, 120.0]]")),
                        List.of(p + ".features[0].geometry.coordinates[0][0]")),
                Arguments.of("a position that is not two numbers", collection(feature("KEC-BARAT",
                        "Kecamatan Barat", "[[120.0, -3.0], [120.2, \"-3.0\"], [120.2, -2.8], [120.0, -3.0]]")),
                        List.of(p + ".features[0].geometry.coordinates[0][1]")),
                Arguments.of("a self-intersecting ring (a bow tie)", collection(feature("KEC-BARAT",
                        "Kecamatan Barat", "[[120.0, -3.0], [120.2, -2.8], [120.2, -3.0], [120.0, -2.8], "
                        + "[120.0, -3.0]]")), List.of(p + ".features[0].geometry")),
                Arguments.of("an org unit the definition does not have", collection(BARAT,
                        feature("KEC-UTARA", "Kecamatan Utara", square(120.0, -2.8, 120.2, -2.6))),
                        List.of(p + ".features[1].properties.orgUnit")),
                Arguments.of("an agency, not an area", collection(feature("KOMINFO", "Dinas Kominfo",
                        square(120.0, -2.8, 120.2, -2.6))), List.of(p + ".features[0].properties.orgUnit")),
                Arguments.of("no orgUnit", collection(feature("", "Kecamatan Barat", square(120.0, -3.0, 120.2,
                        -2.8))), List.of(p + ".features[0].properties.orgUnit")),
                Arguments.of("one unit drawn twice", collection(BARAT, TIMUR, feature("KEC-BARAT", "Lagi",
                        square(120.0, -3.2, 120.2, -3.0))), List.of(p + ".features[2].properties.orgUnit")),
                Arguments.of("no name", collection(feature("KEC-BARAT", "", square(120.0, -3.0, 120.2, -2.8))),
                        List.of(p + ".features[0].properties.name")),
                Arguments.of("a village half outside its district", collection(BARAT, TIMUR,
                        feature("DESA-BARAT", "Desa Barat", square(120.15, -2.95, 120.25, -2.9))),
                        List.of(p + ".features[2].geometry")),
                Arguments.of("a ward drawn in the other district", collection(BARAT, TIMUR,
                        feature("KEL-TIMUR", "Kelurahan Timur", square(120.05, -2.95, 120.1, -2.9))),
                        List.of(p + ".features[2].geometry")),
                Arguments.of("two districts overlapping", collection(BARAT,
                        feature("KEC-TIMUR", "Kecamatan Timur", square(120.1, -3.0, 120.4, -2.8))),
                        List.of(p + ".features[1].geometry")),
                Arguments.of("two villages overlapping", collection(DESA_BARAT,
                        feature("KEL-TIMUR", "Kelurahan Timur", square(120.07, -2.95, 120.12, -2.9))),
                        List.of(p + ".features[1].geometry")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBoundaries")
    void eachRuleRefusesItsCaseAtItsPathInBothLanguages(String rule, String geojson, List<String> paths) {
        TenantFileReader.Result r = reader.read(DEFINITION, geojson, TenantFileReader.Context.NONE);
        assertThat(r.valid()).as(rule).isFalse();
        assertThat(r.problems()).extracting(DefinitionProblem::path).as(rule).containsExactlyInAnyOrderElementsOf(
                paths);
        assertThat(r.problems()).as(rule).allSatisfy(problem -> {
            assertThat(problem.message()).isNotBlank();
            assertThat(problem.messageId()).isNotBlank().isNotEqualTo(problem.message());
        });
    }

    @Test
    void validBoundariesPassWithTheDefinitionAndComeBackCompactWithTheirDigest() {
        TenantFileReader.Result r = reader.read(DEFINITION, VALID, TenantFileReader.Context.NONE);
        assertThat(r.problems()).isEmpty();
        assertThat(r.boundariesJson()).hasValueSatisfying(json -> assertThat(json).doesNotContain("\n")
                .contains("\"DESA-BARAT\""));
        assertThat(r.boundariesSha256()).isEqualTo(TenantFileReader.sha256(r.boundariesJson().get()));
        // Without boundaries the definition is read as before.
        assertThat(reader.read(DEFINITION).boundariesJson()).isEmpty();
    }

    @Test
    void aSliverOutsideTheDistrictOrSharedWithANeighbourIsNoFault() {
        // 5% of the village outside its district, and the two districts overlapping by 2% of the smaller:
        // simplified neighbouring lines never match exactly.
        String village = feature("DESA-BARAT", "Desa Barat", square(120.1, -2.95, 120.2025, -2.9));
        String timur = feature("KEC-TIMUR", "Kecamatan Timur", square(120.196, -3.0, 120.4, -2.8));
        assertThat(reader.read(DEFINITION, collection(BARAT, timur, village), TenantFileReader.Context.NONE)
                .problems()).isEmpty();
    }

    @Test
    void everyProblemOfBothFilesIsListedAtOnce() {
        TenantFileReader.Result r = reader.read(DEFINITION.replace("regionCode: \"99.03\"", "regionCode: \"16.03\""),
                collection(BARAT, feature("KOMINFO", "Dinas Kominfo", square(120.0, -2.8, 120.2, -2.6))),
                TenantFileReader.Context.NONE);
        assertThat(r.problems()).extracting(DefinitionProblem::path).containsExactlyInAnyOrder("$.regionCode",
                BoundaryRules.ROOT + ".features[1].properties.orgUnit");
    }

    @Test
    void withoutAUnitTreeOnlyTheFilesOwnRulesApply() {
        // The schema reports a definition without orgUnits; the boundaries are not held against a tree it lacks.
        com.fasterxml.jackson.databind.JsonNode geo = TenantFileReader.document(collection(feature("KOMINFO",
                "Dinas Kominfo", square(120.0, -2.8, 120.2, -2.6))));
        assertThat(BoundaryRules.check(geo, TenantFileReader.document("{}"))).isEmpty();
    }
}
