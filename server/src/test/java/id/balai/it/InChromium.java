package id.balai.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The browser tests' common ground: one Debian Chromium for the class (Playwright for Java, axe-core on each checked
 * page; {@link Chromium}) against the deployed server.
 */
abstract class InChromium extends BalaiIT {
    protected static Chromium chromium;

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

    /** The address of a path of the deployed web app. */
    protected String url(String path) {
        return BrowserSupport.url(base, path);
    }
}
