package id.balai.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TimeZoneCode;

class TenantFileReaderTest {
    private final TenantFileReader reader = TenantFiles.reader();

    @Test
    void everyShippedTenantFileIsValid() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(TenantFiles.dir())) {
            folders = s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("_"))
                    .filter(p -> !p.getFileName().toString().equals("schema"))
                    .toList();
        }
        assertThat(folders).extracting(p -> p.getFileName().toString()).contains("muara-enim", "luwu-timur");
        for (Path folder : folders) {
            // As the server reads a folder at start: the definition with its boundaries, when it has them.
            TenantFileReader.Result r = reader.readFolder(folder, TenantFileReader.Context.NONE);
            assertThat(r.problems()).as(folder.toString()).isEmpty();
            assertThat(r.definition().get().slug()).isEqualTo(folder.getFileName().toString());
        }
    }

    @Test
    void bothSampleRegenciesComeWithTheirSampleBoundariesMarkedAsSamples() throws IOException {
        for (String slug : List.of("muara-enim", "luwu-timur")) {
            TenantFileReader.Result r = reader.readFolder(TenantFiles.dir().resolve(slug),
                    TenantFileReader.Context.NONE);
            assertThat(r.boundariesJson()).as(slug).isPresent();
            assertThat(Files.readString(TenantFiles.dir().resolve(slug).resolve("boundaries.geojson")))
                    .contains("\"name\": \"CONTOH / SAMPLE");
        }
    }

    @Test
    void muaraEnimHasTheChannelsOfSpikmPasal8() {
        TenantDefinition d = TenantFiles.definition("muara-enim");
        assertThat(d.channels().smsNumber()).isEqualTo("082374048333");
        assertThat(d.channels().website()).isEqualTo("info.muaraenimkab.go.id");
        assertThat(d.timeZone()).isEqualTo(TimeZoneCode.WIB);
        assertThat(d.flattenedUnits()).filteredOn(p -> p.unit().hostsSpikm()).hasSize(1);
    }

    @Test
    void luwuTimurHasPpidPembantuInAgenciesTheDprdSecretariatAndVillages() {
        TenantDefinition d = TenantFiles.definition("luwu-timur");
        assertThat(d.timeZone()).isEqualTo(TimeZoneCode.WITA);
        assertThat(d.flattenedUnits()).filteredOn(p -> p.unit().ppidPembantu())
                .extracting(p -> p.unit().kind())
                .contains(OrgUnitKind.AGENCY, OrgUnitKind.DPRD_SECRETARIAT, OrgUnitKind.VILLAGE);
    }

    @Test
    void everyVillageOrWardPpidPembantuNamesTheDecreeThatSetItUp() {
        for (String slug : List.of("luwu-timur", "muara-enim")) {
            List<TenantDefinition.OrgUnit> local = TenantFiles.definition(slug).flattenedUnits().stream()
                    .map(TenantDefinition.PlacedUnit::unit).filter(TenantDefinition.OrgUnit::ppidPembantu)
                    .filter(u -> u.kind() == OrgUnitKind.VILLAGE || u.kind() == OrgUnitKind.WARD).toList();
            assertThat(local).as(slug).isNotEmpty().allSatisfy(u -> {
                assertThat(u.ppidDecree().title()).matches("Keputusan (Kepala Desa|Lurah) .+");
                assertThat(u.ppidDecree().number()).isNotBlank();
                assertThat(u.ppidDecree().date()).isBefore(java.time.LocalDate.of(2026, 1, 1));
            });
        }
        TenantDefinition.OrgUnit sorowako = TenantFiles.definition("luwu-timur").flattenedUnits().stream()
                .map(TenantDefinition.PlacedUnit::unit).filter(u -> u.code().equals("DESA-SOROWAKO")).findFirst()
                .orElseThrow();
        assertThat(sorowako.ppidDecree()).isEqualTo(new TenantDefinition.Decree("Keputusan Kepala Desa Sorowako",
                "141/12/DS/III/2025", java.time.LocalDate.of(2025, 3, 10)));
    }

    @Test
    void omittedParametersTakeTheLawsDefaultsAndOverridesHold() {
        TenantDefinition me = TenantFiles.definition("muara-enim");
        assertThat(me.parameters().informationRequest().noticeWorkingDays()).isEqualTo(10);
        assertThat(me.parameters().informationRequest().extensionWorkingDays()).isEqualTo(7);
        assertThat(me.parameters().objection().answerWithinWorkingDays()).isEqualTo(30);
        assertThat(me.parameters().complaint().followUpWorkingDays()).isEqualTo(5);

        TenantDefinition lt = TenantFiles.definition("luwu-timur");
        assertThat(lt.parameters().complaint().followUpWorkingDays()).isEqualTo(7);
        assertThat(lt.parameters().complaint().verifyDispatchWorkingDays()).isEqualTo(2);
        assertThat(lt.parameters().complaint().autoCloseWorkingDays()).isEqualTo(10);
    }

    @Test
    void aWrongTypeIsReportedWithItsPath() {
        TenantFileReader.Result r = reader.read(minimal() + """
                parameters:
                  informationRequest:
                    noticeWorkingDays: sepuluh
                """);
        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).extracting(DefinitionProblem::path)
                .containsExactly("$.parameters.informationRequest.noticeWorkingDays");
        assertThat(r.problems().get(0).message()).contains("integer");
    }

    @Test
    void everySchemaProblemIsReportedAtOnce() {
        TenantFileReader.Result r = reader.read(minimal().replace("timeZone: WIB", "timeZone: GMT")
                .replace("\"081100009901\"", "\"12345\"") + "colour: red\n");
        assertThat(r.problems()).extracting(DefinitionProblem::path)
                .contains("$.timeZone", "$.channels.smsNumber");
        assertThat(r.problems()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void domainRulesAreCheckedAfterTheSchema() {
        TenantFileReader.Result r = reader.read(minimal().replace("    hostsPpidUtama: true\n", "") + """
                  - code: PUPR
                    name: Dinas PUPR
                    kind: AGENCY
                    hostsSpikm: true
                complaintCategories:
                  - code: JALAN
                    name: Jalan
                    routeTo: TIDAKADA
                """);
        assertThat(r.problems()).extracting(DefinitionProblem::toString).containsExactlyInAnyOrder(
                "$.orgUnits[0].hostsSpikm: exactly one unit must host SPIKM (hostsSpikm: true), found 2",
                "$.orgUnits[1].hostsSpikm: exactly one unit must host SPIKM (hostsSpikm: true), found 2",
                "$.orgUnits: exactly one unit must host the PPID Utama (hostsPpidUtama: true), found 0",
                "$.complaintCategories[0].routeTo: no org unit with code TIDAKADA");
    }

    @Test
    void notYamlIsReportedWithItsLine() {
        TenantFileReader.Result r = reader.read("slug: a\nname: [unclosed\n");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$");
            assertThat(p.message()).contains("not valid YAML");
        });
    }

    @Test
    void aValidDefinitionHasAStableDigest() {
        String yaml = minimal();
        assertThat(reader.read(yaml).sha256()).hasSize(64).isEqualTo(reader.read(yaml).sha256());
    }

    @Test
    void theSlugsOfBalaisOwnPagesAreReserved() {
        for (String reserved : List.of("platform", "provinsi", "api", "assets")) {
            TenantFileReader.Result r = reader.read(minimal().replace("slug: uji-coba", "slug: " + reserved));
            assertThat(r.valid()).as(reserved).isFalse();
            assertThat(r.problems()).extracting(DefinitionProblem::path).as(reserved).containsExactly("$.slug");
        }
        assertThat(reader.read(minimal().replace("slug: uji-coba", "slug: platformku")).valid()).isTrue();
    }

    static String minimal() {
        return """
                slug: uji-coba
                name: Kabupaten Uji Coba
                shortCode: UC
                regionCode: "99.01"
                province:
                  code: "99"
                  name: Provinsi Uji
                timeZone: WIB
                channels:
                  website: uji.example.go.id
                  smsNumber: "081100009901"
                orgUnits:
                  - code: KOMINFO
                    name: Dinas Komunikasi dan Informatika
                    kind: AGENCY
                    hostsSpikm: true
                    hostsPpidUtama: true
                """;
    }
}
