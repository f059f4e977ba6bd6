package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.balai.it.BrowserSupport.action;
import static id.balai.it.BrowserSupport.assertFitsThePhone;
import static id.balai.it.BrowserSupport.button;
import static id.balai.it.BrowserSupport.byId;
import static id.balai.it.BrowserSupport.link;
import static id.balai.it.BrowserSupport.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The PPID officers' pages in a real Chromium against the real server (issue 6, officer side of the register and
 * reports): the register from description to publication with a document (Perbup Pasal 16(3), 17), a consequence
 * test that makes an entry exempt (Pasal 6(2), 16(2)) as the portal shows, an objection answered by the Atasan PPID and
 * a dispute recorded (Pasal 24-26), the LLID published and downloaded (Pasal 18-19) and the PPID Pembantu report
 * (Pasal 28). axe-core on each page (serious or critical violations fail); screenshots into target/screenshots.
 */
class PpidOfficeBrowserIT extends InChromium {
    private static final String TENANT = "muara-enim";
    private Map<String, String> officer(String role, String unit) {
        return officers().create(TENANT, officers().adminToken(TENANT), List.of(role), unit);
    }

    /** Five random letters: a word no other entry of the suite has (a UUID's letters alone were sometimes fewer). */
    private static String word() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            b.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Fills the new-entry form of the register page. */
    private static void describe(Page desk, String title, String summary) {
        describe(desk, title, summary, "SETIAP_SAAT");
    }

    private static void describe(Page desk, String title, String summary, String infoClass) {
        Locator form = action(desk, "Deskripsikan informasi baru");
        byId(desk, "entry.title").fill(title);
        byId(desk, "entry.summary").fill(summary);
        byId(desk, "entry.infoClass").selectOption(infoClass);
        byId(desk, "entry.holdingUnit").selectOption("PUPR");
        byId(desk, "entry.holdingOfficial").fill("Kepala Dinas PUPR");
        byId(desk, "entry.personResponsible").fill("Sekretaris Dinas PUPR");
        byId(desk, "entry.madeOn").fill("2026-01-05");
        byId(desk, "entry.madePlace").fill("Kantor Dinas PUPR");
        form.getByLabel("Berkas elektronik").check();
        byId(desk, "entry.retentionPeriod").fill("5 tahun");
        byId(desk, "entry.ownerPpid").selectOption("PUPR");
    }

