package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Map;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the browser tests share: locators by id, role and name, the officer sign-in and the phone-width check. */
final class BrowserSupport {
    private BrowserSupport() {
    }

    static String url(URL base, String path) {
        return base.toString().replaceAll("/+$", "") + path;
    }

    /** By id, also ids with dots or brackets ({@code notice.format}). */
    static Locator byId(Page page, String id) {
        return page.locator("[id='" + id + "']");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The small form of one officer action (its accessible name is the action). */
    static Locator action(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static byte[] readAll(Download download) {
        try {
            return Files.readAllBytes(download.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs an officer in at {@code /{tenant}/kantor} (axe-checking the sign-in page). */
    static void signIn(Chromium chromium, Page page, URL base, String tenant, Map<String, String> officer) {
        page.navigate(url(base, "/" + tenant + "/kantor"));
        assertThat(page.locator("h1")).hasText("Masuk petugas");
        chromium.check(page, "00-officer-sign-in");
        page.locator("#username").fill(officer.get("username"));
        page.locator("#password").fill(officer.get("password"));
        button(page, "Masuk").click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keluar"))).isVisible();
    }

    /** Nothing wider than the 360-px phone: no sideways scrolling. */
    static void assertFitsThePhone(Page page) {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as("page width on a 360-px phone").isLessThanOrEqualTo(360);
    }
}
