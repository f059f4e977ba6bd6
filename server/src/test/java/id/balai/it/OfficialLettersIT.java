package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import id.balai.support.Poppler;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 18's acceptance for letters, read as an official and a requester would read them, with poppler: the written
 * notice, the extension notice, the objection answer and the LLID's cover letter each carry the kop surat, a letter
 * number of Luwu Timur's pattern, the date in Indonesian, the signatory with NIP, no raw code and no English, and a
 * signature pdfsig finds valid. A letter fetched again is the same document with the same number; the next letter
 * takes the next number.
 */
class OfficialLettersIT extends BalaiIT {
    private static final String T = "luwu-timur";
    private static final Pattern NUMBER = Pattern.compile("(045\\.[12])/(\\d{3,})/PPID-LT/(\\d{4})");
    /** What an Indonesian letter must not show: an internal code, or English from the bilingual screens. */
    private static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");
    private static final List<String> ENGLISH = List.of("notice", "request", "granted", "refused", "decision",
            "received", "registration", "objection", "extension", "answer", "requester", "cost", "free", " due ");

    private RequestSpecification as(String token) {
        return api().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private RequestSpecification citizen() {
        return api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON);
    }

    /** An officer with the role, whose profile holds the position and NIP; returns {token, name, nip}. */
    private Map<String, String> signatory(String role, String position, String nip) {
        Map<String, String> o = officers().create(T, officers().adminToken(T), List.of(role), null);
        String token = officers().token(T, o.get("username"), o.get("password"));
        String base = "/api/t/" + T + "/officer/signatory-profile";
        as(token).body(Map.of("position", position, "nip", "1980 0101")).put(base).then().statusCode(400)
                .body("code", equalTo("INVALID_NIP")).body("message.id", equalTo("NIP terdiri atas 18 angka."));
        as(token).body(Map.of("position", "", "nip", nip)).put(base).then().statusCode(400)
                .body("code", equalTo("INVALID_POSITION"));
        as(token).body(Map.of("position", position, "nip", nip.substring(0, 8) + " " + nip.substring(8))).put(base)
                .then().statusCode(200).body("nip", equalTo(nip));
        as(token).get(base).then().statusCode(200).body("position", equalTo(position));
        return Map.of("token", token, "name", "Petugas " + o.get("username"), "nip", nip);
    }

    private static String spaced(String nip) {
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.substring(14, 15) + " "
                + nip.substring(15);
    }

