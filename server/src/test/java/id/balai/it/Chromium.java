package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;

/**
 * Debian's Chromium driven by Playwright for Java (its driver bundles Node; no browser is downloaded), with the flags
 * that work on the build machines (Chromium from apt, as .ci/run installs it), axe-core for accessibility and
 * screenshots as build artifacts. A machine without Chromium fails the browser tests with what to install: they never pass silently.
 */
final class Chromium implements AutoCloseable {
    static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final Browser browser;
    private final String axeSource;
    private final Path screenshots;
    /** Map tiles answered from the local fixture since the start. */
    private final AtomicInteger tilesServed = new AtomicInteger();
    /** What each page wrote to the console as an error, and its uncaught exceptions, in order. */
    private final Map<Page, List<String>> errors = Collections.synchronizedMap(new WeakHashMap<>());

    private Chromium(Playwright playwright, Browser browser, String axeSource, Path screenshots) {
        this.playwright = playwright;
        this.browser = browser;
        this.axeSource = axeSource;
        this.screenshots = screenshots;
    }

    static Chromium start() {
        Path executable = Path.of(System.getProperty("balai.it.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new AssertionError("Browser tests need Chromium at " + executable + " and it is missing: run "
                    + "`apt-get install chromium` (Debian/Ubuntu; .ci/run does this), or point -Dit.chromium=<path> at a "
                    + "Chromium binary. The browser tests did NOT run.");
        }
        Path axe = Path.of(System.getProperty("balai.it.axe", "../webapp/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(axe)) {
            throw new AssertionError("axe-core is missing at " + axe + ": run `npm ci` in webapp/ (the Maven build "
                    + "does it). The browser tests did NOT run.");
        }
        try {
            Path shots = Path.of(System.getProperty("balai.it.screenshots", "target/screenshots"));
            Files.createDirectories(shots);
            Playwright pw = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                    .setHeadless(true).setArgs(FLAGS));
            return new Chromium(pw, browser, Files.readString(axe), shots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh context (no cookies, no storage) with a phone-sized (360x740) or desk-sized (1366x900) viewport.
     * Nothing leaves the machine: map tiles from the sample regencies' tile host (OpenStreetMap's) are answered with
     * the local fixture tile, and every other request to another host is refused. The page's own
     * Content-Security-Policy still decides what the page may load, as it would in the field.
     */
    Page page(boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 360 : 1366, phone ? 740 : 900).setLocale("id-ID")
                .setDeviceScaleFactor(1).setIsMobile(phone).setHasTouch(phone));
        context.setDefaultTimeout(20_000);
        context.route(url -> !url.startsWith("http://localhost") && !url.startsWith("http://127.0.0.1"),
                Route::abort);
        context.route(TILE_URLS, route -> {
            tilesServed.incrementAndGet();
            route.fulfill(new Route.FulfillOptions().setStatus(200).setContentType("image/png")
                    .setBodyBytes(MapTiles.TILE));
        });
        Page page = context.newPage();
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        errors.put(page, logged);
        // Chromium reports a Content-Security-Policy refusal (an inline style or script, an image from elsewhere)
        // as a console error; so it does a failed request and a script's uncaught exception.
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                logged.add(m.text());
            }
        });
        page.onPageError(e -> logged.add("uncaught: " + e));
        return page;
    }

    /** Fails if the page has written an error to the console (a CSP violation among them) or thrown one. */
    void assertNoConsoleErrors(Page page, String name) {
        List<String> logged = List.copyOf(errors.getOrDefault(page, List.of()));
        assertThat(logged).as("console errors on %s (%s)", name, page.url()).isEmpty();
    }

    /** The tile URLs of the sample regencies' tile source (map.tiles in each sample tenant.yaml). */
    static final String TILE_URLS = "https://tile.openstreetmap.org/**";

    /** How many map tiles the fixture has answered so far. */
    int tilesServed() {
        return tilesServed.get();
    }

    /**
     * Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page as it is now and fails on any serious or critical
     * violation, listing them.
     */
    void assertAccessible(Page page, String name) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            // Through the DevTools protocol: the app's Content-Security-Policy (default-src 'self') stays on and
            // blocks inline <script> tags, which is what it should do.
            page.evaluate(axeSource);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, {runOnly: {type: 'tag', values: "
                        + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations"
                        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, impact: v.impact, help: v.help, "
                        + "targets: v.nodes.slice(0, 5).map(n => n.target.join(' '))}))");
        String listed = violations.stream().map(Object::toString).collect(Collectors.joining("\n  "));
        assertThat(violations).as("axe-core serious/critical violations on %s (%s):\n  %s", name, page.url(), listed)
                .isEmpty();
    }

    /** A full-page screenshot into target/screenshots (kept as a build artifact). */
    Path screenshot(Page page, String name) {
        Path file = screenshots.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Axe check and screenshot of the page as it is now. */
    /** A screenshot of each page this browser has opened that is still open (best effort: after a failure). */
    void screenshotOpenPages(String prefix) {
        List<Page> open;
        synchronized (errors) {
            open = errors.keySet().stream().filter(p -> !p.isClosed()).toList();
        }
        int n = 0;
        for (Page page : open) {
            try {
                screenshot(page, prefix + "-" + (++n));
            } catch (RuntimeException e) {
                System.err.println("No screenshot of " + page.url() + ": " + e);
            }
        }
    }

    void check(Page page, String name) {
        screenshot(page, name);
        assertAccessible(page, name);
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
