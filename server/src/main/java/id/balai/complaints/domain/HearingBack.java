package id.balai.complaints.domain;

import java.util.Optional;

import id.balai.notifications.domain.ContactChannel;
import id.balai.privacy.domain.PersonalData;

/**
 * How the reporter chose to hear back about the report (issue 16; SPIKM Pasal 5c: the answer goes back to the
 * reporter): a channel, or none, and the language of short texts.
 *
 * @param channel  empty: the reporter asked for no message, or left no contact
 * @param language {@code id} or {@code en}
 */
public record HearingBack(Optional<ContactChannel> channel, String language) {
    public HearingBack {
        language = "en".equals(language) ? "en" : "id";
    }

    public static HearingBack none() {
        return new HearingBack(Optional.empty(), "id");
    }

    /**
     * What a report gets when the reporter chose nothing: the channel it came by (an SMS is answered by SMS, a
     * WhatsApp message on WhatsApp, an e-mail by e-mail; a report from SP4N-LAPOR! nothing, since LAPOR! tells its
     * citizen), and for the web and the desk the e-mail address if given, else the phone.
     */
    public static HearingBack byDefault(Channel channel, PersonalData reporter) {
        boolean email = reporter != null && reporter.email() != null;
        boolean phone = reporter != null && reporter.phone() != null;
        Optional<ContactChannel> c = switch (channel) {
            case SMS -> phone ? Optional.of(ContactChannel.SMS) : Optional.empty();
            case EMAIL -> email ? Optional.of(ContactChannel.EMAIL) : Optional.empty();
            case WHATSAPP -> phone ? Optional.of(ContactChannel.WHATSAPP) : Optional.empty();
            // LAPOR! tells its own citizen; Balai pushes the follow-up and the answer back to it.
            case SP4N_LAPOR -> Optional.empty();
            default -> email ? Optional.of(ContactChannel.EMAIL)
                    : phone ? Optional.of(ContactChannel.SMS) : Optional.empty();
        };
        return new HearingBack(c, "id");
    }

    /** Whether the contact the channel needs was given: an e-mail needs an address, SMS and WhatsApp a phone. */
    public boolean reachable(PersonalData reporter) {
        return channel.map(c -> reporter != null && (c == ContactChannel.EMAIL ? reporter.email() != null
                : reporter.phone() != null)).orElse(true);
    }
}
