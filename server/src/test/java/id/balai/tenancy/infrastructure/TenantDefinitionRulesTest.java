package id.balai.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * The one check of a regency's definition (issue 14, item 3): each cross-field rule refuses its case with the
 * document's own path and a message in both languages; every problem is listed at once; what another regency holds
 * is a clash. The same reader serves every path (files, onboarding, archives, replacement, admin edits), so these
 * cases hold on each of them; the ITs drive each path with them.
 */
class TenantDefinitionRulesTest {
    private final TenantFileReader reader = TenantFiles.reader();

    /** A valid definition with room for every rule: two units (one a district), a category, a day off. */
    static final String VALID = """
            slug: uji-aturan
            name: Kabupaten Uji Aturan
            shortCode: UA
            regionCode: "99.02"
            province:
              code: "99"
              name: Provinsi Uji
            timeZone: WITA
            officeHours:
              open: "08:00"
              close: "16:00"
              fridayClose: "16:30"
            hosts:
              - uji-aturan.example.go.id
            channels:
              website: uji-aturan.example.go.id
              smsNumber: "081100009902"
            orgUnits:
              - code: KOMINFO
                name: Dinas Komunikasi dan Informatika
                kind: AGENCY
                hostsSpikm: true
                hostsPpidUtama: true
              - code: KEC-SATU
                name: Kecamatan Satu
                kind: DISTRICT
                children:
                  - code: DESA-SATU
                    name: Desa Satu
                    kind: VILLAGE
            complaintCategories:
              - code: JALAN
                name: Jalan
                routeTo: KOMINFO
            calendar:
              daysOff:
                - date: "2026-03-02"
                  name: Hari Jadi
            """;

