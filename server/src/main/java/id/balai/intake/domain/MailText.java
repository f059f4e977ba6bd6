package id.balai.intake.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a mail's text that is the citizen's own: without the quoted history of earlier messages, the signature
 * and the mail program's footer. A complaint answered by e-mail would otherwise carry Balai's own reply back into the
 * case text, and every case would end in "Sent from my phone".
 */
public final class MailText {
    private static final Pattern REPLY_PREFIX = Pattern.compile(
            "^\\s*((re|fw|fwd|aw|tr|bls|balas|ttg|tr|wg)\\s*(\\[\\d+])?\\s*:\\s*)+", Pattern.CASE_INSENSITIVE);
    /** "On Mon, 1 Jun 2026 at 09:00, Ani <ani@…> wrote:", possibly over two lines, also in Indonesian. */
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "(?m)^(On|Pada|Am|Le|El)\\s[^\\n]{0,300}(\\n[^\\n]{0,300})?\\s(wrote|menulis|schrieb|a écrit|escribió)\\s*:\\s*$");
    /** Where the rest is not the citizen's: a signature delimiter, a quoted original, a mail program's footer. */
    private static final Pattern CUT = Pattern.compile(
            "(?im)^(-- ?$|_{5,}\\s*$|-{3,}\\s*(original message|pesan asli|pesan asal)\\s*-{3,}.*$|(from|dari)\\s*:\\s.+\\n\\s*(sent|date|dikirim|tanggal)\\s*:.*$"
                    + "|(sent from my|dikirim dari|get outlook for|sent from yahoo mail|dikirim dari yahoo mail)\\b.*$)");
    private static final int TITLE_WORDS_LENGTH = 60;
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    /** A one-line text (a subject, a name) as the rules of every text that comes in allow it: no control at all. */
    public static String singleLine(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\x80-\\x9F]", " ").strip();
    }

    private MailText() {
    }

    /** The citizen's own text: quoted lines, the quoted history, signature and footer removed; trimmed. */
    public static String own(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        // The rule of every text that comes in (InputText): no control character but tab and line feed.
        t = CONTROLS.matcher(t).replaceAll("");
        t = cutAt(t, ATTRIBUTION);
        t = cutAt(t, CUT);
        List<String> kept = new ArrayList<>();
        for (String line : t.split("\n", -1)) {
            if (!line.stripLeading().startsWith(">")) {
                kept.add(line.stripTrailing());
            }
        }
        return String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The subject without the Re:/Fwd:/Bls: its replies and forwards added, spaces collapsed. */
    public static String subject(String subject) {
        return REPLY_PREFIX.matcher(singleLine(subject)).replaceFirst("").replaceAll("\\s+", " ").strip();
    }

    /**
     * A case title: the subject, or when it says nothing ({@code minLength}), the text's first words; within
     * {@code maxLength}.
     */
    public static String title(String subject, String text, int minLength, int maxLength) {
        String s = subject(subject);
        if (s.length() < minLength) {
            s = firstWords(singleLine(text).replaceAll("\\s+", " ").strip(), TITLE_WORDS_LENGTH);
        }
        return fit(s, maxLength);
    }

    /** At most {@code max} characters, cut at a word with an ellipsis. */
    public static String fit(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        return firstWords(s, max);
    }

    private static String firstWords(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        return (cut > max / 2 ? s.substring(0, cut) : s.substring(0, max - 1)).strip() + "…";
    }

    private static String cutAt(String t, Pattern p) {
        java.util.regex.Matcher m = p.matcher(t);
        return m.find() ? t.substring(0, m.start()) : t;
    }
}
