package id.balai.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Kannel for the SMS tests: bearerbox with a fake SMS centre and smsbox, on loopback, with a generated
 * configuration whose sms-service calls the `it` server; and /usr/lib/kannel/test/fakesmsc as the SMS centre, one
 * process per step (bearerbox's fake centre takes one connection at a time and keeps messages for the next).
 * Logs go to target/kannel/.
 */
final class Kannel implements AutoCloseable {
    static final Path BEARERBOX = Path.of("/usr/sbin/bearerbox");
    static final Path SMSBOX = Path.of("/usr/sbin/smsbox");
    static final Path FAKESMSC = Path.of("/usr/lib/kannel/test/fakesmsc");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Path dir;
    private final int smscPort;
    private final List<Process> boxes = new ArrayList<>();

    private Kannel(Path dir, int smscPort) {
        this.dir = dir;
        this.smscPort = smscPort;
    }

    /**
     * One message as fakesmsc shows it: "Got message N: <from to text …>", or, for a text longer than one SMS, its
     * parts "<from to udh %05%00%03<ref><total><seq> data <url-encoded>>", joined here as the phone joins them.
     */
    record Sms(String from, String to, String text) {
        private static final Pattern LINE = Pattern.compile("Got message \\d+: <(\\S+) (\\S+) text (.*)>$");
        private static final Pattern PART = Pattern.compile(
                "Got message \\d+: <(\\S+) (\\S+) udh %05%00%03%(\\p{XDigit}{2})%(\\p{XDigit}{2})%(\\p{XDigit}{2}) data (.*)>$");

        static Optional<Sms> parse(String line) {
            Matcher m = LINE.matcher(line);
            return m.find() ? Optional.of(new Sms(m.group(1), m.group(2), m.group(3))) : Optional.empty();
        }

        /** Every message of a log, in order, a concatenated one once all its parts arrived. */
        static List<Sms> all(List<String> lines) {
            List<Sms> out = new ArrayList<>();
            java.util.Map<String, java.util.TreeMap<Integer, String>> parts = new java.util.HashMap<>();
            for (String line : lines) {
                parse(line).ifPresent(out::add);
                Matcher p = PART.matcher(line);
                if (p.find()) {
                    String key = p.group(1) + " " + p.group(2) + " " + p.group(3);
                    int total = Integer.parseInt(p.group(4), 16);
                    java.util.TreeMap<Integer, String> got = parts.computeIfAbsent(key, k -> new java.util.TreeMap<>());
                    got.put(Integer.parseInt(p.group(5), 16), java.net.URLDecoder.decode(p.group(6),
                            StandardCharsets.ISO_8859_1));
                    if (got.size() == total) {
                        out.add(new Sms(p.group(1), p.group(2), String.join("", got.values())));
                        parts.remove(key);
                    }
                }
            }
            return out;
        }
    }

    /** Fails the test (never skips it) when the Debian packages are missing. */
    static void requireInstalled() {
        for (Path p : List.of(BEARERBOX, SMSBOX, FAKESMSC)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing: install Debian packages kannel and kannel-extras "
                        + "(apt-get install kannel kannel-extras)");
            }
        }
    }

    static Kannel start(Path dir, String getUrl, int sendsmsPort, String username, String password)
            throws IOException, InterruptedException {
        requireInstalled();
        Files.createDirectories(dir);
        List<Integer> ports = freePorts(3, sendsmsPort);
        int adminPort = ports.get(0);
        int boxPort = ports.get(1);
        Kannel k = new Kannel(dir, ports.get(2));
        Path conf = dir.resolve("kannel.conf");
        Files.writeString(conf, String.join("\n",
                "group = core",
                "admin-port = " + adminPort,
                "admin-interface = 127.0.0.1",
                "admin-password = balai-it-admin",
                "smsbox-port = " + boxPort,
                "box-allow-ip = 127.0.0.1",
                "log-file = \"" + dir.resolve("bearerbox.log") + "\"",
                "log-level = 1",
                "",
                "group = smsc",
                "smsc = fake",
                "smsc-id = FAKE",
                "port = " + k.smscPort,
                "connect-allow-ip = 127.0.0.1",
                "",
                "group = smsbox",
                "bearerbox-host = 127.0.0.1",
                "bearerbox-port = " + boxPort,
                "sendsms-port = " + sendsmsPort,
                "sendsms-interface = 127.0.0.1",
                "log-file = \"" + dir.resolve("smsbox.log") + "\"",
                "log-level = 1",
                "",
                "group = sendsms-user",
                "username = " + username,
                "password = " + password,
                "max-messages = 3",
                "concatenation = true",
                "",
                "group = sms-service",
                "keyword = default",
                "get-url = \"" + getUrl + "\"",
                "max-messages = 1",
                ""), StandardCharsets.UTF_8);
        k.boxes.add(k.process(List.of(BEARERBOX.toString(), conf.toString()), "bearerbox.out"));
        // The admin port, not the SMS centre's: a probe there would count as the centre connecting.
        awaitPort(adminPort, k.boxes.get(0), "bearerbox");
        k.boxes.add(k.process(List.of(SMSBOX.toString(), conf.toString()), "smsbox.out"));
        awaitPort(sendsmsPort, k.boxes.get(1), "smsbox");
        return k;
    }

    /** A citizen's phone sends one SMS; the returned centre also receives what Kannel sends back. */
    FakeSmsc send(String from, String to, String text) throws IOException {
        return new FakeSmsc(List.of("-m", "1", from + " " + to + " text " + text));
    }

    /** Only receives: for messages that Balai sends by itself (the answer). */
    FakeSmsc listen() throws IOException {
        return new FakeSmsc(List.of("-m", "0"));
    }

    /** One fakesmsc process; stop it before starting the next. */
    final class FakeSmsc implements AutoCloseable {
        private final Process process;
        private final Path log;

        private FakeSmsc(List<String> args) throws IOException {
            log = Files.createTempFile(dir, "fakesmsc-", ".log");
            List<String> cmd = new ArrayList<>(List.of(FAKESMSC.toString(), "-H", "127.0.0.1", "-r",
                    Integer.toString(smscPort), "-i", "0.1"));
            cmd.addAll(args);
            process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        }

        /** The first message the centre received that matches, or fails after {@code timeout}. */
        Sms await(Predicate<Sms> wanted, Duration timeout) throws IOException, InterruptedException {
            Instant end = Instant.now().plus(timeout);
            while (Instant.now().isBefore(end)) {
                Optional<Sms> hit = Sms.all(Files.readAllLines(log, StandardCharsets.UTF_8)).stream().filter(wanted)
                        .findFirst();
                if (hit.isPresent()) {
                    return hit.get();
                }
                Thread.sleep(200);
            }
            return fail("No matching SMS reached fakesmsc within " + timeout + "; its log " + log + ":\n"
                    + Files.readString(log) + "\nSee also " + dir + "/*.log");
        }

        @Override
        public void close() throws InterruptedException {
            stop(process);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = boxes.size() - 1; i >= 0; i--) {
            stop(boxes.get(i));
        }
    }

    private Process process(List<String> cmd, String out) throws IOException {
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(out).toFile()).start();
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitPort(int port, Process owner, String name) throws InterruptedException {
        Instant end = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(end)) {
            if (!owner.isAlive()) {
                fail(name + " exited with " + owner.exitValue() + "; see target/kannel/" + name + ".out and .log");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        fail(name + " did not open port " + port + " within " + START_TIMEOUT);
    }

    /** Free loopback ports in 14000-14099, away from the other builds' ports, skipping {@code taken}. */
    private static List<Integer> freePorts(int count, int taken) {
        List<Integer> free = new ArrayList<>();
        for (int p = 14000; p < 14100 && free.size() < count; p++) {
            if (p == taken) {
                continue;
            }
            try (ServerSocket s = new ServerSocket()) {
                s.bind(new InetSocketAddress("127.0.0.1", p));
                free.add(p);
            } catch (IOException e) {
                // in use: try the next
            }
        }
        if (free.size() < count) {
            throw new UncheckedIOException(new IOException("No free ports for Kannel in 14000-14099"));
        }
        return free;
    }
}
