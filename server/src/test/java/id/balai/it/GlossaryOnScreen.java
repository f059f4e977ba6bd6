package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.DispatchStatus;
import id.balai.complaints.domain.HandlingStep;
import id.balai.complaints.domain.RejectionReason;
import id.balai.complaints.domain.ReportType;
import id.balai.information.domain.NoticeDecision;
import id.balai.information.domain.ObjectionGround;
import id.balai.information.domain.RequestChannel;
import id.balai.information.domain.RequestStatus;

/**
 * Checks a rendered Indonesian screen against docs/glossary.md: none of the glossary's "never" words (the same list
 * the web app's dictionary test reads, {@code webapp/src/i18n/glossary-never.json}), no raw code with underscores, and
 * none of the server's status, channel, type or reason codes as a bare word (RECEIVED, WEB, COMPLAINT…).
 */
final class GlossaryOnScreen {
    /** A "never" word, the one phrase it may still appear in, and whether only citizen screens are held to it. */
    private record Never(Pattern word, Pattern except, boolean citizenOnly) {
    }

    private static final List<Never> NEVER = new ArrayList<>();
    private static final Pattern RAW_CODE;
    private static final Pattern RAW_KEY;
    private static final Pattern BARE_CODE;

    static {
        try {
            JsonNode root = new ObjectMapper().readTree(Files.readString(glossaryFile()));
            for (JsonNode n : root.get("never")) {
                int flags = n.path("flags").asText("").contains("i")
                        ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        : 0;
                NEVER.add(new Never(Pattern.compile(n.get("word").asText(), flags),
                        n.hasNonNull("except") ? Pattern.compile(Pattern.quote(n.get("except").asText()), flags) : null,
                        "citizen".equals(n.path("scope").asText())));
            }
            RAW_CODE = Pattern.compile(root.get("rawCode").asText());
            RAW_KEY = Pattern.compile(root.get("rawKey").asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Codes that are also the word the screen uses (SMS) are not codes on screen.
        List<String> codes = Stream.of(ComplaintStatus.values(), Channel.values(), DispatchStatus.values(),
                HandlingStep.values(), RejectionReason.values(), ReportType.values(), NoticeDecision.values(),
                ObjectionGround.values(), RequestChannel.values(), RequestStatus.values())
                .flatMap(Stream::of).map(Enum::name).filter(n -> !n.contains("_") && n.length() >= 3)
                .filter(n -> !n.equals("SMS")).distinct().toList();
        BARE_CODE = Pattern.compile("\\b(" + String.join("|", codes) + ")\\b");
    }

    private GlossaryOnScreen() {
    }

    private static Path glossaryFile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("webapp/src/i18n/glossary-never.json");
            if (Files.isRegularFile(f)) {
                return f;
            }
        }
        throw new IllegalStateException("webapp/src/i18n/glossary-never.json not found above " + Path.of("")
                .toAbsolutePath());
    }

    /**
     * What on the screen's {@code <main>} breaks the glossary (empty when nothing does); a citizen screen is also held
     * to the words the glossary keeps off citizen screens only.
     */
    static List<String> offences(String text, boolean citizenScreen) {
        List<String> found = new ArrayList<>();
        for (Never n : NEVER) {
            if (n.citizenOnly() && !citizenScreen) {
                continue;
            }
            String t = n.except() == null ? text : n.except().matcher(text).replaceAll("");
            Matcher m = n.word().matcher(t);
            while (m.find()) {
                found.add("never-word \"" + m.group() + "\"");
            }
        }
        for (Pattern p : List.of(RAW_CODE, RAW_KEY, BARE_CODE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add("code \"" + m.group() + "\"");
            }
        }
        return found;
    }

    /** Fails when the page's main content, as rendered, shows a glossary "never" word or a raw code. */
    static void assertSpeaksTheGlossary(Page page, String where) {
        String text = page.locator("main").innerText();
        // A value shown exactly as made (a one-time password) is not a word of the screen: a random password can
        // look like a camelCase key.
        for (String verbatim : page.locator("main [data-verbatim]").allInnerTexts()) {
            if (!verbatim.isBlank()) {
                text = text.replace(verbatim.strip(), "");
            }
        }
        String path = java.net.URI.create(page.url()).getPath();
        boolean citizenScreen = !path.contains("/kantor") && !path.startsWith("/platform")
                && !path.startsWith("/provinsi");
        assertThat(offences(text, citizenScreen)).as("glossary offences on %s (%s)", where, page.url()).isEmpty();
    }
}
