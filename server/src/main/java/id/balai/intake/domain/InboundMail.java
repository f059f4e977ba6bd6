package id.balai.intake.domain;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A received e-mail as plain values, read from the MIME message by the infrastructure.
 *
 * @param messageId   the Message-ID header, if any
 * @param from        the sender's address (lower case), or empty when none could be read
 * @param fromName    the sender's display name, or empty
 * @param returnPath  the Return-Path header as written ({@code <>} for a bounce), or empty when absent
 * @param sentAt      the Date header, or null
 * @param subject     the subject, decoded; empty when none
 * @param contentType the top-level media type, lower case ({@code multipart/report} for a delivery report)
 * @param headers     every header by lower-case name, values as written
 * @param text        the body as text: the text/plain part, or the HTML part converted to text; empty when none
 * @param attachments the parts that carry a file name
 */
public record InboundMail(Optional<String> messageId, Optional<String> from, Optional<String> fromName,
        Optional<String> returnPath, Instant sentAt, String subject, String contentType,
        Map<String, List<String>> headers, String text, List<FilePart> attachments) {

    public InboundMail {
        subject = subject == null ? "" : subject;
        contentType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        headers = Map.copyOf(headers);
        text = text == null ? "" : text;
        attachments = List.copyOf(attachments);
    }

    /** A file of the mail, as sent. */
    public record FilePart(String fileName, byte[] content) {
        public FilePart {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    /** The first value of a header, by any case of its name. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public boolean has(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }
}