    /** One case per rule: what is broken, and the path it must be reported at. */
    static Stream<Arguments> brokenDefinitions() {
        return Stream.of(
                Arguments.of("region code outside its province", VALID.replace("regionCode: \"99.02\"",
                        "regionCode: \"16.02\""), List.of("$.regionCode")),
                Arguments.of("office closes before it opens", VALID.replace("close: \"16:00\"", "close: \"07:30\""),
                        List.of("$.officeHours.close")),
                Arguments.of("office closes when it opens", VALID.replace("close: \"16:00\"", "close: \"08:00\""),
                        List.of("$.officeHours.close")),
                Arguments.of("Friday closing before opening", VALID.replace("fridayClose: \"16:30\"",
                        "fridayClose: \"07:00\""), List.of("$.officeHours.fridayClose")),
                Arguments.of("opening after the default closing", VALID.replace("""
                          open: "08:00"
                          close: "16:00"
                          fridayClose: "16:30"
                        """, "  open: \"17:00\"\n"), List.of("$.officeHours.open")),
                Arguments.of("a map opening closer than its tiles go", VALID + "map:\n  maxZoom: 16\n  zoom: 17\n",
                        List.of("$.map.zoom")),
                Arguments.of("tiles from a second host through {s}", VALID
                        + "map:\n  tiles: \"https://{s}.tile.example.org/{z}/{x}/{y}.png\"\n", List.of("$.map.tiles")),
                Arguments.of("tiles over plain HTTP", VALID
                        + "map:\n  tiles: \"http://tile.example.org/{z}/{x}/{y}.png\"\n", List.of("$.map.tiles")),
                Arguments.of("a map centre outside Indonesia", VALID
                        + "map:\n  center: {latitude: 51.5, longitude: -0.12}\n",
                        List.of("$.map.center.latitude", "$.map.center.longitude")),
                Arguments.of("duplicate unit code", VALID.replace("code: DESA-SATU", "code: KOMINFO"),
                        List.of("$.orgUnits[1].children[0].code")),
                Arguments.of("no SPIKM host", VALID.replace("    hostsSpikm: true\n", ""), List.of("$.orgUnits")),
                Arguments.of("two SPIKM hosts", VALID.replace("    kind: DISTRICT\n",
                        "    kind: DISTRICT\n    hostsSpikm: true\n"),
                        List.of("$.orgUnits[0].hostsSpikm", "$.orgUnits[1].hostsSpikm")),
                Arguments.of("no PPID Utama host", VALID.replace("    hostsPpidUtama: true\n", ""),
                        List.of("$.orgUnits")),
                Arguments.of("two PPID Utama hosts", VALID.replace("    kind: DISTRICT\n",
                        "    kind: DISTRICT\n    hostsPpidUtama: true\n"),
                        List.of("$.orgUnits[0].hostsPpidUtama", "$.orgUnits[1].hostsPpidUtama")),
                Arguments.of("a village under an agency", VALID.replace("""
                            kind: AGENCY
                            hostsSpikm: true
                            hostsPpidUtama: true
                        """, """
                            kind: AGENCY
                            hostsSpikm: true
                            hostsPpidUtama: true
                            children:
                              - code: DESA-DUA
                                name: Desa Dua
                                kind: VILLAGE
                        """), List.of("$.orgUnits[0].children[0].kind")),
                Arguments.of("a ward at the top", VALID.replace("    kind: DISTRICT\n", "    kind: WARD\n"),
                        List.of("$.orgUnits[1].kind")),
                Arguments.of("a village PPID Pembantu without the decree that set it up (Perbup LT Pasal 8(6))",
                        VALID.replace("        kind: VILLAGE\n", "        kind: VILLAGE\n        ppidPembantu: true\n"),
                        List.of("$.orgUnits[1].children[0].ppidDecree")),
                Arguments.of("a Tim Koordinasi without its chair (SPIKM Pasal 4(1)a)", VALID + """
                        coordinationTeam:
                          decree: {title: Keputusan Bupati Uji, number: "1/2026", date: "2026-01-05"}
                          members:
                            - {post: PENGARAH, position: Bupati}
                            - {post: ANGGOTA, position: Kepala Dinas}
                        """, List.of("$.coordinationTeam.members")),
                Arguments.of("a decree without its number", VALID.replace("        kind: VILLAGE\n", """
                                kind: VILLAGE
                                ppidPembantu: true
                                ppidDecree:
                                  title: Keputusan Kepala Desa Satu
                                  date: "2025-03-10"
                        """), List.of("$.orgUnits[1].children[0].ppidDecree.number")),
                Arguments.of("routeTo names no unit", VALID.replace("routeTo: KOMINFO", "routeTo: TIDAK-ADA"),
                        List.of("$.complaintCategories[0].routeTo")),
                Arguments.of("duplicate category code", VALID.replace("""
                            routeTo: KOMINFO
                        """, """
                            routeTo: KOMINFO
                          - code: JALAN
                            name: Jalan lagi
                            routeTo: DESA-SATU
                        """), List.of("$.complaintCategories[1].code")),
                Arguments.of("a day off listed twice", VALID + """
                            - date: "2026-03-02"
                              name: Lagi
                        """, List.of("$.calendar.daysOff[1].date")),
                Arguments.of("a reserved slug", VALID.replace("slug: uji-aturan", "slug: platform"),
                        List.of("$.slug")),
                Arguments.of("an unknown key, at its own path", VALID + """
                        parameters:
                          complaint:
                            bogus: 3
                        """, List.of("$.parameters.complaint.bogus")),
                Arguments.of("a missing key, at its own path", VALID.replace("  smsNumber: \"081100009902\"\n", ""),
                        List.of("$.channels.smsNumber")),
                Arguments.of("a LAPOR! topic mapped to no category, an agency to no unit", VALID + """
                        lapor:
                          baseUrl: https://api.lapor.go.id/v1
                          tokenEnv: BALAI_LAPOR_TOKEN_UJI
                          topics:
                            - topic: Infrastruktur
                              category: JALAN
                            - topic: Kesehatan
                              category: TIDAK-ADA
                          agencies:
                            - agency: Dinas Kominfo
                              unit: KOMINFO
                            - agency: Dinas PU
                              unit: TIDAK-ADA
                        """, List.of("$.lapor.topics[1].category", "$.lapor.agencies[1].unit")),
                Arguments.of("a LAPOR! address in plain HTTP off the loopback, a token in the file", VALID + """
                        lapor:
                          baseUrl: http://api.lapor.go.id/v1
                          tokenEnv: eyJhbGciOiJIUzI1NiJ9.rahasia
                        """, List.of("$.lapor.baseUrl", "$.lapor.tokenEnv")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDefinitions")
    void eachRuleRefusesItsCaseWithItsPathInBothLanguages(String rule, String yaml, List<String> paths) {
        TenantFileReader.Result r = reader.read(yaml);
        assertThat(r.valid()).as(rule).isFalse();
        assertThat(r.problems()).extracting(DefinitionProblem::path).as(rule).containsAll(paths);
        assertThat(r.problems()).as(rule).allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(p.messageId()).isNotBlank();
            assertThat(p.clash()).isFalse();
        });
    }

    @Test
    void theValidDefinitionPassesAndRoundTripsThroughItsStoredForm() {
        TenantFileReader.Result r = reader.read(VALID);
        assertThat(r.problems()).isEmpty();
        // The stored JSON (defaults filled in) is itself a valid definition with the same digest.
        TenantFileReader.Result again = reader.check(TenantFileReader.document(r.json()),
                TenantFileReader.Context.NONE);
        assertThat(again.problems()).isEmpty();
        assertThat(again.sha256()).isEqualTo(r.sha256());
    }

    @Test
    void aLaporLinkPassesTakesItsDefaultsAndRoundTrips() {
        TenantFileReader.Result r = reader.read(VALID + """
                lapor:
                  baseUrl: https://api.lapor.go.id/v1
                  tokenEnv: BALAI_LAPOR_TOKEN_UJI
                  topics:
                    - topic: Infrastruktur
                      category: JALAN
                  agencies:
                    - agency: Dinas Kominfo
                      unit: KOMINFO
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.definition().orElseThrow().lapor().pullSeconds()).isEqualTo(300);
        TenantFileReader.Result again = reader.check(TenantFileReader.document(r.json()),
                TenantFileReader.Context.NONE);
        assertThat(again.problems()).isEmpty();
        assertThat(again.sha256()).isEqualTo(r.sha256());
    }

    @Test
    void everyProblemIsListedAtOnceSchemaRulesAndClashesTogether() {
        String broken = VALID.replace("regionCode: \"99.02\"", "regionCode: \"16.02\"")
                .replace("close: \"16:00\"", "close: \"07:30\"")
                .replace("routeTo: KOMINFO", "routeTo: TIDAK-ADA")
                .replace("timeZone: WITA", "timeZone: JST")
                .replace("shortCode: UA", "shortCode: ME") + "colour: red\n";
        TenantFileReader.Result r = reader.read(broken,
                TenantFileReader.Context.among(List.of(TenantFiles.definition("muara-enim"))));
        assertThat(r.problems()).extracting(DefinitionProblem::path).contains("$.regionCode",
                "$.officeHours.close", "$.complaintCategories[0].routeTo", "$.timeZone", "$.colour",
                "$.shortCode");
        assertThat(r.onlyClashes()).isFalse();
    }

    @Test
    void whatAnotherRegencyHoldsIsAClashByPath() {
        TenantDefinition me = TenantFiles.definition("muara-enim");
        String taken = VALID.replace("slug: uji-aturan", "slug: muara-enim").replace("shortCode: UA", "shortCode: ME")
                .replace("- uji-aturan.example.go.id", "- uji-aturan.example.go.id\n  - MUARA-ENIM.localhost"
                        .replace("MUARA-ENIM", "muara-enim"))
                .replace("\"081100009902\"", "\"+6282374048333\"");
        TenantFileReader.Result r = reader.read(taken, TenantFileReader.Context.among(List.of(me)));
        assertThat(r.problems()).extracting(DefinitionProblem::path).containsExactlyInAnyOrder("$.slug",
                "$.shortCode", "$.hosts[1]", "$.channels.smsNumber");
        assertThat(r.onlyClashes()).isTrue();
        // replacing muara-enim itself: its own values are no clash
        TenantFileReader.Result own = reader.read(taken, TenantFileReader.Context.among(List.of(me))
                .withSlug("muara-enim", "the regency's slug", "slug"));
        assertThat(own.problems()).isEmpty();
    }

    @Test
    void theSlugMustBeTheOneTheContextRequires() {
        TenantFileReader.Result r = reader.read(VALID, TenantFileReader.Context.NONE.withSlug("lain", "the folder name",
                "nama folder"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.slug");
            assertThat(p.message()).contains("the folder name lain");
            assertThat(p.messageId()).contains("nama folder lain");
        });
    }

    @Test
    void aRunningRegencyKeepsItsShortCodeAndTimeZone() {
        TenantFileReader.Context running = TenantFileReader.Context.NONE
                .withFixed(java.util.Map.of("shortCode", "UA", "timeZone", "WITA"));
        assertThat(reader.read(VALID, running).problems()).isEmpty();
        TenantFileReader.Result r = reader.read(VALID.replace("shortCode: UA", "shortCode: UB")
                .replace("timeZone: WITA", "timeZone: WIT"), running);
        assertThat(r.problems()).extracting(p -> p.path()).containsExactlyInAnyOrder("$.shortCode", "$.timeZone");
        assertThat(r.problems()).allSatisfy(p -> assertThat(p.messageId()).contains("tidak dapat diubah"));
    }

    @Test
    void aValueTheSchemaRefusesDoesNotHideTheCrossFieldRules() {
        // the wrong type stops the record from being built, not the rules that read the document
        TenantFileReader.Result r = reader.read(VALID.replace("routeTo: KOMINFO", "routeTo: TIDAK-ADA") + """
                parameters:
                  informationRequest:
                    noticeWorkingDays: sepuluh
                """);
        assertThat(r.problems()).extracting(DefinitionProblem::path).contains(
                "$.parameters.informationRequest.noticeWorkingDays", "$.complaintCategories[0].routeTo");
    }

    @Test
    void everyShippedDefinitionStaysValidAfterItsOwnRoundTrip() {
        for (String slug : List.of("muara-enim", "luwu-timur")) {
            TenantDefinition d = TenantFiles.definition(slug);
            JsonNode tree = TenantFileReader.document(d);
            assertThat(reader.check(tree, TenantFileReader.Context.NONE).problems()).as(slug).isEmpty();
        }
    }
}