    /** Clicks the submit button of one action's small form. */
    private static void run(Page desk, String actionName) {
        action(desk, actionName).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(actionName)
                .setExact(true)).click();
    }

    /** A date as the Indonesian pages write it (formatLongDate with id-ID), e.g. "24 November 2026". */
    private static String formatted(LocalDate d) {
        String[] months = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember"};
        return d.getDayOfMonth() + " " + months[d.getMonthValue() - 1] + " " + d.getYear();
    }

    @Test
    void aPpidOfficerDescribesAnEntryTakesItToPublicationWithADocumentAndTheCitizenSeesIt() {
        Map<String, String> main = officer("PPID_MAIN", null);
        String title = "Rencana kerja jalan " + word();
        Page desk = chromium.page(false);
        BrowserSupport.signIn(chromium, desk, base, TENANT, main);
        link(desk, "Daftar informasi (DIP)").click();
        assertThat(desk.locator("h1")).hasText("Daftar informasi publik (DIP)");
        chromium.check(desk, "70-ppid-register");

        // Too short a summary: the API's error stands next to the field.
        describe(desk, title, "Pendek");
        button(desk, "Simpan informasi").click();
        assertThat(byId(desk, "entry.summary-error")).isVisible();
        assertThat(byId(desk, "entry.summary")).hasAttribute("aria-invalid", "true");
        chromium.check(desk, "71-ppid-register-new-entry-error");
        byId(desk, "entry.summary").fill("Rencana kerja pemeliharaan jalan kabupaten tahun 2026 per kecamatan.");
        button(desk, "Simpan informasi").click();
        assertThat(desk.locator("h1")).hasText(title);
        assertThat(desk.getByTestId("entry-facts")).containsText("Dideskripsikan");
        chromium.check(desk, "72-ppid-register-entry-described");
        String id = desk.url().replaceAll("^.*/kantor/dip/", "");

        run(desk, "Verifikasi");
        assertThat(desk.getByTestId("entry-facts")).containsText("Diverifikasi");
        run(desk, "Autentikasi");
        assertThat(desk.getByTestId("entry-facts")).containsText("Diautentikasi");
        run(desk, "Kodifikasi");
        assertThat(desk.getByTestId("entry-facts")).containsText("Dikodifikasi");
        desk.locator("#document-file").setInputFiles(new FilePayload("rencana-kerja.pdf", "application/pdf",
                pdf("Rencana kerja jalan")));
        button(desk, "Unggah dokumen").click();
        assertThat(desk.getByTestId("entry-documents")).containsText("rencana-kerja.pdf");
        run(desk, "Umumkan");
        assertThat(desk.getByTestId("entry-stages")).containsText("Diumumkan (selesai)");
        assertThat(action(desk, "Umumkan")).hasCount(0);
        chromium.check(desk, "73-ppid-register-entry-published");

        // The list finds it among the codified entries.
        link(desk, "← Kembali ke daftar informasi").click();
        byId(desk, "register-stage").selectOption("CODIFIED");
        assertThat(desk.getByTestId("register-table")).containsText(title);

        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/informasi/" + id));
        assertThat(phone.locator("h1")).hasText(title);
        assertThat(phone.locator("main")).containsText("rencana-kerja.pdf");
        assertFitsThePhone(phone);
        chromium.check(phone, "74-register-entry-published-phone");
        phone.context().close();
        desk.context().close();
    }

    @Test
    void aConsequenceTestDecisionMakesAnEntryExemptAndThePortalShowsItWithItsGround() {
        Map<String, String> main = officer("PPID_MAIN", null);
        String title = "Berkas penyidikan " + word();
        Page desk = chromium.page(false);
        BrowserSupport.signIn(chromium, desk, base, TENANT, main);
        link(desk, "Daftar informasi (DIP)").click();
        describe(desk, title, "Berkas penyidikan pelanggaran tata ruang yang sedang berjalan.");
        button(desk, "Simpan informasi").click();
        assertThat(desk.locator("h1")).hasText(title);
        String id = desk.url().replaceAll("^.*/kantor/dip/", "");
        run(desk, "Verifikasi");
        assertThat(action(desk, "Autentikasi")).isVisible();
        run(desk, "Autentikasi");
        assertThat(action(desk, "Kodifikasi")).isVisible();
        run(desk, "Kodifikasi");
        assertThat(action(desk, "Umumkan")).isVisible();
        run(desk, "Umumkan");
        assertThat(desk.getByTestId("entry-stages")).containsText("Diumumkan (selesai)");

        Locator propose = action(desk, "Usulkan pengecualian");
        propose.getByLabel("Alasan pengecualian").selectOption("A");
        propose.getByLabel("Uji kepentingan/bahaya").fill("Membuka berkas ini sekarang menghambat penyidikan.");
        propose.getByLabel("Pertimbangan politik").fill("Tidak ada.");
        propose.getByLabel("Pertimbangan ekonomi").fill("Tidak ada.");
        propose.getByLabel("Pertimbangan sosial budaya").fill("Dapat menimbulkan keresahan.");
        propose.getByLabel("Pertimbangan pertahanan dan keamanan").fill("Mengganggu proses penyidikan.");
        propose.getByLabel("Tanggal rapat").fill(LocalDate.now().minusDays(1).toString());
        // One member only: the API wants two, and says so next to the field.
        propose.getByLabel("Anggota rapat (satu per baris, paling sedikit dua)").fill("Kepala Dinas Kominfo");
        run(desk, "Usulkan pengecualian");
        assertThat(propose.locator(".field__error")).containsText("dua anggota");
        propose.getByLabel("Anggota rapat (satu per baris, paling sedikit dua)")
                .fill("Kepala Dinas Kominfo\nKepala Bagian Hukum");
        run(desk, "Usulkan pengecualian");
        assertThat(desk.getByTestId("consequence-test")).containsText("Diusulkan, menunggu penetapan");
        chromium.check(desk, "75-ppid-consequence-test-proposed");

        Locator decide = action(desk, "Tetapkan keputusan");
        decide.getByLabel("Keputusan", new Locator.GetByLabelOptions().setExact(true)).selectOption("EXEMPT");
        run(desk, "Tetapkan keputusan");
        // An exemption needs the regent's decree number (Pasal 6(2)): named next to the field.
        assertThat(decide.getByLabel("Nomor keputusan bupati")).hasAttribute("aria-invalid", "true");
        decide.getByLabel("Nomor keputusan bupati").fill("188.45/91/KEP/2026");
        decide.getByLabel("Dikecualikan sampai (boleh kosong)").fill(LocalDate.now().plusYears(1).toString());
        run(desk, "Tetapkan keputusan");
        assertThat(desk.getByTestId("consequence-test")).containsText("Pengecualian ditetapkan");
        assertThat(desk.getByTestId("entry-exemption")).containsText("188.45/91/KEP/2026");
        assertThat(desk.getByTestId("entry-facts")).containsText("Dikecualikan");
        assertThat(action(desk, "Tinjau pengecualian")).isVisible();
        chromium.check(desk, "76-ppid-consequence-test-exempt");

        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/informasi/" + id));
        assertThat(phone.getByTestId("exemption")).containsText("Informasi ini dikecualikan");
        assertThat(phone.getByTestId("exemption")).containsText("188.45/91/KEP/2026");
        assertThat(phone.getByTestId("exemption")).containsText("Pasal 17 huruf a");
        assertFitsThePhone(phone);
        chromium.check(phone, "77-register-exempt-phone");

        // Pasal 16(2)c: a review finds a greater public interest and opens the entry again.
        Locator review = action(desk, "Tinjau pengecualian");
        review.getByLabel("Pertimbangan kepentingan publik").fill("Penyidikan telah selesai; publik perlu mengetahui "
                + "hasilnya.");
        review.getByLabel("Hasil peninjauan").selectOption("yes");
        run(desk, "Tinjau pengecualian");
        assertThat(desk.getByTestId("consequence-test")).containsText("Dibuka setelah peninjauan");
        assertThat(desk.getByTestId("entry-facts")).containsText("Tersedia setiap saat");
        assertThat(desk.getByTestId("entry-exemption")).hasCount(0);
        phone.reload();
        assertThat(phone.locator("h1")).hasText(title);
        assertThat(phone.getByTestId("exemption")).hasCount(0);
        phone.context().close();
        desk.context().close();
    }

    @Test
    void sertaMertaGoesOnTheFrontPageAndABerkalaEntryPastItsDateIsListedAndUpdated() {
        Map<String, String> main = officer("PPID_MAIN", null);
        Page desk = chromium.page(false);
        BrowserSupport.signIn(chromium, desk, base, TENANT, main);
        link(desk, "Daftar informasi (DIP)").click();

        // UU KIP Ps 10: serta merta is announced at once, whatever its stage, and may go on the front page.
        String urgent = "Peringatan banjir " + word();
        describe(desk, urgent, "Peringatan dini banjir di sepanjang Sungai Enim untuk tiga hari ke depan.",
                "SERTA_MERTA");
        button(desk, "Simpan informasi").click();
        assertThat(desk.locator("h1")).hasText(urgent);
        assertThat(action(desk, "Verifikasi")).isVisible();
        run(desk, "Umumkan");
        assertThat(action(desk, "Tampilkan di halaman depan")).isVisible();
        run(desk, "Tampilkan di halaman depan");
        assertThat(desk.getByTestId("entry-facts")).containsText("Di halaman depan portal");
        assertThat(action(desk, "Turunkan dari halaman depan")).isVisible();
        chromium.check(desk, "85-ppid-serta-merta-front-page");
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/"));
        assertThat(phone.getByTestId("front-page")).containsText(urgent);
        assertFitsThePhone(phone);
        phone.context().close();

        // Perki 1/2021: berkala information last updated 7 months ago is past its 6-month date.
        link(desk, "Daftar informasi (DIP)").click();
        String periodic = "Laporan keuangan semester " + word();
        describe(desk, periodic, "Laporan realisasi anggaran dinas per semester, diumumkan berkala.", "BERKALA");
        byId(desk, "entry.lastUpdatedOn").fill(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusMonths(7)
                .toString());
        button(desk, "Simpan informasi").click();
        assertThat(desk.locator("h1")).hasText(periodic);
        assertThat(desk.locator(".badge--overdue")).hasText("Lewat waktu");
        link(desk, "← Kembali ke daftar informasi").click();
        button(desk, "Berkala lewat waktu").click();
        assertThat(desk.getByTestId("register-table")).containsText(periodic);
        chromium.check(desk, "86-ppid-berkala-overdue");
        desk.getByTestId("register-table").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(periodic))
                .click();
        run(desk, "Catat pembaruan berkala");
        assertThat(desk.locator(".badge--overdue")).hasCount(0);
        assertThat(desk.getByTestId("entry-facts")).containsText(
                formatted(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))));

        // The English switch: the same page, in English.
        button(desk, "English").click();
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Details (Article 17(1))")))
                .isVisible();
        assertThat(desk.getByTestId("entry-facts")).containsText("Periodic (berkala)");
        chromium.check(desk, "87-ppid-register-entry-english");
        button(desk, "Bahasa Indonesia").click();
        desk.context().close();
    }

    /** 14 working days after today on Muara Enim's calendar, by the calendar API. */
    private String dueIn14WorkingDays() {
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString();
        return api().queryParam("from", today).queryParam("workingDays", 14)
                .get("/api/t/" + TENANT + "/calendar/due").then().statusCode(200).extract().path("due");
    }

    /** As the pages write a date in Indonesian, without the weekday: 28 Desember 2026. */
    private static String longDate(String isoDate) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID"))
                .format(LocalDate.parse(isoDate));
    }

    @Test
    void anObjectionFiledByTheCitizenIsAnsweredByTheAtasanPpidAndADisputeIsRecorded() {
        // A request refused on an exemption ground (through the API: the request pages have their own test).
        Map<String, Object> requester = new HashMap<>(Map.of("name", "Siti Aminah", "idNumber", "1603014506900002",
                "address", "Jl. Merdeka No. 3, Muara Enim", "phone", "0812 3456 7003", "occupation", "Wartawan"));
        Map<String, Object> form = new HashMap<>(Map.of("requesterType", "INDIVIDUAL", "requester", requester,
                "informationWanted", "Berkas penyidikan pelanggaran tata ruang di Kecamatan Lawang Kidul",
                "purpose", "Bahan liputan", "obtainMethod", "READ", "willingToPay", true));
        Response submitted = api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "k-" + UUID.randomUUID()).body(form)
                .post("/api/t/" + TENANT + "/information-requests");
        submitted.then().statusCode(201);
        String number = submitted.path("registrationNumber");
        String code = submitted.path("accessCode");
        Map<String, String> main = officer("PPID_MAIN", null);
        String mainToken = officers().token(TENANT, main.get("username"), main.get("password"));
        List<Map<String, Object>> items = api().auth().oauth2(mainToken).queryParam("size", 100)
                .get("/api/t/" + TENANT + "/officer/information-requests").then().statusCode(200).extract()
                .jsonPath().getList("items");
        String requestId = items.stream().filter(i -> number.equals(i.get("registrationNumber"))).findFirst()
                .map(i -> (String) i.get("id")).orElseThrow();
        api().auth().oauth2(mainToken).contentType(ContentType.JSON).body(Map.of("held", true, "decision", "REFUSED",
                "exemptionGround", "A_LAW_ENFORCEMENT", "exemptionReason", "Berkas sedang dalam penyidikan"))
                .post("/api/t/" + TENANT + "/officer/information-requests/" + requestId + "/notice").then()
                .statusCode(200);

        // --- the citizen files the objection from the request's page ---
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/lacak-permohonan"));
        phone.locator("#number").fill(number);
        phone.locator("#code").fill(code);
        button(phone, "Lihat permohonan").click();
        assertThat(phone.getByTestId("request")).containsText("Pemberitahuan");
        phone.locator("#ground").selectOption("A_REFUSED_EXEMPT");
        phone.locator("#reasons").fill("Informasi ini menyangkut kepentingan publik dan tata ruang kami.");
        button(phone, "Kirim keberatan").click();
        Locator filed = phone.getByText("Keberatan Anda tercatat dengan nomor");
        assertThat(filed).isVisible();
        String objectionNumber = filed.textContent().replaceAll("^.*nomor\\s+", "").replaceAll("\\.\\s*$", "")
                .trim();
        assertFitsThePhone(phone);
        chromium.check(phone, "78-objection-filed-phone");

        // --- the Atasan PPID answers it from the workspace ---
        Map<String, String> atasan = officer("ATASAN_PPID", null);
        Page desk = chromium.page(false);
        BrowserSupport.signIn(chromium, desk, base, TENANT, atasan);
        link(desk, "Permohonan informasi").click();
        Locator waiting = desk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Keberatan menunggu tanggapan"));
        waiting.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(objectionNumber).setExact(true))
                .click();
        assertThat(desk.locator("h1")).hasText("Keberatan " + objectionNumber);
        assertThat(desk.locator("main")).containsText(number);
        chromium.check(desk, "79-atasan-objection");
        Locator answer = action(desk, "Tanggapi keberatan");
        answer.getByLabel("Keputusan", new Locator.GetByLabelOptions().setExact(true)).selectOption("REJECTED");
        answer.getByLabel("Tanggapan atasan PPID").fill("Berkas masih dalam penyidikan; pengecualian tetap.");
        run(desk, "Tanggapi keberatan");
        assertThat(desk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Status: Sudah ditanggapi")))
                .isVisible();
        // The last day to go to the Information Commission: 14 working days after today's answer (UU KIP Ps 37(2)),
        // written as a date, never as a code.
        String fileBy = longDate(dueIn14WorkingDays());
        assertThat(desk.locator("main")).containsText("Batas mengajukan sengketa ke Komisi Informasi");
        assertThat(desk.locator("main")).containsText(fileBy);
        String objectionUrl = desk.url();
        desk.context().close();

        // --- the PPID Utama records the dispute at the Information Commission from the objection page ---
        Page ppid = chromium.page(false);
        BrowserSupport.signIn(chromium, ppid, base, TENANT, main);
        ppid.navigate(objectionUrl);
        assertThat(ppid.locator("h1")).hasText("Keberatan " + objectionNumber);
        Locator dispute = action(ppid, "Catat sengketa di Komisi Informasi");
        // A fresh case number each run: a Commission case is recorded once per regency, and the test database
        // outlives a run.
        String caseNumber = "012/IV/KI-SS-PS/" + UUID.randomUUID().toString().substring(0, 6);
        dispute.getByLabel("Nomor register Komisi Informasi").fill(caseNumber);
        run(ppid, "Catat sengketa di Komisi Informasi");
        assertThat(ppid.getByTestId("dispute")).containsText(caseNumber);
        // The Commission's own deadlines (UU KIP Ps 38), none passed yet.
        assertThat(ppid.getByTestId("commission-clocks")).containsText("Komisi Informasi mulai menyelesaikan");
        assertThat(ppid.getByTestId("commission-clocks")).containsText("Komisi Informasi menyelesaikan sengketa");
        assertThat(ppid.getByTestId("commission-clocks").getByText("Lewat tenggat")).hasCount(0);
        chromium.check(ppid, "80-ppid-objection-dispute");
        ppid.context().close();

        // --- the citizen sees the answer ---
        button(phone, "Lihat permohonan").click();
        assertThat(phone.getByTestId("objection")).containsText("Sudah ditanggapi");
        assertThat(phone.getByTestId("objection")).containsText("pengecualian tetap");
        assertThat(phone.getByTestId("dispute-file-by"))
                .containsText("Batas mengajukan sengketa ke Komisi Informasi: ");
        assertThat(phone.getByTestId("dispute-file-by")).containsText(fileBy);
        assertFitsThePhone(phone);
        phone.context().close();
    }

    @Test
    void theLlidIsEditedPublishedAndDownloadedAndAPpidPembantuReadsItsReport() {
        Map<String, String> main = officer("PPID_MAIN", null);
        Page desk = chromium.page(false);
        BrowserSupport.signIn(chromium, desk, base, TENANT, main);
        link(desk, "LLID").click();
        assertThat(desk.locator("h1")).containsText("Laporan layanan informasi (LLID)");
        // A past year not yet published (another test of the same run may have published one).
        int year = LocalDate.now().getYear() - 2;
        for (;; year--) {
            byId(desk, "llid-year").selectOption(Integer.toString(year));
            assertThat(desk.locator("h1")).hasText("Laporan layanan informasi (LLID) " + year);
            assertThat(desk.getByTestId("llid-status")).isVisible();
            if (button(desk, "Terbitkan LLID").count() > 0) {
                break;
            }
            assertThat(year).as("an unpublished LLID year").isGreaterThan(LocalDate.now().getYear() - 6);
        }
        assertThat(desk.getByTestId("llid-figures")).containsText("Jumlah permohonan");
        chromium.check(desk, "81-ppid-llid");
        byId(desk, "llid-policy").fill("Perbup tentang pedoman pengelolaan informasi publik tetap berlaku.");
        byId(desk, "llid-obstacles").fill("Jaringan internet di kecamatan belum merata.");
        button(desk, "Simpan bagian teks").click();
        assertThat(desk.getByText("Bagian teks tersimpan.")).isVisible();
        button(desk, "Terbitkan LLID").click();
        assertThat(desk.getByText("LLID diterbitkan.")).isVisible();
        assertThat(desk.locator("#llid-status")).containsText("Diterbitkan");
        assertThat(button(desk, "Terbitkan LLID")).hasCount(0);
        assertThat(byId(desk, "llid-obstacles")).hasValue("Jaringan internet di kecamatan belum merata.");
        chromium.check(desk, "82-ppid-llid-published");
        Download pdf = desk.waitForDownload(() -> button(desk, "Unduh PDF").click());
        assertThat(new String(readAll(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.suggestedFilename()).endsWith(year + ".pdf");
        Download csv = desk.waitForDownload(() -> button(desk, "Unduh CSV").click());
        assertThat(new String(readAll(csv), StandardCharsets.UTF_8)).contains("Permohonan / Requests");
        desk.context().close();

        Map<String, String> pupr = officer("PPID_ASSISTANT", "PUPR");
        Page unit = chromium.page(false);
        BrowserSupport.signIn(chromium, unit, base, TENANT, pupr);
        assertThat(link(unit, "LLID")).hasCount(0);
        link(unit, "Laporan PPID Pembantu").click();
        assertThat(unit.locator("h1")).hasText("Laporan PPID Pembantu");
        button(unit, "Tampilkan laporan").click();
        assertThat(unit.getByTestId("unit-report-period")).containsText("Dinas Pekerjaan Umum");
        assertThat(unit.getByTestId("llid-figures")).containsText("Jumlah permohonan");
        chromium.check(unit, "83-ppid-pembantu-report");
        Download unitPdf = unit.waitForDownload(() -> button(unit, "Unduh PDF").click());
        assertThat(new String(readAll(unitPdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // Pasal 11b: the PPID Pembantu records its delivery to the PPID Utama; its row is then on time.
        link(unit, "Daftar informasi (DIP)").click();
        button(unit, "Penyerahan PPID Pembantu").click();
        Locator delivery = action(unit, "Catat penyerahan");
        delivery.getByLabel("Jumlah informasi diserahkan").fill("-1");
        run(unit, "Catat penyerahan");
        assertThat(delivery.getByLabel("Jumlah informasi diserahkan")).hasAttribute("aria-invalid", "true");
        delivery.getByLabel("Jumlah informasi diserahkan").fill("12");
        run(unit, "Catat penyerahan");
        Locator row = unit.getByTestId("deliveries-table").getByRole(AriaRole.ROW, new Locator.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("Dinas Pekerjaan Umum")));
        assertThat(row).containsText("Tepat waktu");
        assertThat(row).containsText(formatted(LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"))));
        chromium.check(unit, "84-ppid-pembantu-deliveries");
        unit.context().close();
    }
}
