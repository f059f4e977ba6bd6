package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;

class ResponseTemplateTest {

    private static ResponseTemplate of(Optional<String> unit, String body) {
        return new ResponseTemplate(new TenantId("muara-enim"), UUID.randomUUID(), unit,
                ResponseTemplate.Purpose.ANSWER, "Jawaban umum", body, Instant.EPOCH, "admin");
    }

    @Test
    void placeholdersWithAValueAreFilledOthersStayForTheOfficer() {
        String body = "Laporan {nomor} ({judul}) ditangani {unit} sejak {tanggal}. Petugas: {petugas}.";
        assertThat(of(Optional.empty(), body).fill(Map.of("nomor", "ME-2026-000001", "judul", "Jalan rusak",
                "unit", "Dinas PUPR", "tanggal", "5 Desember 2026")))
                .isEqualTo("Laporan ME-2026-000001 (Jalan rusak) ditangani Dinas PUPR sejak 5 Desember 2026. "
                        + "Petugas: {petugas}.");
    }

    @Test
    void aValueIsInsertedAsWrittenEvenWithDollarsAndBackslashes() {
        assertThat(ResponseTemplate.fill("{judul}", Map.of("judul", "Biaya $5 \\ rusak"))).isEqualTo("Biaya $5 \\ rusak");
    }

    @Test
    void anAgencysTemplateServesThatAgencyOnlyARegencyOneServesAll() {
        assertThat(of(Optional.of("PUPR"), "x").usableBy(Optional.of("PUPR"))).isTrue();
        assertThat(of(Optional.of("PUPR"), "x").usableBy(Optional.of("DINKES"))).isFalse();
        assertThat(of(Optional.empty(), "x").usableBy(Optional.of("DINKES"))).isTrue();
        assertThat(of(Optional.of("PUPR"), "x").usableBy(Optional.empty())).as("the regency administrator").isTrue();
    }
}