    private static String today() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID"))
                .format(LocalDate.now(ZoneId.of("Asia/Makassar")));
    }

    /**
     * Checks one letter and returns its number: kop, number, place and date, signatory, no code, no English, and a
     * valid PAdES signature.
     */
    private static String checkLetter(byte[] pdf, String title, Map<String, String> signedBy) {
        String text = Poppler.words(pdf);
        assertThat(text).contains("PEMERINTAH KABUPATEN LUWU TIMUR", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI",
                "Malili, " + today(), title, signedBy.get("name"), "NIP. " + spaced(signedBy.get("nip")), "Yth.");
        Matcher m = NUMBER.matcher(text);
        assertThat(m.find()).as("a letter number of the regency's pattern in:\n" + text).isTrue();
        assertThat(m.group(3)).isEqualTo(Integer.toString(LocalDate.now(ZoneId.of("Asia/Makassar")).getYear()));
        assertThat(RAW_CODE.matcher(text).find()).as("a raw code in:\n" + text).isFalse();
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(ENGLISH).as("English in:\n" + text).noneMatch(w -> lower.matches("(?s).*\\b" + w.strip() + "\\b.*"));
        String sig = Poppler.signatures(pdf);
        assertThat(sig).contains("Signature Validation: Signature is Valid.", "ETSI.CAdES.detached",
                "Total document signed");
        // Every font is embedded (pdffonts' "emb" column): the letter prints the same anywhere (PDF/A).
        assertThat(Poppler.fonts(pdf).lines().skip(2).filter(l -> !l.isBlank())).isNotEmpty()
                .allSatisfy(l -> assertThat(l).contains("LiberationSans")
                        .matches(".*\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        return m.group(0);
    }

    private static long sequence(String number) {
        Matcher m = NUMBER.matcher(number);
        assertThat(m.matches()).isTrue();
        return Long.parseLong(m.group(2));
    }

    @Test
    void theRequestsLettersAreSignedIndonesianLettersNumberedOnceInOrder() {
        Map<String, String> ppid = signatory("PPID_MAIN", "Kepala Bidang Informasi dan Komunikasi Publik",
                "197805122006041009");
        Map<String, Object> form = InformationRequestIT.form("SOFT_COPY", "surat@example.org");
        Response r = citizen().header("Idempotency-Key", "k-" + UUID.randomUUID()).body(form)
                .post("/api/t/" + T + "/information-requests");
        r.then().statusCode(201);
        String number = r.path("registrationNumber");
        String code = r.path("accessCode");
        String id = as(ppid.get("token")).queryParam("q", number).get("/api/t/" + T + "/officer/information-requests")
                .then().statusCode(200).extract().path("items[0].id");
        String officerBase = "/api/t/" + T + "/officer/information-requests/" + id;
        String publicBase = "/api/t/" + T + "/information-requests/" + number;

        // No letter before its act.
        citizen().queryParam("code", code).get(publicBase + "/extension").then().statusCode(404);
        as(ppid.get("token")).get(officerBase + "/letters/notice").then().statusCode(404);

        as(ppid.get("token")).body(Map.of("reason", "Dokumen harus diambil dari arsip lapangan di Sorowako"))
                .post(officerBase + "/extension").then().statusCode(200);
        as(ppid.get("token")).body(Map.of("held", true, "decision", "REFUSED", "exemptionGround",
                "H_PERSONAL_SECRETS", "exemptionReason", "Memuat data pribadi warga terdampak")).post(officerBase
                        + "/notice").then().statusCode(200);

        byte[] extension = citizen().queryParam("code", code).get(publicBase + "/extension").then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf")).extract().asByteArray();
        String extensionNumber = checkLetter(extension, "Pemberitahuan Perpanjangan Jangka Waktu", ppid);
        assertThat(Poppler.words(extension)).contains(number, "7 (tujuh) hari kerja", "Sorowako");

        byte[] notice = citizen().queryParam("code", code).get(publicBase + "/notice").then().statusCode(200)
                .extract().asByteArray();
        String noticeNumber = checkLetter(notice, "Pemberitahuan Tertulis atas Permohonan Informasi Publik", ppid);
        assertThat(Poppler.words(notice)).contains(number, "Permohonan ditolak", "Pasal 17 huruf h",
                "mengungkap rahasia pribadi", "Atasan Pejabat Pengelola Informasi dan").doesNotContain("Andi Baso");
        // Numbered at the acts, in their order: the extension came first.
        assertThat(sequence(noticeNumber)).isGreaterThan(sequence(extensionNumber));

        // The letter is the same document every time, for the requester and for the officer.
        assertThat(citizen().queryParam("code", code).get(publicBase + "/notice").then().statusCode(200).extract()
                .asByteArray()).isEqualTo(notice);
        assertThat(as(ppid.get("token")).get(officerBase + "/letters/notice").then().statusCode(200).extract()
                .asByteArray()).isEqualTo(notice);
        as(ppid.get("token")).get(officerBase + "/letters/nope").then().statusCode(404);
        citizen().queryParam("code", "SALAHKODE1").get(publicBase + "/notice").then().statusCode(404);

        // The Atasan PPID answers the objection the refusal opened, and signs the answer.
        Map<String, String> atasan = signatory("ATASAN_PPID", "Sekretaris Daerah", "196907151990031004");
        citizen().body(Map.of("code", code, "ground", "A_REFUSED_EXEMPT", "reasons",
                "Data yang diminta bukan data pribadi")).post(publicBase + "/objections").then().statusCode(201);
        String objection = as(ppid.get("token")).get(officerBase).then().statusCode(200).extract()
                .path("objections[0].id");
        String objectionBase = "/api/t/" + T + "/officer/objections/" + objection;
        as(atasan.get("token")).get(objectionBase + "/answer-letter").then().statusCode(404);
        as(atasan.get("token")).body(Map.of("decision", "REJECTED", "answer",
                "Pengecualian sudah diuji; data warga terdampak tetap dirahasiakan")).post(objectionBase + "/answer")
                .then().statusCode(200);
        byte[] answer = as(atasan.get("token")).get(objectionBase + "/answer-letter").then().statusCode(200)
                .extract().asByteArray();
        String answerNumber = checkLetter(answer, "Tanggapan atas Keberatan", atasan);
        assertThat(Poppler.words(answer)).contains("Keberatan ditolak", "Komisi Informasi", number);
        assertThat(sequence(answerNumber)).isGreaterThan(sequence(noticeNumber));

        // Another regency's officer finds none of it.
        String other = officers().adminToken("muara-enim");
        api().auth().oauth2(other).get("/api/t/" + T + "/officer/objections/" + objection + "/answer-letter").then()
                .statusCode(404);
        api().auth().oauth2(other).get(officerBase + "/letters/notice").then().statusCode(404);
    }

    @Test
    void thePublishedLlidGoesToTheBupatiWithASignedCoverLetter() {
        Map<String, String> ppid = signatory("PPID_MAIN", "Kepala Dinas Komunikasi dan Informatika",
                "197502022000031002");
        // A year no other test has published (the tests share one database).
        int year = 2001;
        while (api().get("/api/t/" + T + "/public/llid/" + year).statusCode() != 404) {
            year++;
        }
        String cover = "/api/t/" + T + "/officer/information-reports/llid/cover-letter";
        as(ppid.get("token")).queryParam("year", year).get(cover).then().statusCode(409)
                .body("code", equalTo("LLID_NOT_PUBLISHED"));
        as(ppid.get("token")).queryParam("year", year)
                .post("/api/t/" + T + "/officer/information-reports/llid/publication").then().statusCode(200);
        byte[] letter = as(ppid.get("token")).queryParam("year", year).get(cover).then().statusCode(200).extract()
                .asByteArray();
        checkLetter(letter, "Penyampaian Laporan Layanan Informasi Publik Tahun " + year, ppid);
        assertThat(Poppler.words(letter)).contains("Bupati Luwu Timur", "Jumlah permohonan",
                "Lampiran:", "Laporan Layanan Informasi Publik Tahun " + year, "Tembusan:", "Menteri Dalam Negeri");
        // A regent's reader may read it; a citizen may not.
        api().queryParam("year", year).get(cover).then().statusCode(401);

        // Delivered to the Bupati with the cover letter, and to the KIP: each recorded once, on the LLID and in it.
        String coverNumber = NUMBER.matcher(Poppler.words(letter)).results().findFirst().orElseThrow().group();
        String deliveries = "/api/t/" + T + "/officer/information-reports/llid/deliveries";
        String today = LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
        as(ppid.get("token")).queryParam("year", year).body(Map.of("recipient", "BUPATI", "deliveredOn", "2001-01-01",
                "via", "LETTER", "reference", coverNumber)).post(deliveries).then().statusCode(400)
                .body("code", equalTo("DELIVERY_DATE_OUT_OF_RANGE")).body("field", equalTo("deliveredOn"));
        as(ppid.get("token")).queryParam("year", year).body(Map.of("recipient", "GUBERNUR", "deliveredOn", today,
                "via", "LETTER", "reference", coverNumber)).post(deliveries).then().statusCode(400)
                .body("field", equalTo("recipient"));
        as(ppid.get("token")).queryParam("year", year).body(Map.of("recipient", "BUPATI", "deliveredOn", today,
                "via", "LETTER", "reference", coverNumber)).post(deliveries).then().statusCode(200)
                .body("deliveries[0].recipient", equalTo("BUPATI")).body("deliveries[0].reference", equalTo(coverNumber));
        as(ppid.get("token")).queryParam("year", year).body(Map.of("recipient", "BUPATI", "deliveredOn", today,
                "via", "HAND", "reference", "lagi")).post(deliveries).then().statusCode(409)
                .body("code", equalTo("LLID_ALREADY_DELIVERED"));
        as(ppid.get("token")).queryParam("year", year).body(Map.of("recipient", "KIP", "deliveredOn", today,
                "via", "APPLICATION", "reference", "Tanda terima e-Monev KI Sulsel")).post(deliveries).then()
                .statusCode(200).body("deliveries.recipient", org.hamcrest.Matchers.contains("BUPATI", "KIP"));
        String csv = as(ppid.get("token")).queryParam("year", year).queryParam("format", "csv")
                .get("/api/t/" + T + "/officer/information-reports/llid").then().statusCode(200).extract().asString();
        assertThat(csv).contains("Disampaikan kepada / Delivered to: Bupati, melalui Atasan PPID", coverNumber);
        // Only the PPID Utama records; the year of another regency knows nothing of it.
        String other = officers().adminToken("muara-enim");
        api().auth().oauth2(other).contentType(ContentType.JSON).queryParam("year", year)
                .body(Map.of("recipient", "KEMENDAGRI", "deliveredOn", today, "via", "LETTER", "reference", "x"))
                .post(deliveries).then().statusCode(404);
    }
    /**
     * Issue 18 item 1, SPIKM Pasal 3(2), 5e, 7n: the day's digest and the periodic report reach the Bupati as letters
     * of the office that hosts the SPIKM, signed by the Koordinator Operasional at the first download, once the day
     * or the period is over; the Bupati's office reads the same document afterwards and cannot sign one itself.
     */
    @Test
    void theSpikmReportsToTheBupatiAreSignedLettersOfTheKominfoOffice() {
        Map<String, String> ops = signatory("OPS_COORDINATOR", "Kepala Bidang Pengelolaan Pengaduan",
                "198203142008011004");
        Map<String, String> bupati = signatory("BUPATI", "Kepala Bagian Protokol dan Komunikasi Pimpinan",
                "197701012003121002");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        String base = "/api/t/" + T + "/reports";
        Pattern number = Pattern.compile("045\\.2/(\\d{3,})/KOMINFO/" + today.getYear());

        as(ops.get("token")).queryParam("date", today.toString()).get(base + "/digest/letter").then()
                .statusCode(400).body("code", equalTo("DAY_NOT_OVER"));
        String yesterday = today.minusDays(1).toString();
        as(bupati.get("token")).queryParam("date", yesterday).get(base + "/digest/letter").then().statusCode(409)
                .body("code", equalTo("LETTER_NOT_SIGNED_YET"));
        byte[] digest = as(ops.get("token")).queryParam("date", yesterday).get(base + "/digest/letter").then()
                .statusCode(200).contentType(startsWith("application/pdf")).extract().asByteArray();
        String text = checkSpikmLetter(digest, "Laporan Harian Pengelolaan Informasi dan Keluhan Masyarakat", ops);
        assertThat(text).contains("Pasal 3 ayat (2)", "Laporan diterima", "melalui Sekretaris Daerah");
        Matcher m = number.matcher(text);
        assertThat(m.find()).as("a KOMINFO letter number in:\n" + text).isTrue();
        // The Bupati's office reads the same signed document.
        assertThat(as(bupati.get("token")).queryParam("date", yesterday).get(base + "/digest/letter").then()
                .statusCode(200).extract().asByteArray()).isEqualTo(digest);

        String from = today.minusDays(30).toString();
        as(ops.get("token")).queryParam("from", from).queryParam("to", today.toString())
                .get(base + "/periodic/letter").then().statusCode(400).body("code", equalTo("PERIOD_NOT_OVER"));
        byte[] periodic = as(ops.get("token")).queryParam("from", from).queryParam("to", yesterday)
                .get(base + "/periodic/letter").then().statusCode(200).extract().asByteArray();
        String p = checkSpikmLetter(periodic, "Laporan Berkala Pengelolaan Informasi dan Keluhan Masyarakat", ops);
        assertThat(p).contains("Pasal 5 huruf e dan Pasal 7 huruf n", "Ketua Tim Koordinasi SPIKM",
                "Laporan diterima", "Tembusan");
        Matcher n = number.matcher(p);
        assertThat(n.find()).isTrue();
        assertThat(Long.parseLong(n.group(1))).isGreaterThan(Long.parseLong(m.group(1)));
        // An agency operator reads neither.
        Map<String, String> operator = officers().create(T, officers().adminToken(T), List.of("AGENCY_OPERATOR"),
                "PUPR");
        as(officers().token(T, operator.get("username"), operator.get("password"))).queryParam("date", yesterday)
                .get(base + "/digest/letter").then().statusCode(403);
    }

    private static String checkSpikmLetter(byte[] pdf, String title, Map<String, String> signedBy) {
        String text = Poppler.words(pdf);
        assertThat(text).contains("PEMERINTAH KABUPATEN LUWU TIMUR", "DINAS KOMUNIKASI DAN INFORMATIKA",
                "Malili, " + today(), title, signedBy.get("name"), "NIP. " + spaced(signedBy.get("nip")),
                "Yth. Bupati Luwu Timur", "Peraturan Bupati Muara Enim Nomor 29 Tahun 2014");
        assertThat(RAW_CODE.matcher(text).find()).as("a raw code in:\n" + text).isFalse();
        String lower = text.toLowerCase(Locale.ROOT);
        assertThat(List.of("received", "answered", "overdue", "report", "complaint", "category", "channel"))
                .as("English in:\n" + text).noneMatch(w -> lower.matches("(?s).*\\b" + w + "\\b.*"));
        assertThat(Poppler.signatures(pdf)).contains("Signature Validation: Signature is Valid.",
                "ETSI.CAdES.detached");
        return text;
    }
}
