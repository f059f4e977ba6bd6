package id.balai.intake.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import id.balai.intake.domain.InboundMail;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a MIME message into an {@link InboundMail}: the headers, the text (text/plain preferred; an HTML-only mail
 * converted to text with jsoup, quoted history left out) and the parts that carry a file name. Nothing here decides
 * anything about the mail.
 */
public final class MimeMails {
    /** Larger than any file rule: a bigger file is read only this far, and then refused as too large. */
    static final int MAX_FILE_BYTES = 8 * 1024 * 1024;
    /** A mail of more files than this is not a report's (the rules keep five). */
    private static final int MAX_FILES = 8;
    private static final int MAX_DEPTH = 10;

    private MimeMails() {
    }

    public static InboundMail read(MimeMessage m) throws MessagingException, IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Enumeration<Header> all = m.getAllHeaders(); all.hasMoreElements();) {
            Header h = all.nextElement();
            headers.computeIfAbsent(h.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(h.getValue() == null ? "" : h.getValue());
        }
        Optional<InternetAddress> from = sender(m.getHeader("From", ","));
        Body body = new Body();
        walk(m, body, 0);
        String text = body.plain != null && !body.plain.isBlank() ? body.plain
                : body.html != null ? htmlToText(body.html) : "";
        Instant sent = m.getSentDate() == null ? null : m.getSentDate().toInstant();
        return new InboundMail(Optional.ofNullable(m.getMessageID()).map(String::strip).filter(s -> !s.isEmpty()),
                from.map(a -> a.getAddress().toLowerCase(Locale.ROOT)),
                from.map(InternetAddress::getPersonal).map(String::strip).filter(s -> !s.isEmpty()),
                Optional.ofNullable(m.getHeader("Return-Path", ",")), sent, m.getSubject(),
                baseType(m.getContentType()), headers, text, body.files);
    }

    private static Optional<InternetAddress> sender(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            InternetAddress[] all = InternetAddress.parseHeader(header, false);
            return all.length == 0 || all[0].getAddress() == null || !all[0].getAddress().contains("@")
                    ? Optional.empty() : Optional.of(all[0]);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    private static final class Body {
        String plain;
        String html;
        final List<InboundMail.FilePart> files = new ArrayList<>();
    }

    private static void walk(Part p, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String fileName = fileName(p);
        if (fileName != null) {
            if (body.files.size() < MAX_FILES) {
                body.files.add(new InboundMail.FilePart(fileName, bytes(p)));
            }
            return;
        }
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                walk(mp.getBodyPart(i), body, depth + 1);
            }
        } else if (p.isMimeType("text/plain") && body.plain == null && !Part.ATTACHMENT.equalsIgnoreCase(
                p.getDisposition())) {
            body.plain = String.valueOf(p.getContent());
        } else if (p.isMimeType("text/html") && body.html == null && !Part.ATTACHMENT.equalsIgnoreCase(
                p.getDisposition())) {
            body.html = String.valueOf(p.getContent());
        }
    }

    private static String fileName(Part p) throws MessagingException {
        String name = p.getFileName();
        if (name == null) {
            return null;
        }
        try {
            return MimeUtility.decodeText(name);
        } catch (java.io.UnsupportedEncodingException e) {
            return name;
        }
    }

    private static byte[] bytes(Part p) throws MessagingException, IOException {
        try (InputStream in = p.getInputStream()) {
            return in.readNBytes(MAX_FILE_BYTES);
        }
    }

    private static String baseType(String contentType) {
        try {
            return contentType == null ? "" : new ContentType(contentType).getBaseType();
        } catch (jakarta.mail.internet.ParseException e) {
            return "";
        }
    }

    /**
     * The text of an HTML body as a reader sees it: paragraphs and line breaks kept, the quoted history of earlier
     * messages (blockquote, the usual mail programs' quote blocks) left out.
     */
    static String htmlToText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("blockquote, div.gmail_quote, .moz-cite-prefix, #divRplyFwdMsg, #appendonsend, style, script, "
                + "head").remove();
        doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
        doc.select("br").after("\\n");
        doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6").before("\\n");
        String marked = doc.body() == null ? "" : doc.body().html().replace("\\n", "\n");
        String text = Jsoup.clean(marked, "", Safelist.none(), new Document.OutputSettings().prettyPrint(false));
        return org.jsoup.parser.Parser.unescapeEntities(text, false).replace('\u00a0', ' ')
                .replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
