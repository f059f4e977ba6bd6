package id.balai.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Another Liberty server with the same application, beside the Arquillian-managed `it` server, for the tests that
 * need a second instance or a second deployment. The build prepares `it-b` (server.xml, the war in dropins, the
 * settings, a's database as an external one); others are copies of it with settings changed.
 */
final class ExtraServer {
    private final String name;
    private final Path dir;
    private final int httpPort;
    private boolean started;

    private ExtraServer(String name, Path dir, int httpPort) {
        this.name = name;
        this.dir = dir;
        this.httpPort = httpPort;
    }

    /** Instance b: the same database and data folder as `it`. */
    static ExtraServer b() {
        return new ExtraServer(System.getProperty("balai.it.b.server.name", "it-b"),
                Path.of(System.getProperty("balai.it.b.server.dir")),
                Integer.getInteger("balai.it.b.http.port", 9181));
    }

    /** A copy of b under another name, with these settings replaced (ports, database, folders). */
    static ExtraServer copyOfB(String name, int httpPort, int httpsPort, Map<String, String> settings) {
        ExtraServer b = b();
        Path dir = b.dir.resolveSibling(name);
        try {
            deleteTree(dir);
            Files.createDirectories(dir.resolve("dropins"));
            Files.copy(b.dir.resolve("server.xml"), dir.resolve("server.xml"));
            Files.copy(b.dir.resolve("dropins").resolve("balai.war"), dir.resolve("dropins").resolve("balai.war"));
            Map<String, String> props = new LinkedHashMap<>();
            for (String line : Files.readAllLines(b.dir.resolve("bootstrap.properties"))) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    props.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            props.put("default.http.port", Integer.toString(httpPort));
            props.put("default.https.port", Integer.toString(httpsPort));
            props.putAll(settings);
            StringBuilder text = new StringBuilder();
            props.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
            Files.writeString(dir.resolve("bootstrap.properties"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtraServer(name, dir, httpPort);
    }

    RequestSpecification api() {
        return RestAssured.given().baseUri("http://localhost:" + httpPort);
    }

    Path dir() {
        return dir;
    }

    /** Starts it with these personal-data keys (the same on every instance of a deployment) and waits for ready. */
    void start(String piiKeys) throws IOException, InterruptedException {
        if (started) {
            return;
        }
        Files.writeString(dir.resolve("server.env"), "keystore_password=balai-it-throwaway-keystore\n"
                + "BALAI_PII_KEYS=" + piiKeys + "\n");
        run("start");
        started = true;
        long end = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < end) {
            try {
                if (api().get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " did not become ready; see " + dir.resolve("logs"));
    }

    void stop() throws IOException, InterruptedException {
        if (started) {
            run("stop");
            started = false;
        }
    }

    /** The personal-data keys of the `it` server (generated in its data folder). */
    static String itPiiKeys() throws IOException {
        return Files.readString(Path.of(System.getProperty("balai.it.data.dir")).resolve("keys").resolve("pii-keys"))
                .strip();
    }

    private void run(String action) throws IOException, InterruptedException {
        Path wlp = Path.of(System.getProperty("balai.it.wlp.dir"));
        Process p = new ProcessBuilder(wlp.resolve("bin").resolve("server").toString(), action, name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("server " + action + " " + name + " did not finish");
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
