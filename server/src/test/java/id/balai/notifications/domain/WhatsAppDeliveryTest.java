package id.balai.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** WhatsApp's customer service window: free text within 24 hours of the citizen's last message, else a template. */
class WhatsAppDeliveryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");
    private static final Optional<WhatsAppAccount.Template> TEMPLATE = Optional
            .of(new WhatsAppAccount.Template("balai_pemberitahuan", "id"));

    @Test
    void insideTheWindowTheTextGoesAsItIs() {
        WhatsAppDelivery.Decision d = WhatsAppDelivery.decide("Laporan diterima.\nNo: ME-2026-000001",
                Optional.of(NOW.minus(Duration.ofHours(23).plusMinutes(59))), NOW, TEMPLATE);
        assertThat(d).isEqualTo(new WhatsAppDelivery.Send(
                new WhatsAppGateway.Text("Laporan diterima.\nNo: ME-2026-000001")));
    }

    @Test
    void atTwentyFourHoursOrWithoutAnyMessageTheTemplateCarriesTheTextOnOneLine() {
        WhatsAppGateway.Template expected = new WhatsAppGateway.Template("balai_pemberitahuan", "id",
                "Jawaban laporan ME-2026-000001: Sudah diperbaiki. Selengkapnya: info.muaraenimkab.go.id");
        String text = "Jawaban laporan ME-2026-000001: Sudah diperbaiki.\n\n\tSelengkapnya:     info.muaraenimkab.go.id";
        assertThat(WhatsAppDelivery.decide(text, Optional.of(NOW.minus(Duration.ofHours(24))), NOW, TEMPLATE))
                .isEqualTo(new WhatsAppDelivery.Send(expected));
        assertThat(WhatsAppDelivery.decide(text, Optional.empty(), NOW, TEMPLATE))
                .isEqualTo(new WhatsAppDelivery.Send(expected));
    }

    @Test
    void outsideTheWindowWithoutATemplateNothingIsSent() {
        WhatsAppDelivery.Decision d = WhatsAppDelivery.decide("Halo",
                Optional.of(NOW.minus(Duration.ofDays(3))), NOW, Optional.empty());
        assertThat(d).isInstanceOf(WhatsAppDelivery.Refuse.class);
        assertThat(((WhatsAppDelivery.Refuse) d).reason()).contains("24-hour").contains("notificationTemplate");
    }

    @Test
    void aMessageStampedAfterNowStillOpensTheWindow() {
        assertThat(WhatsAppDelivery.windowOpen(Optional.of(NOW.plusSeconds(5)), NOW)).isTrue();
        assertThat(WhatsAppDelivery.windowOpen(Optional.of(NOW.minus(Duration.ofHours(24)).plusMillis(1)), NOW))
                .isTrue();
    }

    @Test
    void aLongTextIsCutToTheParameterLimit() {
        String p = WhatsAppDelivery.parameter("kata ".repeat(400));
        assertThat(p).hasSize(WhatsAppDelivery.MAX_PARAMETER).endsWith("...");
    }
}
