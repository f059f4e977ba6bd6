package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The web app in a real Chromium against the real server and PostgreSQL (issue 6): pages in Bahasa Indonesia on a
 * 360x740 phone, axe-core on each page, screenshots in target/screenshots.
 */
class BrowserIT extends BalaiIT {
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

    @Test
    void portalHomeOnAPhone() {
        Page page = chromium.page(true);
        page.navigate(url("/muara-enim/"));
        assertThat(page.locator("h1")).containsText("Muara Enim");
        assertThat(page.locator("html")).hasAttribute("lang", "id");
        chromium.check(page, "01-portal-home");
        page.context().close();
    }
}
