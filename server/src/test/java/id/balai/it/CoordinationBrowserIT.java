package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static id.balai.it.BrowserSupport.action;
import static id.balai.it.BrowserSupport.assertFitsThePhone;
import static id.balai.it.BrowserSupport.button;
import static id.balai.it.BrowserSupport.link;
import static id.balai.it.GlossaryOnScreen.assertSpeaksTheGlossary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * Issue 18's new screens in a real Chromium with axe-core, on a 360-px phone and at a 1366-px desk: a member of the
 * Tim Koordinasi recommends to the PUPR from the coordination page; the PUPR's head finds it on the page it lands on,
 * records the follow-up, and keeps the position and NIP its letters print on the account page. Every screen is
 * checked against the glossary as rendered and, on the phone, for sideways scrolling.
 */
class CoordinationBrowserIT extends InChromium {
    private static final String TENANT = "muara-enim";

    @Test
    void theTimKoordinasiRecommendsAndTheAgencyHeadFollowsUpOnAPhone() {
        walk(true);
    }

    @Test
    void theTimKoordinasiRecommendsAndTheAgencyHeadFollowsUpAtADesk() {
        walk(false);
    }

    private void walk(boolean phone) {
        String where = phone ? "360" : "1366";
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String admin = officers().adminToken(TENANT);
        Map<String, String> team = officers().create(TENANT, admin, List.of("COORDINATION_TEAM"), null);
        Map<String, String> head = officers().create(TENANT, admin, List.of("AGENCY_HEAD"), "PUPR");
        String text = "Perbaiki lampu jalan padam di Jalan Lingkar " + tag + " dalam seminggu";

        Page desk = chromium.page(phone);
        BrowserSupport.signIn(chromium, desk, base, TENANT, team);
        link(desk, "Koordinasi").click();
        assertThat(desk.locator("h1")).hasText("Koordinasi SPIKM");
        look(desk, phone, "90-coordination-team-" + where);
        action(desk, "Beri rekomendasi").locator("select").selectOption(new SelectOption().setValue("PUPR"));
        action(desk, "Beri rekomendasi").locator("textarea").fill(text);
        button(desk, "Beri rekomendasi").click();
        assertThat(desk.getByText("Rekomendasi dikirim kepada SKPD.")).isVisible();
        assertThat(desk.getByTestId("recommendations")).containsText(text);
        look(desk, phone, "91-coordination-recommended-" + where);
        chromium.assertNoConsoleErrors(desk, "the Tim Koordinasi's page");
        desk.context().close();

        Page agency = chromium.page(phone);
        BrowserSupport.signIn(chromium, agency, base, TENANT, head);
        // The head lands on the coordination page: its agency's recommendations, nothing of others.
        assertThat(agency.locator("h1")).hasText("Koordinasi SPIKM");
        assertThat(agency.getByTestId("recommendations")).containsText(text);
        assertThat(agency.getByText("Masalah untuk Tim Koordinasi")).hasCount(0);
        look(agency, phone, "92-coordination-agency-head-" + where);
        var card = agency.getByTestId("recommendations").locator("li").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText(text));
        card.locator("textarea").fill("Lampu diganti oleh UPT PJU pada hari berikutnya");
        card.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Catat tindak lanjut")).click();
        assertThat(agency.getByText("Tindak lanjut dicatat.")).isVisible();
        assertThat(card).containsText("Ditindaklanjuti");

        link(agency, "Akun saya").click();
        agency.locator("#signatory-position").fill("Kepala Dinas Pekerjaan Umum dan Penataan Ruang");
        agency.locator("#signatory-nip").fill("19700101 199503 1 001");
        button(agency, "Simpan jabatan dan NIP").click();
        assertThat(agency.getByText("Jabatan dan NIP disimpan.")).isVisible();
        look(agency, phone, "93-account-signatory-" + where);
        chromium.assertNoConsoleErrors(agency, "the agency head's page");
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
}
