package id.balai.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
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

    /**
     * A queue tab by its label, whatever count it shows beside it ("Perlu diverifikasi, 3"). The label goes into the
     * pattern as it is (letters and spaces: Playwright hands the pattern to JavaScript, which knows no \\Q…\\E).
     */
    static Locator tab(Page page, String label) {
        if (!label.matches("[\\p{L} ]+")) {
            throw new IllegalArgumentException("A tab label of letters and spaces: " + label);
        }
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^" + label + "[\\s,]*\\d*$")));
    }

    /**
     * Opens a case from a queue tab by typing its number into the queue's search: the queue is paged on the server
     * and sorted by due date, so a case made late in a long suite need not be on the first page.
     */
    static void openFromQueue(Page page, String tabLabel, String number) {
        tab(page, tabLabel).click();
        page.locator("#queue-text").fill(number);
        link(page, number).click();
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

    /** A camera-sized photo (4000x3000): a sky-to-road gradient with a few shapes, as ImageIO writes a JPEG. */
    static byte[] cameraPhoto() {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 220), 0, 3000, new Color(90, 80, 70)));
        g.fillRect(0, 0, 4000, 3000);
        g.setColor(new Color(40, 40, 40));
        for (int i = 0; i < 40; i++) {
            g.fillOval(100 * i, 1800 + (i * 37) % 900, 160 + (i * 53) % 300, 90 + (i * 29) % 200);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Holds the page's POSTs to {@code glob} on their way (as on a slow line), so that what shows while a report is
     * being sent (the progress bar) can be seen and checked; other methods go through. Resume the held route to send.
     */
    static AtomicReference<Route> holdPosts(Page page, String glob) {
        AtomicReference<Route> held = new AtomicReference<>();
        page.route(glob, route -> {
            if ("POST".equals(route.request().method())) {
                held.set(route);
            } else {
                route.resume();
            }
        });
        return held;
    }
}
