package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The web app in a real Chromium (Debian's, driven by Playwright for Java) against the real server and PostgreSQL
 * (issue 6): a citizen reports on a 360x740 phone and tracks it; the central admin verifies and dispatches; the agency
 * operator receives and answers; the central admin sends the answer; the citizen sees it. axe-core runs on every page
 * (serious or critical violations fail the test) and screenshots go to target/screenshots.
 */
class BrowserIT extends BalaiIT {
    private static final String TENANT = "muara-enim";
    private static Chromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }

    private static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The small form of one officer action (its accessible name is the action). */
    private static Locator action(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aReportGoesFromACitizensPhoneThroughTheOfficesAndTheAnswerComesBack() {
        // --- the citizen, on a phone ---
        Page phone = chromium.page(true);
        phone.navigate(url("/" + TENANT + "/"));
        assertThat(phone.locator("h1")).containsText("Muara Enim");
        assertThat(phone.locator("html")).hasAttribute("lang", "id");
        assertThat(link(phone, "082374048333")).isVisible();
        assertFitsThePhone(phone);
        chromium.check(phone, "01-portal-home");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hak dan tenggat")).first().click();
        assertThat(phone.locator("h1")).containsText("Hak Anda");
        assertThat(phone.locator("main")).containsText("paling lama 3 hari kerja");
        chromium.check(phone, "02-rights");

        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kirim laporan")).first().click();
        assertThat(phone.locator("h1")).hasText("Kirim laporan");
        chromium.check(phone, "03-report-form");
        phone.locator("#category").selectOption("INFRASTRUKTUR");
        phone.locator("#title").fill("Jembatan gantung Dusun II rusak");
        phone.locator("#description").fill("Lantai jembatan gantung di Dusun II patah, anak sekolah memutar jauh.");
        phone.locator("#location").fill("Dusun II, Desa Tanjung, Kec. Lawang Kidul");
        byId(phone, "reporter.name").fill("Siti Rahmawati");
        byId(phone, "reporter.phone").fill("12345");
        button(phone, "Kirim laporan").click();
        // The API's error appears next to the field it names.
        assertThat(byId(phone, "reporter.phone-error")).containsText("Nomor telepon tidak valid");
        assertThat(byId(phone, "reporter.phone")).hasAttribute("aria-invalid", "true");
        chromium.check(phone, "04-report-form-error");
        byId(phone, "reporter.phone").fill("081234567890");
        button(phone, "Kirim laporan").click();

        assertThat(phone.locator("h1")).containsText("laporan Anda sudah kami terima");
        String number = phone.getByTestId("tracking-number").textContent().trim();
        String code = phone.getByTestId("access-code").textContent().trim();
        assertThat(number).matches("ME-\\d{4}-\\d{6}");
        assertThat(code).isNotBlank();
        assertThat(phone.locator("main")).containsText("Catat atau foto nomor laporan dan kode akses");
        assertFitsThePhone(phone);
        chromium.check(phone, "05-receipt");

        link(phone, "Lacak laporan ini").click();
        assertThat(phone.locator("#number")).hasValue(number);
        phone.locator("#code").fill(code);
        button(phone, "Lihat laporan").click();
        assertThat(phone.getByTestId("complaint")).containsText("Diterima");
        assertThat(phone.getByTestId("complaint")).containsText("Laporan diterima");
        chromium.check(phone, "06-tracking");

        // --- the offices, at a desk ---
        String admin = officers().adminToken(TENANT);
        Map<String, String> central = officers().create(TENANT, admin, List.of("CENTRAL_ADMIN"), null);
        Map<String, String> pupr = officers().create(TENANT, admin, List.of("AGENCY_OPERATOR"), "PUPR");

        Page desk = chromium.page(false);
        signIn(desk, central);
        button(desk, "Perlu diverifikasi").click();
        chromium.check(desk, "07-queue-central-admin");
        link(desk, number).click();
        assertThat(desk.locator("h1")).containsText(number);
        assertThat(desk.locator("main")).containsText("dicatat dalam jejak audit");
        chromium.check(desk, "08-case-received");
        button(desk, "Tampilkan identitas (tercatat)").click();
        assertThat(desk.getByTestId("identity")).containsText("Siti Rahmawati");
        assertThat(desk.getByTestId("identity")).containsText("81234567890");

        action(desk, "Verifikasi").getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sudah diverifikasi");
        Locator dispatch = action(desk, "Teruskan ke SKPD");
        assertThat(dispatch.getByLabel("Dinas Pekerjaan Umum dan Penataan Ruang")).isChecked();
        dispatch.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sedang ditangani SKPD");
        chromium.check(desk, "09-case-dispatched");

        link(desk, "Laporan langsung").click();
        assertThat(desk.locator("h1")).hasText("Catat laporan langsung");
        chromium.check(desk, "10-walk-in");
        link(desk, "Laporan berkala").click();
        button(desk, "Ringkasan harian").click();
        button(desk, "Tampilkan").click();
        assertThat(desk.locator("table caption")).containsText("Ringkasan harian");
        chromium.check(desk, "11-reports-digest");

        Page agency = chromium.page(false);
        signIn(agency, pupr);
        chromium.check(agency, "12-queue-agency");
        link(agency, number).click();
        assertThat(agency.locator("main")).containsText("dicatat dalam jejak audit");
        action(agency, "Terima di SKPD").getByRole(AriaRole.BUTTON).click();
        assertThat(agency.locator("main")).containsText("Diterima SKPD");
        Locator answer = action(agency, "Kirim jawaban ke admin pusat");
        answer.getByLabel("Jawaban SKPD").fill("Lantai jembatan sudah diganti oleh Bidang Bina Marga pada hari ini.");
        chromium.check(agency, "13-case-agency");
        answer.getByRole(AriaRole.BUTTON).click();
        assertThat(agency.locator("main")).containsText("Sudah dijawab SKPD");

        link(desk, "Antrean").click();
        button(desk, "Jawaban untuk ditelaah").click();
        link(desk, number).click();
        Locator respond = action(desk, "Kirim jawaban ke pelapor");
        assertThat(respond.getByLabel("Jawaban untuk pelapor")).hasValue(Pattern.compile(".*sudah diganti.*"));
        chromium.check(desk, "14-case-review-answer");
        respond.getByRole(AriaRole.BUTTON).click();
        assertThat(desk.locator(".badge").first()).hasText("Sudah dijawab");

        // --- the citizen sees the answer and accepts it ---
        button(phone, "Lihat laporan").click();
        assertThat(phone.getByTestId("answer")).containsText("sudah diganti");
        assertThat(phone.getByTestId("complaint")).containsText("Sudah dijawab");
        assertFitsThePhone(phone);
        chromium.check(phone, "15-tracking-answered");
        button(phone, "Saya menerima jawaban ini").click();
        assertThat(phone.getByTestId("complaint")).containsText("Selesai");

        phone.context().close();
        desk.context().close();
        agency.context().close();
    }

    @Test
    void theTenantAdminSeesUsersOrgTreeCategoriesParametersAndCalendar() {
        Page page = chromium.page(false);
        signIn(page, Map.of("username", "admin", "password", Officers.initialPassword(TENANT, "admin")));
        assertThat(page.locator("h1")).hasText("Administrasi kabupaten");
        assertThat(page.locator("table")).containsText("admin");
        chromium.check(page, "20-admin-users");
        button(page, "Struktur organisasi").click();
        assertThat(page.locator("main")).containsText("PUPR");
        chromium.check(page, "21-admin-org");
        button(page, "Kategori dan rute").click();
        assertThat(page.locator("table")).containsText("INFRASTRUKTUR");
        button(page, "Parameter regulasi").click();
        assertThat(page.locator("main")).containsText("verifyDispatchWorkingDays");
        button(page, "Kalender kerja").click();
        assertThat(page.locator("main")).containsText("Libur nasional");
        chromium.check(page, "22-admin-calendar");
        page.context().close();
    }

    @Test
    void thePortalSwitchesToEnglish() {
        Page page = chromium.page(true);
        page.navigate(url("/" + TENANT + "/lacak"));
        button(page, "English").click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Track a report");
        page.locator("#number").fill("ME-2026-999999");
        page.locator("#code").fill("WRONGCODE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show report")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Report not found");
        chromium.check(page, "30-tracking-english-not-found");
        page.context().close();
    }

    private void signIn(Page page, Map<String, String> officer) {
        page.navigate(url("/" + TENANT + "/kantor"));
        assertThat(page.locator("h1")).hasText("Masuk petugas");
        chromium.check(page, "00-officer-sign-in");
        page.locator("#username").fill(officer.get("username"));
        page.locator("#password").fill(officer.get("password"));
        button(page, "Masuk").click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar"))).isVisible();
    }

    /** Nothing wider than the 360-px phone: no sideways scrolling. */
    private static void assertFitsThePhone(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 360-px phone").isLessThanOrEqualTo(360);
    }
}
