package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * Issue 19 item 8, as an operator's Prometheus scrapes it: /metrics answers in the Prometheus text format with the
 * request timers per route, the job durations, and per regency the complaints by status, the information requests
 * by status and the outbox backlog per channel; a new complaint shows in its regency's count within a refresh, and
 * nothing a reporter typed is there.
 */
class MetricsIT extends BalaiIT {

    /** The value of the first sample of {@code name} whose labels include every one of {@code labels}. */
    private static double sample(String metrics, String name, String... labels) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(metrics);
        while (m.find()) {
            String found = m.group(1);
            boolean all = true;
            for (String label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(m.group(2));
            }
        }
        return -1;
    }

    private String scrape() {
        return api().get("/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void prometheusReadsRoutesJobsAndEachRegencysQueuesAndBacklogWithoutPersonalData() throws Exception {
        String before = scrape();
        double received = Math.max(0, sample(before, "balai_complaints", "tenant=\"luwu-timur\"", "status=\"RECEIVED\""));

        String phone = "0812" + (10_000_000 + (int) (Math.random() * 89_999_999));
        api().header("X-Forwarded-For", Officers.someAddress()).header("Idempotency-Key", "k-" + UUID.randomUUID())
                .contentType(ContentType.JSON).body(Map.of("type", "COMPLAINT", "title", "Lampu jalan padam sepekan",
                        "description", "Lampu jalan di depan pasar padam sejak Senin lalu.", "category",
                        "JALAN-JEMBATAN", "anonymous", false, "confidential", false, "reporter",
                        Map.of("name", "Rahmat Hidayat Metrik", "phone", phone)))
                .post("/api/t/luwu-timur/complaints").then().statusCode(201);

        // The gauges are refreshed by a job (every 3 s in this suite, 60 s by default): the new case shows up, and
        // the job's run is timed once it ends. A run registers the gauges it has not seen yet as it goes, so a gauge
        // can show before the first run (over every regency the suite has made) is over.
        String metrics = scrape();
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while ((sample(metrics, "balai_complaints", "tenant=\"luwu-timur\"", "status=\"RECEIVED\"") < received + 1
                || sample(metrics, "balai_job_duration_seconds_count", "job=\"OperationsGauges\"") < 1)
                && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            metrics = scrape();
        }
        assertThat(sample(metrics, "balai_complaints", "tenant=\"luwu-timur\"", "status=\"RECEIVED\""))
                .isGreaterThanOrEqualTo(received + 1);
        assertThat(sample(metrics, "balai_outbox_backlog", "tenant=\"muara-enim\"", "channel=\"sms\""))
                .isGreaterThanOrEqualTo(0);
        assertThat(sample(metrics, "balai_outbox_backlog", "tenant=\"luwu-timur\"", "channel=\"mail\""))
                .isGreaterThanOrEqualTo(0);
        assertThat(metrics).contains("# TYPE balai_complaints gauge", "# TYPE balai_outbox_backlog gauge");

        // Request rates and latencies per route, and how long each job's runs take.
        String m = metrics;
        assertThat(sample(metrics, "REST_request_seconds_count", "PublicComplaintResource"))
                .as(() -> "REST in:\n" + String.join("\n", m.lines().filter(l -> l.contains("REST")
                        || l.contains("request")).limit(40).toList())).isGreaterThanOrEqualTo(1);
        // Every job is there from the start; the gauges' own job has run.
        assertThat(sample(metrics, "balai_job_duration_seconds_count", "job=\"CaseClockJob\""))
                .isGreaterThanOrEqualTo(0);
        assertThat(sample(metrics, "balai_job_duration_seconds_count", "job=\"ComplianceJob\""))
                .isGreaterThanOrEqualTo(0);
        assertThat(sample(metrics, "balai_job_duration_seconds_count", "job=\"OperationsGauges\""))
                .isGreaterThanOrEqualTo(1);

        // Counts and timings only: nothing the reporter typed.
        assertThat(metrics).doesNotContain(phone, "Rahmat Hidayat Metrik", "Lampu jalan padam");

        // The operators' dashboard reads only metrics this server serves.
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("infra/grafana/balai-dashboard.json"))) {
            dir = dir.getParent();
        }
        String dashboard = Files.readString(dir.resolve("infra/grafana/balai-dashboard.json"));
        Matcher names = Pattern.compile("\\b([A-Za-z_]+_[A-Za-z_]+)(\\{|\\[)").matcher(dashboard);
        java.util.Set<String> used = new java.util.TreeSet<>();
        while (names.find()) {
            used.add(names.group(1));
        }
        assertThat(used).isNotEmpty().allSatisfy(name -> assertThat(m)
                .as("the dashboard's " + name + " on /metrics").containsPattern("(?m)^" + name + "\\{"));
    }
}
