package id.balai.complaints.interfaces;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.complaints.application.WhatsAppIntake;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.infrastructure.Json;

/**
 * A WhatsApp Business Cloud API webhook delivery, read after its signature was checked: {@code object:
 * whatsapp_business_account}, {@code entry[].changes[].value} with {@code metadata.phone_number_id} and
 * {@code messages[]}. Only the messages sent to {@code phoneNumberId} count; status callbacks ({@code statuses[]}:
 * sent, delivered, read) and other fields carry nothing to file and are passed over.
 */
final class WhatsAppWebhookPayload {
    private static final int MAX_MESSAGES = 100;

    private WhatsAppWebhookPayload() {
    }

    /** The messages to the regency's number, in the order of the delivery. */
    static List<WhatsAppIntake.InboundMessage> messages(byte[] body, String phoneNumberId) {
        JsonNode root;
        try {
            root = Json.JSON.readTree(body);
        } catch (IOException e) {
            throw invalid();
        }
        if (root == null || !root.isObject() || !"whatsapp_business_account".equals(root.path("object").asText())) {
            throw invalid();
        }
        List<WhatsAppIntake.InboundMessage> out = new ArrayList<>();
        for (JsonNode entry : root.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                if (!"messages".equals(change.path("field").asText("messages"))
                        || !phoneNumberId.equals(value.path("metadata").path("phone_number_id").asText())) {
                    continue;
                }
                for (JsonNode m : value.path("messages")) {
                    if (out.size() == MAX_MESSAGES) {
                        return out;
                    }
                    out.add(message(m));
                }
            }
        }
        return out;
    }

    private static WhatsAppIntake.InboundMessage message(JsonNode m) {
        String type = m.path("type").asText("");
        Optional<Instant> sentAt = m.path("timestamp").asText("").matches("\\d{1,12}")
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(m.path("timestamp").asText())))
                : Optional.empty();
        String wamid = m.path("id").asText("");
        String from = m.path("from").asText("");
        return switch (type) {
            case "text" -> new WhatsAppIntake.InboundMessage(wamid, from, sentAt, WhatsAppIntake.Type.TEXT,
                    clean(m.path("text").path("body").asText("")), null, null);
            case "image" -> new WhatsAppIntake.InboundMessage(wamid, from, sentAt, WhatsAppIntake.Type.IMAGE, null,
                    m.path("image").path("id").asText(""), clean(m.path("image").path("caption").asText("")));
            default -> new WhatsAppIntake.InboundMessage(wamid, from, sentAt, WhatsAppIntake.Type.OTHER, null, null,
                    null);
        };
    }

    /** A citizen's text without control characters other than line breaks and tabs. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }

    private static DomainException invalid() {
        return new DomainException(DomainException.Kind.INVALID, "WHATSAPP_PAYLOAD_INVALID",
                Message.of("Isi kiriman webhook WhatsApp tidak dapat dibaca.",
                        "The WhatsApp webhook delivery cannot be read."));
    }
}
