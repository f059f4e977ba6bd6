package id.balai.intake.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether a mail is a citizen's, to be taken in and answered, or machine mail to be left unanswered. Only a
 * person's mail is answered (RFC 3834 section 2: a responder must not answer automatic mail, lists or bounces);
 * Balai marks everything it sends ({@code Auto-Submitted}, {@code X-Balai-Loop}), so its own replies never come
 * back as reports.
 */
public final class MailTriage {
    /** The header Balai sets on every message it sends (notifications' MailGateway.LOOP_HEADER). */
    public static final String LOOP_HEADER = "X-Balai-Loop";

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "mail-daemon", "noreply-dmarc",
            "bounce", "bounces");
    private static final Pattern AUTO_SUBJECT = Pattern.compile(
            "^(auto(matic)?[ -]?(reply|response|antwort)|out of (the )?office|balasan otomatis|tanggapan otomatis"
                    + "|sedang (di luar kantor|cuti)|undeliverable|delivery status notification|mail delivery failed"
                    + "|returned mail|pesan tidak terkirim)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private MailTriage() {
    }

    /**
     * Empty for a citizen's mail; otherwise why it is ignored.
     *
     * @param ownAddresses the regency's own addresses (lower case): its mailboxes and its public address
     */
    public static Optional<IgnoreReason> ignoreReason(InboundMail m, Set<String> ownAddresses) {
        if (m.has(LOOP_HEADER)) {
            return Optional.of(IgnoreReason.LOOP);
        }
        if (m.contentType().startsWith("multipart/report")) {
            return Optional.of(IgnoreReason.BOUNCE);
        }
        if (m.returnPath().map(rp -> rp.replaceAll("[<>\\s]", "").isEmpty()).orElse(false)) {
            return Optional.of(IgnoreReason.BOUNCE);
        }
        if (m.from().isEmpty()) {
            return Optional.of(IgnoreReason.NO_SENDER);
        }
        String from = m.from().get().toLowerCase(Locale.ROOT);
        if (ownAddresses.contains(from)) {
            return Optional.of(IgnoreReason.LOOP);
        }
        String local = from.substring(0, Math.max(0, from.indexOf('@')));
        if (DAEMONS.contains(local)) {
            return Optional.of(IgnoreReason.BOUNCE);
        }
        Optional<String> autoSubmitted = m.header("Auto-Submitted").map(MailTriage::token);
        if (autoSubmitted.isPresent() && !autoSubmitted.get().equals("no")) {
            return Optional.of(IgnoreReason.AUTO_REPLY);
        }
        if (m.has("X-Autoreply") || m.has("X-Autorespond") || m.has("X-Autoresponse")) {
            return Optional.of(IgnoreReason.AUTO_REPLY);
        }
        Optional<String> precedence = m.header("Precedence").map(MailTriage::token);
        if (precedence.isPresent()) {
            switch (precedence.get()) {
                case "auto_reply" -> {
                    return Optional.of(IgnoreReason.AUTO_REPLY);
                }
                case "list" -> {
                    return Optional.of(IgnoreReason.MAILING_LIST);
                }
                case "bulk", "junk" -> {
                    return Optional.of(IgnoreReason.BULK);
                }
                default -> {
                }
            }
        }
        if (m.has("List-Id") || m.has("List-Unsubscribe") || m.has("List-Post")) {
            return Optional.of(IgnoreReason.MAILING_LIST);
        }
        // Some answering machines set no header at all; their subjects give them away.
        if (AUTO_SUBJECT.matcher(m.subject().strip()).matches()) {
            return Optional.of(IgnoreReason.AUTO_REPLY);
        }
        return Optional.empty();
    }

    /** A header's value up to its parameters or comment, lower case: {@code auto-replied; owner=x} → auto-replied. */
    private static String token(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        int end = v.length();
        for (char c : new char[] {';', '(', ' '}) {
            int i = v.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return v.substring(0, end);
    }
}
