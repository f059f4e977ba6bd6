package id.balai.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The browser tests' common ground: one Debian Chromium for the class (Playwright for Java, axe-core on each checked
 * page; {@link Chromium}) against the deployed server.
 */
abstract class InChromium extends BalaiIT {
    protected static Chromium chromium;

    /** A failed test leaves a screenshot of every page still open (target/screenshots/failed-…), to see why. */
    @RegisterExtension
    static final TestExecutionExceptionHandler SCREENSHOTS_ON_FAILURE = (context, thrown) -> {
        if (chromium != null) {
            chromium.screenshotOpenPages("failed-" + context.getRequiredTestMethod().getName());
        }
        throw thrown;
    };

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
