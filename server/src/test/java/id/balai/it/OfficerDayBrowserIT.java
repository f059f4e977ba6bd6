package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.balai.it.BrowserSupport.action;
import static id.balai.it.BrowserSupport.assertFitsThePhone;
import static id.balai.it.BrowserSupport.button;
import static id.balai.it.BrowserSupport.link;
import static id.balai.it.BrowserSupport.tab;
import static id.balai.it.GlossaryOnScreen.assertSpeaksTheGlossary;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * Issue 17's acceptance, in a real Chromium with axe-core, once on a 360-px phone and once at a 1366-px desk: the
 * officers' day around two reports of the same blocked drain. The central administrator finds the older report by
 * its number and by a word of it, merges the newer one into it from the duplicate suggestion, corrects its category
 * while verifying, and dispatches it from the tree with a note; the agency operator writes a response template and
 * answers from it; each dashboard tile's count is the count of the queue tab it opens; the PPID officer finds a
 * request; the regency administrator makes an officer, reads the parameters in words and keeps a template. Every
 * screen is checked against docs/glossary.md as rendered ({@link GlossaryOnScreen}).
 */
class OfficerDayBrowserIT extends InChromium {
    private static final String TENANT = "muara-enim";

    @Test
    void theOfficersDayOnAPhone() {
        walk(true);
        ppidWalk(true);
        adminWalk(true);
    }

    @Test
    void theOfficersDayAtADesk() {
        walk(false);
        ppidWalk(false);
        adminWalk(false);
    }

    /**
     * The regency administrator's day: a new officer whose one-time password shows where it was made, the units,
     * the categories and their routes, the regulation parameters in words (no configuration key), the working
     * calendar, and a regency-wide response template; every screen held to axe and the glossary.
     */
    private void adminWalk(boolean phone) {
        String where = phone ? "360" : "1366";
        Map<String, String> admin = officers().create(TENANT, officers().adminToken(TENANT), List.of("TENANT_ADMIN"),
                null);
        Page page = chromium.page(phone);
        BrowserSupport.signIn(chromium, page, base, TENANT, admin);
        link(page, "Administrasi").click();
        assertThat(page.locator("h1")).hasText("Administrasi kabupaten");
        String username = "operator." + letters(6);
        page.locator("#new-user-username").fill(username);
        page.locator("#new-user-displayName").fill("Operator " + letters(5));
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Operator SKPD").setExact(true))
                .check();
        page.locator("#new-user-orgUnit").selectOption("PUPR");
        button(page, "Tambah pengguna").click();
        Locator otp = page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions()
                .setName("Kata sandi sekali pakai untuk " + username));
        assertThat(otp).isVisible();
        assertThat(otp).isInViewport();
        look(page, phone, "82-admin-user-created-" + where);

        button(page, "Struktur organisasi").click();
        assertThat(page.locator("main")).containsText("Dinas Pekerjaan Umum dan Penataan Ruang");
        look(page, phone, "83-admin-org-" + where);
        button(page, "Kategori dan rute").click();
        assertThat(page.locator("main")).containsText("Jalan, jembatan dan drainase");
        look(page, phone, "84-admin-categories-" + where);
        button(page, "Parameter regulasi").click();
        Locator spikm = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Laporan SPIKM"));
        assertThat(spikm).containsText("Verifikasi dan penerusan ke SKPD, sejak diterima");
        assertThat(spikm).containsText("3 hari kerja");
        look(page, phone, "85-admin-parameters-" + where);
        button(page, "Kalender kerja").click();
        assertThat(page.locator("main")).containsText("Libur nasional");
        look(page, phone, "86-admin-calendar-" + where);

