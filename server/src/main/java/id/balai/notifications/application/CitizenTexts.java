package id.balai.notifications.application;

import id.balai.notifications.domain.CitizenMessage;
import id.balai.platform.domain.ShortText;

/**
 * The frame of every citizen message: the regency's name, Bahasa Indonesia first and English second and apart in an
 * e-mail, why the citizen gets it and how to stop it; a phone text in the citizen's language, within two SMS.
 */
final class CitizenTexts {
    /** Two concatenated SMS: longer texts point to the website instead. */
    static final int MAX_PHONE_TEXT = 300;

    private CitizenTexts() {
    }

    static String email(String regency, String regencyEn, CitizenMessage m, String reference, String unsubscribe) {
        return """
                %s

                %s

                Anda menerima e-mail ini karena meminta kabar tentang %s. Untuk berhenti menerima e-mail tentang %s, \
                buka: %s
                E-mail ini dikirim otomatis; balasan ke alamat ini tidak dibaca.

                ----- English -----

                %s

                %s

                You receive this e-mail because you asked for news about %s. To stop e-mails about %s, open: %s
                This e-mail is sent automatically; replies to this address are not read.
                """.formatted(regency, m.body().id(), reference, reference, unsubscribe, regencyEn, m.body().en(),
                reference, reference, unsubscribe);
    }

    /**
     * A WhatsApp message: the whole text in the citizen's language (a WhatsApp text takes 4 096 characters, so the
     * answer is not cut to two SMS), after the regency's name.
     */
    static String whatsApp(String regency, CitizenMessage m, String language) {
        String text = regency + "\n\n" + m.body().in(language);
        return text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }

    static String phone(String regency, CitizenMessage m, String language) {
        return ShortText.fit(regency + ": " + m.shortText().in(language), MAX_PHONE_TEXT);
    }
}
