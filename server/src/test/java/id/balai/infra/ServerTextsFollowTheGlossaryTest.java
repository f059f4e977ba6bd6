package id.balai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the server writes for people (errors, e-mails, SMS, reports, history notes) follows docs/glossary.md as the web
 * app's dictionaries do: no string literal of the server's code holds a word of the glossary's "never" column
 * ({@code webapp/src/i18n/glossary-never.json}). Literals joined with {@code +} are read as one text. A word the
 * glossary keeps off citizen screens only (scope "citizen": klarifikasi, kata sandi...) is looked for in the classes
 * that write to citizens; officers may read it.
 */
class ServerTextsFollowTheGlossaryTest {
    /** The classes whose texts reach citizens: their messages by e-mail, SMS and WhatsApp, and the SMS replies. */
    private static final java.util.Set<String> TO_CITIZENS = java.util.Set.of("ReporterNotifications.java",
            "RequesterNotifications.java", "CitizenTexts.java", "SmsReplies.java", "WhatsAppReplies.java");

    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern JOINED = Pattern.compile("\"\\s*\\+\\s*\"");

    @Test
    void noServerTextUsesAWordTheGlossaryForbids() throws IOException {
        JsonNode never = new ObjectMapper().readTree(RepositoryFiles.read("webapp/src/i18n/glossary-never.json"))
                .get("never");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RepositoryFiles.resolve("server/src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = JOINED.matcher(RepositoryFiles.read(f)).replaceAll("");
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    String text = m.group(1) != null ? m.group(1) : m.group(2);
                    texts.add(f.getFileName() + ": " + text);
                }
            }
        }
        assertThat(texts).as("string literals read").hasSizeGreaterThan(2000);
        List<String> offending = new ArrayList<>();
        for (JsonNode n : never) {
            int flags = n.path("flags").asText("").contains("i") ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                    : 0;
            Pattern word = Pattern.compile(n.get("word").asText(), flags);
            Pattern except = n.hasNonNull("except") ? Pattern.compile(Pattern.quote(n.get("except").asText()), flags)
                    : null;
            boolean citizensOnly = "citizen".equals(n.path("scope").asText());
            for (String t : texts) {
                if (citizensOnly && !TO_CITIZENS.contains(t.substring(0, t.indexOf(':')))) {
                    continue;
                }
                if (word.matcher(except == null ? t : except.matcher(t).replaceAll("")).find()) {
                    offending.add(t);
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
