package id.balai.register.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.TenantId;
import id.balai.register.domain.AvailableForm;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;
import id.balai.tenancy.domain.TenantDefinition;

class CodeSchemeTest {

    @Test
    void theDefaultCodeNamesTheTenantTheUnitTheClassAndTheEntrysSequence() {
        TenantDefinition lt = new TenantDefinition("luwu-timur", "Kabupaten Luwu Timur", null, "LT", "73.24", null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        RegisterEntry e = RegisterEntry.describe(new TenantId("luwu-timur"), UUID.randomUUID(), "DIP/LT-2026-000042",
                new RegisterEntry.Description("Laporan keuangan", "Laporan keuangan dinas tahun 2025", null, "PUPR",
                        "Sekretaris", LocalDate.parse("2026-01-02"), "Malili", Set.of(AvailableForm.SOFTCOPY),
                        "5 tahun"), InformationClass.BERKALA, "PUPR", null, LocalDate.parse("2026-03-16"), 6,
                Instant.parse("2026-03-16T01:00:00Z"));
        assertThat(CodeScheme.codeFor(lt, e)).isEqualTo("LT.PUPR.B.2026-000042");
    }
}
