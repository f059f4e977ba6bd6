package id.balai.notifications.domain;

/**
 * The WhatsApp Business Cloud API as Balai uses it: send a text or a template message from the regency's number,
 * and fetch a file a citizen sent. The adapter speaks to the Graph API; tests point it at a local stand-in.
 */
public interface WhatsAppGateway {

    /** What goes out: free-form text (inside the 24-hour window) or an approved template with the text as {{1}}. */
    sealed interface Payload permits Text, Template {
    }

    record Text(String body) implements Payload {
    }

    record Template(String name, String language, String parameter) implements Payload {
    }

    /** A file as the Graph API gave it. */
    record Media(String mimeType, byte[] content) {
        public Media {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /**
     * Hands the message to the Graph API.
     *
     * @param to the citizen's number in E.164 ({@code +62…})
     * @return the message's id at WhatsApp ({@code wamid…})
     * @throws WhatsAppNotSent when the API refused it or could not be reached; the caller retries later
     */
    String send(WhatsAppAccount account, String to, Payload payload) throws WhatsAppNotSent;

    /**
     * Fetches a file a citizen sent (its id from the webhook), at most {@code maxBytes} long.
     *
     * @throws WhatsAppNotSent when the file cannot be had, or is longer
     */
    Media media(WhatsAppAccount account, String mediaId, long maxBytes) throws WhatsAppNotSent;
}
