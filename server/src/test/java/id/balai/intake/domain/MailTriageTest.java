package id.balai.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.balai.complaints.domain.Attachments;
import id.balai.intake.infrastructure.MimeMails;
import id.balai.platform.domain.DomainException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** Which mail is a citizen's and what of it is theirs, from real-looking messages (src/test/resources/mail). */
class MailTriageTest {
    private static final Set<String> OWN = Set.of("pengaduan@muaraenim.test", "ppid@muaraenim.test",
            "spikm@balai.test");

    static InboundMail eml(String name) throws Exception {
        try (InputStream in = MailTriageTest.class.getResourceAsStream("/mail/" + name)) {
            return MimeMails.read(new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }

    private static Optional<IgnoreReason> triage(String name) throws Exception {
        return MailTriage.ignoreReason(eml(name), OWN);
    }

    @Test
    void aCitizensMailIsTakenInWithoutSignatureAndFooter() throws Exception {
        InboundMail m = eml("citizen-plain.eml");

        assertThat(MailTriage.ignoreReason(m, OWN)).isEmpty();
        assertThat(m.from()).contains("ani.lestari@example.org");
        assertThat(m.fromName()).contains("Ani Lestari");
        assertThat(m.messageId()).contains("<c1a2b3@mail.example.org>");
        assertThat(MailText.own(m.text())).isEqualTo("""
                Jembatan gantung di Desa Tanjung putus sejak hujan deras kemarin.
                Anak-anak tidak bisa ke sekolah.

                Terima kasih,
                Ani""");
        assertThat(MailText.title(m.subject(), m.text(), 5, 200)).isEqualTo("Jembatan Desa Tanjung rusak");
    }

    @Test
    void aReplyKeepsOnlyTheNewTextNotTheQuotedHistory() throws Exception {
        InboundMail m = eml("citizen-reply-quoted.eml");

        assertThat(MailTriage.ignoreReason(m, OWN)).isEmpty();
        assertThat(m.from()).contains("budi@example.org");
        assertThat(MailText.own(m.text())).isEqualTo("Lampunya masih mati sampai hari ini.");
        assertThat(MailText.subject(m.subject())).isEqualTo("Laporan diterima / Report received: ME-2026-000007");
    }

    @Test
    void anHtmlOnlyMailBecomesTextWithItsParagraphsAndWithoutQuotesOrStyles() throws Exception {
        String text = MailText.own(eml("citizen-html.eml").text());

        assertThat(text).contains("Sampah di Pasar Inpres menumpuk tiga hari.")
                .contains("Baunya sampai ke rumah warga.\nMohon diangkut.")
                .doesNotContain("old text").doesNotContain("color").doesNotContain("<");
    }

    @Test
    void machineMailIsIgnoredWithItsReason() throws Exception {
        assertThat(triage("auto-reply.eml")).contains(IgnoreReason.AUTO_REPLY);
        assertThat(triage("bounce.eml")).contains(IgnoreReason.BOUNCE);
        assertThat(triage("mailing-list.eml")).contains(IgnoreReason.MAILING_LIST);
        assertThat(triage("balai-loop.eml")).contains(IgnoreReason.LOOP);
    }

    @Test
    void mailFromTheRegencysOwnAddressIsALoopEvenWithoutBalaisHeader() throws Exception {
        InboundMail m = eml("citizen-plain.eml");

        assertThat(MailTriage.ignoreReason(m, Set.of("ani.lestari@example.org"))).contains(IgnoreReason.LOOP);
    }

    @Test
    void eachAutomaticMarkOnItsOwnIsEnoughAndAutoSubmittedNoIsAPerson() {
        assertThat(MailTriage.ignoreReason(mail(Map.of("auto-submitted", List.of("no")), "Jalan rusak"), OWN))
                .isEmpty();
        assertThat(MailTriage.ignoreReason(mail(Map.of("auto-submitted", List.of("auto-generated")), "Jalan"),
                OWN)).contains(IgnoreReason.AUTO_REPLY);
        assertThat(MailTriage.ignoreReason(mail(Map.of("x-autorespond", List.of("1")), "Jalan"), OWN))
                .contains(IgnoreReason.AUTO_REPLY);
        assertThat(MailTriage.ignoreReason(mail(Map.of("precedence", List.of("bulk")), "Promo"), OWN))
                .contains(IgnoreReason.BULK);
        assertThat(MailTriage.ignoreReason(mail(Map.of("precedence", List.of("auto_reply")), "Jalan"), OWN))
                .contains(IgnoreReason.AUTO_REPLY);
        assertThat(MailTriage.ignoreReason(mail(Map.of(), "Balasan otomatis: Jalan rusak"), OWN))
                .contains(IgnoreReason.AUTO_REPLY);
        assertThat(MailTriage.ignoreReason(new InboundMail(Optional.empty(), Optional.of("postmaster@example.org"),
                Optional.empty(), Optional.empty(), null, "Jalan", "text/plain", Map.of(), "x", List.of()), OWN))
                .contains(IgnoreReason.BOUNCE);
        assertThat(MailTriage.ignoreReason(new InboundMail(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), null, "Jalan", "text/plain", Map.of(), "x", List.of()), OWN))
                .contains(IgnoreReason.NO_SENDER);
    }

    @Test
    void aMailWithNoTextAndOnlyARefusedFileHasNoUsableContent() throws Exception {
        InboundMail m = eml("no-content.eml");

        assertThat(MailTriage.ignoreReason(m, OWN)).isEmpty();
        assertThat(MailText.own(m.text())).isEmpty();
        assertThat(m.attachments()).extracting(InboundMail.FilePart::fileName).containsExactly("hadiah.exe");
        assertThatThrownBy(() -> Attachments.accept(0, "hadiah.exe", m.attachments().get(0).content()))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code())
                .isEqualTo("ATTACHMENT_TYPE_NOT_ALLOWED");
    }