        link(page, "Templat jawaban").click();
        String template = "Terima kasih " + letters(4);
        page.locator("#template-purpose").selectOption("CLARIFICATION");
        page.locator("#template-name").fill(template);
        page.locator("#template-body").fill("Mohon jelaskan lokasi pada laporan {nomor} lebih rinci.");
        button(page, "Simpan templat").click();
        assertThat(page.getByText("Templat “" + template + "” tersimpan.")).isVisible();
        look(page, phone, "87-admin-templates-" + where);
        chromium.assertNoConsoleErrors(page, "the regency administrator's day");
        page.context().close();
    }

    /**
     * The PPID officer's morning: the dashboard's count of registered requests is the queue's, and a request is found
     * by its registration number and by a word of what it asks for.
     */
    private void ppidWalk(boolean phone) {
        String where = phone ? "360" : "1366";
        String village = Character.toUpperCase(letters(1).charAt(0)) + letters(7);
        Map<String, Object> form = new java.util.HashMap<>(InformationRequestIT.form("READ", null));
        form.put("informationWanted", "Data sumur bor dan air bersih di Desa " + village + " tahun 2025");
        String number = api().header("X-Forwarded-For", Officers.someAddress())
                .contentType(io.restassured.http.ContentType.JSON).header("Idempotency-Key", "day-" + UUID.randomUUID())
                .body(form).post("/api/t/" + TENANT + "/information-requests").then().statusCode(201).extract()
                .path("registrationNumber");
        Map<String, String> ppid = officers().create(TENANT, officers().adminToken(TENANT), List.of("PPID_MAIN"),
                null);
        Page page = chromium.page(phone);
        BrowserSupport.signIn(chromium, page, base, TENANT, ppid);
        link(page, "Dasbor").click();
        int registered = tileCount(page, "Terdaftar, belum diteruskan");
        look(page, phone, "79-dashboard-ppid-" + where);
        tile(page, "Terdaftar, belum diteruskan").click();
        assertThat(page.locator("#ppid-status")).hasValue("REGISTERED");
        assertThat(page.locator("#ppid-status option[value=REGISTERED]")).hasText("Terdaftar (" + registered + ")");
        page.locator("#ppid-search").fill(number);
        assertThat(link(page, number)).isVisible();
        assertThat(page.getByText("1 permohonan", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.locator("#ppid-search").fill(village);
        assertThat(link(page, number)).isVisible();
        look(page, phone, "80-ppid-queue-search-" + where);
        link(page, number).click();
        assertThat(page.locator("main")).containsText("sumur bor");
        look(page, phone, "81-ppid-request-" + where);
        chromium.assertNoConsoleErrors(page, "the PPID officer's day");
        page.context().close();
    }

    private void walk(boolean phone) {
        String where = phone ? "360" : "1366";
        // A made-up market name: a word no other report of the suite has.
        String market = "Pasar " + Character.toUpperCase(letters(1).charAt(0)) + letters(7);
        String older = report("Saluran air tersumbat di " + market,
                "Saluran drainase di depan " + market + " tersumbat sampah, air meluap ke jalan setiap hujan.");
        String newer = report("Saluran " + market + " tersumbat sampah",
                "Saluran drainase di depan " + market + " tersumbat sampah dan air meluap ke jalan saat hujan.");
        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        Map<String, String> pupr = officers().create(TENANT, admin, List.of("AGENCY_OPERATOR"), "PUPR");

        // --- the central administrator: from the dashboard to the queue it counts ---
        Page desk = chromium.page(phone);
        BrowserSupport.signIn(chromium, desk, base, TENANT, central);
        link(desk, "Dasbor").click();
        int waiting = tileCount(desk, "Menunggu verifikasi");
        look(desk, phone, "70-dashboard-central-" + where);
        tile(desk, "Menunggu verifikasi").click();
        assertThat(tab(desk, "Perlu diverifikasi")).hasAttribute("aria-pressed", "true");
        assertThat(tabCount(desk, "Perlu diverifikasi")).isEqualTo(waiting);

        // Found by its number (one line), then by a word (both reports).
        desk.locator("#queue-text").fill(older);
        assertThat(desk.getByText("1 dari 1 laporan")).isVisible();
        assertThat(link(desk, older)).isVisible();
        desk.locator("#queue-text").fill(market.substring(6));
        assertThat(link(desk, older)).isVisible();
        assertThat(link(desk, newer)).isVisible();
        look(desk, phone, "71-queue-search-" + where);

        // The newer report is merged into the older from the suggestion.
        link(desk, newer).click();
        Locator suggestions = desk.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Kemungkinan laporan ganda"));
        Locator merge = suggestions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Gabungkan ke " + older));
        assertThat(merge).isVisible();
        look(desk, phone, "72-duplicate-suggested-" + where);
        merge.click();
        // A merge cannot be undone: the button asks first, in place.
        Locator ask = suggestions.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions()
                .setName("Gabungkan ke " + older));
        assertThat(ask).containsText("tidak dapat dibatalkan");
        ask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ya, gabungkan")).click();
        assertThat(desk.locator(".badge").first()).hasText("Digabung dengan laporan lain");

        // The older one: its category corrected at verification, then dispatched from the tree with a note.
        link(desk, "Antrean").click();
        desk.locator("#queue-text").fill(older);
        link(desk, older).click();
        assertThat(desk.locator("main")).containsText("Laporan lain digabung ke sini");
        desk.locator("#correction-category").selectOption(new SelectOption().setLabel("Jalan, jembatan dan drainase"));
        button(desk, "Simpan koreksi").click();
        assertThat(desk.getByText("Tersimpan.").first()).isVisible();
        assertThat(desk.locator("main")).containsText("kategori: ");
        action(desk, "Verifikasi").getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sudah diverifikasi");
        Locator dispatch = action(desk, "Teruskan ke SKPD");
        assertThat(dispatch.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                .setName("Dinas Pekerjaan Umum dan Penataan Ruang (sesuai kategori)").setExact(true))).isChecked();
        dispatch.getByLabel("Catatan untuk SKPD").fill("Warga melapor dua kali; mohon cek saluran di depan pasar.");
        look(desk, phone, "73-dispatch-tree-" + where);
        button(desk, "Teruskan").click();
        assertThat(desk.locator(".badge").first()).hasText("Sedang ditangani SKPD");
        look(desk, phone, "74-dispatched-" + where);

        // --- the agency operator: a template of its own, then the answer from it ---
        Page agency = chromium.page(phone);
        BrowserSupport.signIn(chromium, agency, base, TENANT, pupr);
        link(agency, "Templat jawaban").click();
        String template = "Saluran dibersihkan " + letters(4);
        agency.locator("#template-purpose").selectOption("ANSWER");
        agency.locator("#template-name").fill(template);
        agency.locator("#template-body").fill("Saluran pada laporan {nomor} sudah dibersihkan oleh {unit} hari ini.");
        button(agency, "Simpan templat").click();
        assertThat(agency.getByText("Templat “" + template + "” tersimpan.")).isVisible();
        look(agency, phone, "75-templates-" + where);

        link(agency, "Dasbor").click();
        int fresh = tileCount(agency, "Belum diterima SKPD");
        look(agency, phone, "76-dashboard-agency-" + where);
        tile(agency, "Belum diterima SKPD").click();
        assertThat(tab(agency, "Baru masuk")).hasAttribute("aria-pressed", "true");
        assertThat(tabCount(agency, "Baru masuk")).isEqualTo(fresh);
        agency.locator("#queue-text").fill(older);
        link(agency, older).click();
        assertThat(agency.locator("main")).containsText("mohon cek saluran di depan pasar");
        action(agency, "Terima di SKPD").getByRole(AriaRole.BUTTON).click();
        assertThat(agency.locator("main")).containsText("Diterima SKPD");
        agency.locator("#template-ANSWER").selectOption(new SelectOption()
                .setLabel(template + " (Dinas Pekerjaan Umum dan Penataan Ruang)"));
        button(agency, "Pakai templat").click();
        Locator answer = action(agency, "Kirim jawaban ke admin pusat");
        assertThat(answer.getByLabel("Jawaban SKPD")).hasValue("Saluran pada laporan " + older
                + " sudah dibersihkan oleh Dinas Pekerjaan Umum dan Penataan Ruang hari ini.");
        look(agency, phone, "77-answer-from-template-" + where);
        answer.getByRole(AriaRole.BUTTON).click();
        assertThat(agency.locator("main")).containsText("Sudah dijawab SKPD");

        // --- the central administrator again: the answer waits where the dashboard says ---
        link(desk, "Dasbor").click();
        int toReview = tileCount(desk, "Jawaban SKPD menunggu ditinjau");
        tile(desk, "Jawaban SKPD menunggu ditinjau").click();
        assertThat(tab(desk, "Jawaban untuk ditelaah")).hasAttribute("aria-pressed", "true");
        assertThat(tabCount(desk, "Jawaban untuk ditelaah")).isEqualTo(toReview);
        desk.locator("#queue-text").fill(older);
        link(desk, older).click();
        Locator respond = action(desk, "Kirim jawaban ke pelapor");
        assertThat(respond.getByLabel("Jawaban untuk pelapor")).hasValue(Pattern.compile(".*sudah dibersihkan.*"));
        respond.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sudah dijawab");
        look(desk, phone, "78-answered-" + where);

        chromium.assertNoConsoleErrors(desk, "the central administrator's day");
        chromium.assertNoConsoleErrors(agency, "the agency operator's day");
        desk.context().close();
        agency.context().close();
    }

    /** axe-core and a screenshot, the glossary as rendered, and no sideways scrolling on the phone. */
    private void look(Page page, boolean phone, String name) {
        chromium.check(page, name);
        assertSpeaksTheGlossary(page, name);
        if (phone) {
            assertFitsThePhone(page);
        }
    }

    private static Locator tile(Page page, String label) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^\\d+ " + label + "$")));
    }

    private static int tileCount(Page page, String label) {
        Locator tile = tile(page, label);
        assertThat(tile).isVisible();
        Matcher m = Pattern.compile("^(\\d+)\\s").matcher(tile.innerText().strip());
        assertThat(m.find()).as("a count on the tile %s", label).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The count a queue tab shows beside its label, once the counts have come. */
    private static int tabCount(Page page, String label) {
        Locator count = tab(page, label).locator(".tab-count");
        assertThat(count).isVisible();
        return Integer.parseInt(count.innerText().replaceAll("\\D", ""));
    }

    /** A report sent on the public API as the web form sends it; returns its number. */
    private String report(String title, String description) {
        String json = "{\"type\":\"COMPLAINT\",\"title\":\"" + title + "\",\"description\":\"" + description
                + "\",\"category\":\"LAINNYA\",\"anonymous\":true,\"confidential\":false}";
        return api().header("Idempotency-Key", "day-" + UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress())
                .multiPart("complaint", "complaint.json", json.getBytes(StandardCharsets.UTF_8), "application/json")
                .post("/api/t/" + TENANT + "/complaints").then().statusCode(201).extract().path("trackingNumber");
    }

    private static String letters(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }
}
