package id.balai.notifications.domain;

/**
 * How a citizen chose to hear back about a case (issue 16): by e-mail, by SMS, or by WhatsApp where the regency
 * has it. Not choosing, or having left no contact, means no message at all.
 */
public enum ContactChannel {
    EMAIL, SMS, WHATSAPP;

    /** SMS and WhatsApp reach a phone, and wait out the regency's quiet hours; e-mail does not. */
    public boolean reachesAPhone() {
        return this != EMAIL;
    }
}
