package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * E-mail intake (issue item 3) through a real IMAP and SMTP server (GreenMail, started here): Muara Enim's complaint
 * and PPID mailboxes are read by the server (tenant file's mailIntake, every 2 s), a complaint lands in the central
 * administrator's queue with its photo, a request waits for the same-day confirmation with its delivery report, each
 * sender gets an answer with the number, machine mail gets nothing, and two instances never take one message twice.
 */
class MailIntakeIT extends BalaiIT {
    private static final String T = "muara-enim";
    private static final String COMPLAINTS = "pengaduan@muaraenim.example.org";
    private static final String PPID = "ppid@muaraenim.example.org";
    private static final String PASSWORD = System.getProperty("balai.it.imap.password", "balai-it-throwaway-imap");
    private static final Pattern TRACKING = Pattern.compile("ME-\\d{4}-\\d{6}");
    private static GreenMail mail;
    private static GreenMailUser complaintsBox;
    private static GreenMailUser ppidBox;

    @BeforeAll
    static void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(Integer.getInteger("balai.it.smtp.port", 14125), "127.0.0.1", "smtp"),
                new ServerSetup(Integer.getInteger("balai.it.imap.port", 14143), "127.0.0.1", "imap") });
        mail.start();
        complaintsBox = mail.setUser(COMPLAINTS, COMPLAINTS, PASSWORD);
        ppidBox = mail.setUser(PPID, PPID, PASSWORD);
    }

    @AfterAll
    static void stopMailServer() {
        mail.stop();
    }

    private static MimeMessage message(String from, String to, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject, "UTF-8");
        m.setSentDate(new java.util.Date());
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static byte[] photo() throws Exception {
        BufferedImage img = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 4, 0x2E7D32);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Every message the SMTP side received for an address (Balai's answers go out through it). */
    private static List<MimeMessage> to(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients() != null && m.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
                found.add(m);
            }
        }
        return found;
    }

    private static <T> T await(String what, Duration within, Supplier<T> probe) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            T v = probe.get();
            if (v != null) {
                return v;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("Not within " + within + ": " + what);
    }

    private static MimeMessage answerTo(String address) throws InterruptedException {
        // Generous: when this class starts its SMTP server after the rest of the suite, the mail sender also drains
        // every message the suite queued while no server listened; the law's bound is the same day (Ps 22(9)).
        return await("an answer to " + address, Duration.ofSeconds(240), () -> {
            try {
                List<MimeMessage> got = to(address);
                return got.isEmpty() ? null : got.get(0);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long intakeRecords(String outcome, String reason) throws Exception {
        try (Connection c = Db.asSuperuser(); PreparedStatement s = c.prepareStatement(
                "select count(*) from mail_intake_message where tenant_id = ? and outcome = ? "
                        + "and coalesce(reason, '') = coalesce(?, coalesce(reason, ''))")) {
            s.setString(1, T);
            s.setString(2, outcome);
            s.setString(3, reason);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String officer(String role) {
        Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), null);
        return officers().token(T, o.get("username"), o.get("password"));
    }

    private List<Map<String, Object>> complaintQueue(String admin) {
        return api().auth().oauth2(admin).queryParam("size", 100).get("/api/t/" + T + "/officer/complaints")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    @Test
    void complaintsAndRequestsArriveByMailAndEachSenderIsAnsweredWithItsNumber() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String ani = "ani-" + run + "@warga.test";
        String budi = "budi-" + run + "@warga.test";
        String dedi = "dedi-" + run + "@warga.test";
        long ignoredBefore = intakeRecords("IGNORED", null);

        // A complaint with a photo and a file the rules refuse.
        MimeMessage complaint = new MimeMessage(Session.getInstance(new Properties()));
        complaint.setFrom(new InternetAddress(ani, "Ani Lestari"));
        complaint.setRecipients(Message.RecipientType.TO, COMPLAINTS);
        complaint.setSubject("Jembatan Desa Tanjung putus " + run, "UTF-8");
        MimeMultipart parts = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Jembatan gantung di Desa Tanjung putus sejak kemarin. Anak-anak tidak bisa ke sekolah.\n\n"
                + "-- \nAni Lestari\nGuru SD", "UTF-8");
        parts.addBodyPart(text);
        MimeBodyPart picture = new MimeBodyPart();
        picture.setDataHandler(new DataHandler(new ByteArrayDataSource(photo(), "image/png")));
        picture.setFileName("foto-jembatan.png");
        parts.addBodyPart(picture);
        MimeBodyPart program = new MimeBodyPart();
        program.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {'M', 'Z', 0, 1, 2, 3},
                "application/octet-stream")));
        program.setFileName("hadiah.exe");
        parts.addBodyPart(program);
        complaint.setContent(parts);
        complaint.saveChanges();
        complaintsBox.deliver(complaint);

        MimeMessage request = message(budi, PPID, "Permohonan data APBD 2026 " + run,
                "Saya memohon salinan ringkasan APBD Kabupaten Muara Enim tahun 2026 untuk penelitian.");
        ppidBox.deliver(request);

        MimeMessage autoReply = message(dedi, COMPLAINTS, "Sedang cuti " + run, "Saya sedang cuti sampai Senin.");
        autoReply.setHeader("Auto-Submitted", "auto-replied");
        complaintsBox.deliver(autoReply);
        MimeMessage loop = message(dedi, COMPLAINTS, "Laporan diterima " + run, "Laporan Anda telah kami terima.");
        loop.setHeader("X-Balai-Loop", "1");
        complaintsBox.deliver(loop);

        // The complaint's answer: Indonesian first, the tracking number and access code, the refused file named,
        // in the same conversation, marked as an automatic answer.
        MimeMessage answer = answerTo(ani);
        String body = GreenMailUtil.getBody(answer);
        Matcher tracking = TRACKING.matcher(answer.getSubject());
        assertThat(tracking.find()).as(answer.getSubject()).isTrue();
        assertThat(body).contains("Nomor laporan: " + tracking.group()).contains("Kode akses: ")
                .contains("Tracking number: " + tracking.group()).contains("Kabupaten Muara Enim")
                .contains("hadiah.exe").contains("foto-jembatan.png");
        assertThat(body.indexOf("Yth. Bapak/Ibu")).isLessThan(body.indexOf("Dear Sir or Madam"));
        assertThat(answer.getHeader("In-Reply-To", null)).isEqualTo(complaint.getMessageID());
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(answer.getHeader("X-Balai-Loop", null)).isNotNull();

        // In the central administrator's queue: subject as title, the photo kept, the refused file not.
        String admin = officer("CENTRAL_ADMIN");
        Map<String, Object> item = complaintQueue(admin).stream()
                .filter(i -> tracking.group().equals(i.get("trackingNumber"))).findFirst().orElseThrow();
        assertThat(item.get("title")).isEqualTo("Jembatan Desa Tanjung putus " + run);
        String id = (String) item.get("id");
        io.restassured.path.json.JsonPath detail = api().auth().oauth2(admin)
                .get("/api/t/" + T + "/officer/complaints/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("channel")).isEqualTo("EMAIL");
        assertThat(detail.getString("description")).startsWith("Jembatan gantung di Desa Tanjung")
                .doesNotContain("Guru SD");
        assertThat(detail.getList("attachments.fileName")).containsExactly("foto-jembatan.png");
        // A mail has no category: the central administrator gives it one at verification, and the category's
        // agency is then proposed for dispatch (issue 17 item 2).
        assertThat(detail.getString("category")).isNull();
        api().auth().oauth2(admin).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("category", "INFRASTRUKTUR", "type", "COMPLAINT"))
                .post("/api/t/" + T + "/officer/complaints/" + id + "/correction").then().statusCode(200)
                .body("category", org.hamcrest.Matchers.equalTo("INFRASTRUKTUR"))
                .body("history.note", org.hamcrest.Matchers.hasItem(
                        "kategori: (kosong) \u2192 Jalan, jembatan dan drainase"))
                .body("dispatchSuggestions.orgUnit", org.hamcrest.Matchers.hasItem("PUPR"));
        // Another regency's administrator does not see it.
        Map<String, String> o = officers().create("luwu-timur", officers().adminToken("luwu-timur"),
                List.of("CENTRAL_ADMIN"), null);
        String other = officers().token("luwu-timur", o.get("username"), o.get("password"));
        api().auth().oauth2(other).get("/api/t/luwu-timur/officer/complaints/" + id).then().statusCode(404);

        // The request: registered, waiting for today's confirmation, and its receipt's delivery recorded.
        MimeMessage receipt = answerTo(budi);
        Matcher number = Pattern.compile("Nomor pendaftaran: (\\S+)").matcher(GreenMailUtil.getBody(receipt));
        assertThat(number.find()).isTrue();
        assertThat(GreenMailUtil.getBody(receipt)).contains("HARI INI").contains("TODAY");
        assertThat(receipt.getHeader("In-Reply-To", null)).isEqualTo(request.getMessageID());
        String ppid = officer("PPID_MAIN");
        Map<String, Object> queued = api().auth().oauth2(ppid).queryParam("size", 100)
                .get("/api/t/" + T + "/officer/information-requests").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream()
                .filter(r -> number.group(1).equals(r.get("registrationNumber"))).findFirst().orElseThrow();
        assertThat(queued.get("status")).isEqualTo("AWAITING_CONFIRMATION");
        assertThat(queued.get("channel")).isEqualTo("EMAIL");
        List<String> actions = await("the receipt's delivery on the request", Duration.ofSeconds(30), () -> {
            List<String> a = api().auth().oauth2(ppid).get("/api/t/" + T + "/officer/information-requests/"
                    + queued.get("id")).then().statusCode(200).extract().jsonPath().getList("history.action");
            return a.contains("RECEIPT_MAILED") ? a : null;
        });
        assertThat(actions).contains("RECEIVED", "AWAITING_CONFIRMATION", "RECEIPT_MAILED");

        // The auto-reply and the loop: recorded as ignored, nothing stored, nobody answered.
        await("the two machine mails recorded", Duration.ofSeconds(30), () -> {
            try {
                return intakeRecords("IGNORED", null) >= ignoredBefore + 2 ? Boolean.TRUE : null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(intakeRecords("IGNORED", "AUTO_REPLY")).isPositive();
        assertThat(intakeRecords("IGNORED", "LOOP")).isPositive();
        Thread.sleep(3000); // an answer would have left by now
        assertThat(to(dedi)).isEmpty();
        assertThat(complaintQueue(admin)).noneMatch(i -> String.valueOf(i.get("title")).contains("cuti " + run)
                || String.valueOf(i.get("title")).contains("diterima " + run));
    }

    @Test
    void aMailWithNothingUsableGetsAHelpfulAnswerAndNothingIsStored() throws Exception {
        String eka = "eka-" + UUID.randomUUID().toString().substring(0, 8) + "@warga.test";
        long before = Db.rowCounts().get("complaint");
        MimeMessage empty = message(eka, COMPLAINTS, "", "");
        complaintsBox.deliver(empty);

        MimeMessage answer = answerTo(eka);
        assertThat(GreenMailUtil.getBody(answer)).contains("tidak dapat kami catat").contains("could not be recorded")
                .contains("082374048333");
        assertThat(answer.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(Db.rowCounts().get("complaint")).isEqualTo(before);
    }

    @Test
    void twoInstancesReadingTheSameMailboxTakeEachMessageOnce() throws Exception {
        ExtraServer b = ExtraServer.b();
        try {
            b.start(ExtraServer.itPiiKeys());
            String run = UUID.randomUUID().toString().substring(0, 8);
            List<String> senders = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                senders.add("race" + i + "-" + run + "@warga.test");
            }
            // Delivered together, read by both instances every 2 s; one of them twice (the same Message-ID in two
            // copies, as a resent message arrives).
            MimeMessage twice = null;
            for (String s : senders) {
                MimeMessage m = message(s, COMPLAINTS, "Lampu jalan mati " + s, "Lampu jalan di depan rumah " + s
                        + " mati sejak minggu lalu.");
                complaintsBox.deliver(m);
                twice = twice == null ? m : twice;
            }
            complaintsBox.deliver(new MimeMessage(twice));
            for (String s : senders) {
                answerTo(s);
            }
            // Every message unseen again, as after a lost \Seen flag or a reader that fetched before the flag:
            // both instances read them all once more.
            try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
                store.connect("127.0.0.1", Integer.getInteger("balai.it.imap.port", 14143), COMPLAINTS, PASSWORD);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_WRITE);
                inbox.setFlags(inbox.getMessages(), new Flags(Flags.Flag.SEEN), false);
                inbox.close(false);
            }
            Thread.sleep(8000); // several rounds of both instances

            String admin = officer("CENTRAL_ADMIN");
            List<Map<String, Object>> queue = complaintQueue(admin);
            for (String s : senders) {
                assertThat(to(s)).as("answers to %s", s).hasSize(1);
                assertThat(queue).as("complaints from %s", s)
                        .filteredOn(i -> ("Lampu jalan mati " + s).equals(i.get("title"))).hasSize(1);
            }
        } finally {
            b.stop();
        }
    }
}
