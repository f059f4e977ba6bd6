package id.balai.notifications.domain;

/**
 * Sends one SMS. The port behind which every provider sits (Kannel, an HTTP SMS API, WhatsApp Business): adding
 * one is a new adapter and a value of {@code BALAI_SMS_GATEWAY}, nothing else changes.
 */
public interface SmsGateway {

    /**
     * Hands the message to the provider.
     *
     * @param from the tenant's hotline, as the citizen knows it
     * @param to   the citizen's number in E.164 ({@code +62…})
     * @throws SmsNotSent when the provider refused it or could not be reached; the caller retries later
     */
    void send(String from, String to, String text) throws SmsNotSent;
}