    @Test
    void theKeyIsTheMessageIdOrElseSenderDateAndSubject() throws Exception {
        InboundMail a = eml("citizen-plain.eml");
        InboundMail again = eml("citizen-plain.eml");
        InboundMail noId = new InboundMail(Optional.empty(), a.from(), Optional.empty(), Optional.empty(),
                Instant.parse("2026-06-02T02:15:00Z"), a.subject(), "text/plain", Map.of(), a.text(), List.of());
        InboundMail otherSubject = new InboundMail(Optional.empty(), a.from(), Optional.empty(), Optional.empty(),
                Instant.parse("2026-06-02T02:15:00Z"), "Lain", "text/plain", Map.of(), a.text(), List.of());

        assertThat(MessageKey.of(a)).isEqualTo(MessageKey.of(again)).hasSize(64).doesNotContain("example");
        assertThat(MessageKey.of(noId)).isNotEqualTo(MessageKey.of(a)).isNotEqualTo(MessageKey.of(otherSubject));
    }

    @Test
    void aTitleComesFromTheBodyWhenTheSubjectSaysNothingAndStaysWithinTheRules() {
        assertThat(MailText.title("Re: ", "Lampu jalan di depan kantor camat mati sejak minggu lalu dan belum "
                + "diperbaiki sama sekali oleh dinas", 5, 200))
                .isEqualTo("Lampu jalan di depan kantor camat mati sejak minggu lalu…");
        assertThat(MailText.title("x".repeat(300), "", 5, 200)).hasSize(200);
    }

    @Test
    void controlCharactersAreRemovedAsAtTheHttpBoundary() {
        assertThat(MailText.own("Jalan\u0000 rusak\tparah\r\nsekali\u0007")).isEqualTo("Jalan rusak\tparah\nsekali");
        assertThat(MailText.subject("Re: Jalan\u0000\nrusak")).isEqualTo("Jalan rusak");
    }

    private static InboundMail mail(Map<String, List<String>> headers, String subject) {
        return new InboundMail(Optional.of("<t@example.org>"), Optional.of("warga@example.org"), Optional.empty(),
                Optional.of("<warga@example.org>"), null, subject, "text/plain", headers, "Jalan rusak parah",
                List.of());
    }
}
