package id.balai.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The client of the fault runs (infra/bench/faults.sh): citizens who submit complaints through the load balancer,
 * each with its own Idempotency-Key, and who retry the same request (same key, same body) on a dropped connection,
 * a 502/503/504 (waiting as {@code Retry-After} says) or a 429, until it is acknowledged with 201. Then
 * {@code --verify} checks the database: every acknowledged submission stored exactly once, with the tracking number
 * it was acknowledged with, and nothing stored that was not acknowledged.
 */
public final class Submitter {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Generate.options(args);
        if (o.containsKey("verify")) {
            System.exit(verify(o) ? 0 : 1);
        }
        submit(o);
    }

    private static void submit(Map<String, String> o) throws Exception {
        String api = Generate.require(o, "api");
        String run = Generate.require(o, "run");
        int count = Integer.parseInt(o.getOrDefault("count", "10000"));
        int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "16"));
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(o.getOrDefault("max-seconds", "900"))).toNanos();
        List<String> tenants = Files.readAllLines(Path.of(Generate.require(o, "tenants"))).stream()
                .filter(s -> !s.isBlank()).toList();
        Path progress = Path.of(Generate.require(o, "progress"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();

        Map<Integer, String> acks = new ConcurrentHashMap<>();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger gaveUp = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String tenant = tenants.get(i % tenants.size());
                    String body = String.format("{\"type\":\"COMPLAINT\",\"title\":\"Lampu jalan mati nomor %d\","
                            + "\"description\":\"Lampu penerangan jalan mati sejak minggu lalu (uji-gangguan %s-%d).\","
                            + "\"category\":\"JALAN\",\"anonymous\":true}", i, run, i);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/t/" + tenant + "/complaints"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .header("Idempotency-Key", "fault-" + run + "-" + i)
                            .header("X-Forwarded-For", "10.77." + (i / 250 % 250) + "." + (i % 250 + 1))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    Optional<String> number = Optional.empty();
                    while (number.isEmpty() && System.nanoTime() < deadline) {
                        long waitMs;
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            int s = r.statusCode();
                            count(outcomes, "http_" + s);
                            if (s == 201 || s == 200) {
                                JsonNode json = Onboarder.JSON.readTree(r.body());
                                number = Optional.of(json.get("trackingNumber").asText());
                                break;
                            }
                            if (s == 429 || s == 502 || s == 503 || s == 504) {
                                waitMs = r.headers().firstValue("Retry-After").map(v -> Long.parseLong(v) * 1000)
                                        .orElse(500L);
                            } else if (s >= 500) {
                                waitMs = 500;
                            } else {
                                // A 4xx other than 429 would be a bug of the test or the server: counted, not retried.
                                System.err.println("refused " + i + ": " + s + " " + r.body());
                                gaveUp.incrementAndGet();
                                break;
                            }
                        } catch (IOException e) {
                            count(outcomes, "io_" + e.getClass().getSimpleName());
                            waitMs = 200;
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        try {
                            Thread.sleep(Math.min(waitMs, 5000) + ThreadLocalRandom.current().nextInt(100));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    if (number.isPresent()) {
                        // the moment the citizen held the acknowledgement: the restore drill's cut-off is compared to it
                        acks.put(i, number.get() + "," + System.currentTimeMillis());
                        int done = acks.size();
                        if (done % 100 == 0) {
                            try {
                                Files.writeString(progress, Integer.toString(done));
                            } catch (IOException e) {
                                // progress is advisory
                            }
                        }
                    } else if (System.nanoTime() >= deadline) {
                        gaveUp.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        Files.writeString(progress, Integer.toString(acks.size()));
        double seconds = (System.nanoTime() - started) / 1e9;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(Generate.require(o, "acks"))))) {
            acks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.println(e.getKey() + "," + e.getValue()));
        }
        StringBuilder b = new StringBuilder();
        outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(' ').append(e.getKey()).append('=').append(e.getValue()));
        System.out.printf("SUBMITTED count=%d acknowledged=%d not_acknowledged=%d seconds=%.1f responses:%s%n", count,
                acks.size(), gaveUp.get() + (count - acks.size() - gaveUp.get()), seconds, b);
    }

    private static void count(Map<String, AtomicLong> outcomes, String key) {
        outcomes.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /**
     * Every acknowledged submission exactly once, with its number; nothing stored that was not acknowledged. With
     * {@code --acked-before <epoch ms>} (a restore to a point in time), only what was acknowledged before that moment
     * must be present; what came later may or may not be, and is counted apart.
     */
    private static boolean verify(Map<String, String> o) throws Exception {
        String run = Generate.require(o, "run");
        long cutoff = Long.parseLong(o.getOrDefault("acked-before", Long.toString(Long.MAX_VALUE)));
        Map<Integer, String> acks = new HashMap<>();
        Map<Integer, String> later = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(Generate.require(o, "acks")))) {
            String[] f = line.split(",");
            (f.length > 2 && Long.parseLong(f[2]) >= cutoff ? later : acks).put(Integer.parseInt(f[0]), f[1]);
        }
        Map<Integer, Integer> stored = new HashMap<>();
        Map<Integer, String> storedNumber = new HashMap<>();
        try (Connection c = DriverManager.getConnection(Generate.require(o, "db"), o.getOrDefault("db-user", "postgres"),
                o.getOrDefault("db-password", ""));
                PreparedStatement ps = c.prepareStatement("select substring(description from ?)::int, tracking_number "
                        + "from complaint where description like ?")) {
            ps.setString(1, "uji-gangguan " + run + "-([0-9]+)\\)");
            ps.setString(2, "%uji-gangguan " + run + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.merge(rs.getInt(1), 1, Integer::sum);
                    storedNumber.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        long lost = acks.keySet().stream().filter(i -> !stored.containsKey(i)).count();
        long duplicated = stored.values().stream().filter(n -> n > 1).count();
        long unacknowledged = stored.keySet().stream().filter(i -> !acks.containsKey(i) && !later.containsKey(i))
                .count();
        long laterPresent = later.keySet().stream().filter(stored::containsKey).count();
        long wrongNumber = acks.entrySet().stream()
                .filter(e -> stored.containsKey(e.getKey()) && !e.getValue().equals(storedNumber.get(e.getKey())))
                .count();
        System.out.printf("VERIFIED acknowledged=%d stored=%d lost=%d duplicated=%d stored_not_acknowledged=%d "
                + "number_mismatch=%d%s%n", acks.size(), stored.values().stream().mapToInt(Integer::intValue).sum(), lost,
                duplicated, unacknowledged, wrongNumber, later.isEmpty() && !o.containsKey("acked-before") ? ""
                        : " acknowledged_after_target=" + later.size() + " of_which_present=" + laterPresent);
        return lost == 0 && duplicated == 0 && wrongNumber == 0;
    }
}
