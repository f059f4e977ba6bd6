package id.balai.complaints.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.balai.complaints.application.WhatsAppIntake;
import id.balai.platform.domain.DomainException;

/** Reading recorded Cloud API webhook deliveries (src/test/resources/whatsapp). */
class WhatsAppWebhookPayloadTest {
    private static final String NUMBER_ID = "106540352242922";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WhatsAppWebhookPayloadTest.class.getResourceAsStream("/whatsapp/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aTextMessageIsReadWithItsSenderIdAndTime() throws IOException {
        assertThat(WhatsAppWebhookPayload.messages(resource("text.json"), NUMBER_ID)).containsExactly(
                new WhatsAppIntake.InboundMessage(
                        "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjBDMTZBMUE2RjQ4QjQ4MjVDAA==", "6281234567890",
                        Optional.of(Instant.ofEpochSecond(1764050400L)), WhatsAppIntake.Type.TEXT,
                        "Jalan di Desa Tanjung Raja berlubang besar di depan SD, sudah dua orang jatuh dari motor",
                        null, null));
    }

    @Test
    void anImageIsReadWithItsMediaIdAndCaption() throws IOException {
        List<WhatsAppIntake.InboundMessage> m = WhatsAppWebhookPayload.messages(resource("image.json"), NUMBER_ID);
        assertThat(m).hasSize(1);
        assertThat(m.get(0).type()).isEqualTo(WhatsAppIntake.Type.IMAGE);
        assertThat(m.get(0).mediaId()).isEqualTo("1003383421387256");
        assertThat(m.get(0).caption()).isEqualTo("Sampah menumpuk di pinggir Sungai Enim dekat pasar");
        assertThat(m.get(0).from()).isEqualTo("6285267890123");
    }

    @Test
    void aStatusCallbackCarriesNoMessage() throws IOException {
        assertThat(WhatsAppWebhookPayload.messages(resource("status-callback.json"), NUMBER_ID)).isEmpty();
    }

    @Test
    void aDeliveryForAnotherNumberCarriesNoMessageForThisOne() throws IOException {
        assertThat(WhatsAppWebhookPayload.messages(resource("text.json"), "999999999999999")).isEmpty();
    }

    @Test
    void aMessageTwiceInOneDeliveryIsReadTwiceWithOneId() throws IOException {
        List<WhatsAppIntake.InboundMessage> m = WhatsAppWebhookPayload.messages(resource("duplicate-delivery.json"),
                NUMBER_ID);
        assertThat(m).hasSize(2);
        assertThat(m.get(0)).isEqualTo(m.get(1));
    }

    @Test
    void anotherKindOfMessageIsReadAsUnsupported() {
        String body = """
                {"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{
                "metadata":{"phone_number_id":"106540352242922"},"messages":[{"from":"6281234567890",
                "id":"wamid.X","timestamp":"1764050400","type":"audio","audio":{"id":"77"}}]}}]}]}""";
        assertThat(WhatsAppWebhookPayload.messages(body.getBytes(StandardCharsets.UTF_8), NUMBER_ID))
                .extracting(WhatsAppIntake.InboundMessage::type).containsExactly(WhatsAppIntake.Type.OTHER);
    }

    @Test
    void controlCharactersOtherThanLineBreaksAreDropped() {
        assertThat(WhatsAppWebhookPayload.clean("Jalan\u0000 rusak\n\tparah\u001b")).isEqualTo("Jalan rusak\n\tparah");
    }

    @Test
    void somethingElseIsRefusedAsUnreadable() {
        for (String body : List.of("", "[]", "{\"object\":\"page\",\"entry\":[]}", "{not json")) {
            assertThatThrownBy(() -> WhatsAppWebhookPayload.messages(body.getBytes(StandardCharsets.UTF_8),
                    NUMBER_ID)).isInstanceOf(DomainException.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("WHATSAPP_PAYLOAD_INVALID");
        }
    }
}
