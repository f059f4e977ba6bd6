package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * The portal's files as a cheap phone on slow 3G receives them (issue 15, item 6): the scripts and styles that
 * {@code index.html} names go out gzip-compressed with their proper types and are cached for a year; the page
 * carries the static shell that shows before any script runs. Java's HTTP client is used because it leaves the
 * body as sent: the compressed bytes are what is measured.
 */
class PortalAssetsIT extends BalaiIT {
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.(js|css))\"");
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).GET();
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    /** The page as served, decompressed if it came compressed. */
    private String page() {
        HttpResponse<byte[]> page = get("/muara-enim/", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        byte[] body = "gzip".equals(header(page, "Content-Encoding")) ? gunzip(page.body()) : page.body();
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Liberty's HTTP compression leaves smaller bodies as they are (docs/benchmarks.md, first load on the wire). */
    private static final int LIBERTY_COMPRESSES_FROM_BYTES = 2048;

    @Test
    void theScriptsAndStylesTheHomePageNamesGoOutGzippedWithTheirTypesAndAreCachedForAYear() {
        HttpResponse<byte[]> home = get("/", "gzip");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(header(home, "Content-Type")).startsWith("text/html");
        assertThat(header(home, "Cache-Control")).isEqualTo("no-cache");
        String html = "gzip".equals(header(home, "Content-Encoding")) ? new String(gunzip(home.body()),
                StandardCharsets.UTF_8) : new String(home.body(), StandardCharsets.UTF_8);

        List<String[]> assets = new ArrayList<>();
        Matcher m = ASSET.matcher(html);
        while (m.find()) {
            assets.add(new String[] {m.group(1), m.group(2)});
        }
        assertThat(assets).as("the entry script and style named in index.html").extracting(a -> a[1])
                .contains("js", "css");

        for (String[] asset : assets) {
            String path = asset[0];
            HttpResponse<byte[]> raw = get(path, null);
            HttpResponse<byte[]> gzipped = get(path, "gzip, deflate");
            assertThat(raw.statusCode()).as(path).isEqualTo(200);
            assertThat(gzipped.statusCode()).as(path).isEqualTo(200);
            assertThat(header(raw, "Content-Encoding")).as("%s without Accept-Encoding", path).isEmpty();
            assertThat(header(gzipped, "Content-Type")).as(path)
                    .startsWith("js".equals(asset[1]) ? "text/javascript" : "text/css");
            assertThat(header(gzipped, "Cache-Control")).as(path)
                    .isEqualTo("public, max-age=31536000, immutable");
            if (raw.body().length < LIBERTY_COMPRESSES_FROM_BYTES) {
                // A small chunk the bundler split off (the router, 1.9 kB): Liberty sends bodies under 2 048 bytes
                // as they are, where gzip would save a few hundred bytes at most.
                assertThat(header(gzipped, "Content-Encoding")).as("%s (%d bytes) with Accept-Encoding: gzip", path,
                        raw.body().length).isEmpty();
                continue;
            }
            assertThat(header(gzipped, "Content-Encoding")).as("%s with Accept-Encoding: gzip", path)
                    .isEqualTo("gzip");
            assertThat(gunzip(gzipped.body())).as("%s unpacks to the file itself", path).isEqualTo(raw.body());
            // Minified JavaScript and CSS shrink to about a third; half is a floor that only a missing or broken
            // compression misses.
            assertThat(gzipped.body().length).as("%s: gzip %d bytes of %d raw", path, gzipped.body().length,
                    raw.body().length).isLessThan(raw.body().length / 2);
        }
    }

    @Test
    void theFirstLoadsScriptsStayWithinTheBudgetOfAHundredKilobytesCompressed() {
        // The entry and every chunk index.html preloads: they all load before the first page shows.
        Matcher m = Pattern.compile("(?:src|href)=\"(/assets/[^\"]+\\.js)\"").matcher(page());
        int scripts = 0;
        long onTheWire = 0;
        while (m.find()) {
            HttpResponse<byte[]> script = get(m.group(1), "gzip");
            assertThat(script.statusCode()).as(m.group(1)).isEqualTo(200);
            onTheWire += script.body().length;
            scripts++;
        }
        assertThat(scripts).as("index.html names its entry script and its preloads").isGreaterThan(0);
        assertThat(onTheWire).as("the first load's %d scripts, bytes on the wire with gzip", scripts)
                .isLessThanOrEqualTo(100_000);
    }

    @Test
    void theIconIsServedAsSvg() {
        HttpResponse<byte[]> icon = get("/favicon.svg", "gzip");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).startsWith("image/svg+xml");
    }

    @Test
    void thePageCarriesAShellThatShowsBeforeAnyScriptRuns() {
        String html = page();
        assertThat(html).contains("<html lang=\"id\">").contains("<header").contains("Balai")
                .contains("<main").contains("Memuat");
        // The Content-Security-Policy (default-src 'self') refuses inline code: the shell is plain HTML styled by
        // the linked stylesheet.
        assertThat(html).doesNotContain("<style").doesNotContain("style=\"")
                .doesNotContainPattern(Pattern.compile("<script(?![^>]*\\bsrc=)"));
    }

    @Test
    void apiAnswersOfSomeSizeAreCompressedToo() {
        HttpResponse<byte[]> tenant = get("/api/t/muara-enim", "gzip");
        assertThat(tenant.statusCode()).isEqualTo(200);
        assertThat(header(tenant, "Content-Type")).startsWith("application/json");
        // Liberty leaves bodies under 2048 bytes as they are; a regency's portal view is larger than that.
        assertThat(get("/api/t/muara-enim", null).body().length).isGreaterThanOrEqualTo(2048);
        assertThat(header(tenant, "Content-Encoding")).isEqualTo("gzip");
    }
}
