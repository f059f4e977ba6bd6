package id.balai.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.tenancy.domain.TenantDefinition;

/** The link's mapping of topics and agencies, and its retries, as the tenant file sets them. */
class LaporSettingsTest {
    private static final TenantDefinition.Lapor LAPOR = new TenantDefinition.Lapor("https://api.lapor.go.id/v1",
            "BALAI_LAPOR_TOKEN_X", null, 10, 3,
            List.of(new TenantDefinition.LaporTopic("Infrastruktur", "JALAN"),
                    new TenantDefinition.LaporTopic("Jalan dan Jembatan", "JALAN"),
                    new TenantDefinition.LaporTopic("Kesehatan", "KESEHATAN")),
            List.of(new TenantDefinition.LaporAgency("Dinas PU Kabupaten Uji", "PUPR")));

    @Test
    void topicsMapToCategoriesBothWaysAndAgenciesToUnits() {
        assertThat(LAPOR.categoryOf("infrastruktur ")).contains("JALAN");
        assertThat(LAPOR.categoryOf("Jalan dan Jembatan")).contains("JALAN");
        assertThat(LAPOR.categoryOf("Pendidikan")).isEmpty();
        assertThat(LAPOR.categoryOf(null)).isEmpty();
        assertThat(LAPOR.topicOf("JALAN")).contains("Infrastruktur");
        assertThat(LAPOR.topicOf("LAINNYA")).isEmpty();
        assertThat(LAPOR.unitOf("Dinas PU Kabupaten Uji")).contains("PUPR");
        assertThat(LAPOR.unitOf("Dinas lain")).isEmpty();
    }

    @Test
    void leftOutKeysTakeTheirDefaults() {
        TenantDefinition.Lapor bare = new TenantDefinition.Lapor("https://x.go.id", "T_X", null, null, null, null,
                null);
        assertThat(bare.pullSeconds()).isEqualTo(300);
        assertThat(bare.retrySeconds()).isEqualTo(30);
        assertThat(bare.maxAttempts()).isEqualTo(5);
        assertThat(bare.topics()).isEmpty();
        assertThat(bare.agencies()).isEmpty();
    }

    @Test
    void aFailedSendWaitsLongerEachTimeAndIsGivenUpAfterTheLastAttempt() {
        LaporSettings.Link link = new LaporSettings.Link(LAPOR,
                new NationalComplaintLink.Endpoint(URI.create("https://api.lapor.go.id/v1"), "t"));
        Instant now = Instant.parse("2026-03-02T01:00:00Z");
        assertThat(link.retryAt(1, now)).contains(now.plusSeconds(10));
        assertThat(link.retryAt(2, now)).contains(now.plusSeconds(20));
        assertThat(link.retryAt(3, now)).isEmpty();
    }

    @Test
    void theEndpointNeverPrintsItsToken() {
        assertThat(new NationalComplaintLink.Endpoint(URI.create("https://api.lapor.go.id/v1"), "rahasia")
                .toString()).doesNotContain("rahasia");
    }
}
