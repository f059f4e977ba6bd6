package id.balai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The container image definition and the Kubernetes manifests of {@code infra/} fit the server they deploy
 * (docs/scale-out.md, "What was validated"): checked offline, without a container engine or a cluster. The image
 * copies files that exist or that the Maven build makes, on the official Open Liberty image, with no secret in it;
 * the manifests probe the server's MicroProfile Health paths on its port, route the Service to it, give every
 * setting the server reads from a ConfigMap or a Secret, and the Secret templates hold no values.
 */
class InfraManifestsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String CONTAINERFILE = "infra/container/Containerfile";
    private static final String K8S = "infra/kubernetes/";

    /** Settings the server reads that a Kubernetes deployment does not give, and why. */
    private static final Map<String, String> NOT_NEEDED_IN_KUBERNETES = Map.of(
            "BALAI_EMBEDDED_DB_PORT", "only for the embedded PostgreSQL, which never starts when DB_URL is set",
            "BALAI_TEST_INSTANT_HEADER", "the integration tests' server only: a deployment must never set it");

    // ---------------------------------------------------------------- container image

    @Test
    void theImageIsBuiltOnTheOfficialOpenLibertyImageWithTheFeaturesOfServerXml() {
        List<String> lines = instructions();
        String tag = argDefault(lines, "LIBERTY_TAG");
        assertThat(lines.stream().filter(l -> l.startsWith("FROM ")))
                .containsExactly("FROM icr.io/appcafe/open-liberty:${LIBERTY_TAG}");
        assertThat(tag).matches("(\\d+\\.\\d+\\.\\d+\\.\\d+-)?(kernel-slim|full)-java(17|21)-openj9-ubi(-minimal)?");
        int serverXml = indexOf(lines, "COPY --chown=1001:0 server/src/main/liberty/config/server.xml /config/server.xml");
        int configure = indexOf(lines, "RUN configure.sh");
        assertThat(configure).as("configure.sh runs last, after the application is in").isEqualTo(lastRun(lines));
        if (tag.contains("kernel-slim")) {
            // kernel-slim has no features: features.sh installs those server.xml lists, so it runs after server.xml.
            int features = indexOf(lines, "RUN features.sh");
            assertThat(features).isGreaterThan(serverXml).isLessThan(configure);
        }
    }

    @Test
    void theImageCopiesFilesThatExistOrThatTheBuildMakes() throws IOException {
        String pom = RepositoryFiles.read("server/pom.xml");
        List<String> ignore = RepositoryFiles.read(".dockerignore").lines()
                .filter(l -> l.startsWith("!")).map(l -> l.substring(1)).toList();
        List<String[]> copies = copies();
        assertThat(copies).isNotEmpty();
        for (String[] copy : copies) {
            String source = copy[0];
            if (source.startsWith("server/target/")) {
                // Build outputs: the war of <finalName> and the JDBC driver folder of the dependency plugin.
                assertThat(source).isIn("server/target/balai.war", "server/target/jdbc/");
                if (source.endsWith(".war")) {
                    assertThat(pom).contains("<packaging>war</packaging>").contains("<finalName>balai</finalName>");
                } else {
                    assertThat(pom).contains("<outputDirectory>${project.build.directory}/jdbc</outputDirectory>")
                            .contains("<artifactId>postgresql</artifactId>");
                }
            } else {
                assertThat(RepositoryFiles.resolve(source)).as(source).exists();
            }
            assertThat(ignore).as("%s is in the build context (.dockerignore)", source)
                    .anySatisfy(allowed -> assertThat(source).startsWith(allowed));
        }
        // server.xml finds the driver in ${shared.resource.dir}/jdbc: the image puts it there.
        assertThat(RepositoryFiles.read("server/src/main/liberty/config/server.xml"))
                .contains("${shared.resource.dir}/jdbc").contains("postgresql-*.jar");
        assertThat(copies).anySatisfy(c -> assertThat(c).containsExactly("server/target/jdbc/",
                "/opt/ol/wlp/usr/shared/resources/jdbc/"));
        // The configuration overrides declare the war the image copies, at context root "/".
        String app = RepositoryFiles.read("infra/container/configDropins/balai-application.xml");
        assertThat(app).contains("location=\"balai.war\"").contains("contextRoot=\"/\"");
        assertThat(copies).anySatisfy(c -> assertThat(c).containsExactly("server/target/balai.war", "/config/apps/balai.war"));
    }

    @Test
    void theImageHoldsNoSecretAndBakesTheTenantsWhereTheServerLooks() {
        List<String> lines = instructions();
        Map<String, String> env = envOfImage(lines);
        Pattern secretName = Pattern.compile("PASSWORD|_TOKEN$|SECRET|PII_KEYS|USERNAME");
        for (String line : lines) {
            if (line.startsWith("ENV ") || line.startsWith("ARG ")) {
                for (String name : env.keySet()) {
                    assertThat(secretName.matcher(name).find()).as("secret-like setting %s in the image", name).isFalse();
                }
                assertThat(line).doesNotContainPattern("(?i)(password|token|secret)\\s*=");
            }
        }
        assertThat(copies()).anySatisfy(c -> assertThat(c).containsExactly("tenants/", env.get("BALAI_TENANTS_DIR") + "/"));
        assertThat(RepositoryFiles.resolve("tenants/schema/tenant.schema.json")).exists();
        // configure.sh would otherwise write a generated keystore password into the image.
        assertThat(argDefault(lines, "TLS")).isEqualTo("false");
        assertThat(RepositoryFiles.read("infra/container/configDropins/balai-application.xml"))
                .contains("password=\"${env.BALAI_KEYSTORE_PASSWORD}\"");
    }

    // ---------------------------------------------------------------- Kubernetes

    @Test
    void theKustomizationsNameFilesThatExist() {
        for (String dir : List.of("base", "overlays/example", "postgres")) {
            JsonNode k = one(K8S + dir + "/kustomization.yaml");
            Path base = RepositoryFiles.resolve(K8S + dir);
            List<String> entries = new ArrayList<>();
            k.path("resources").forEach(r -> entries.add(r.asText()));
            k.path("patches").forEach(p -> entries.add(p.path("path").asText()));
            assertThat(entries).as(dir).isNotEmpty();
            for (String e : entries) {
                assertThat(base.resolve(e)).as("%s in %s", e, dir).exists();
            }
            assertThat(k.has("namespace")).as("only overlays set a namespace: %s", dir).isEqualTo(dir.startsWith("overlays"));
        }
    }

    @Test
    void theDeploymentRunsTwoInstancesProbedOnMicroProfileHealthWithinTheMemoryTarget() {
        JsonNode d = one(K8S + "base/deployment.yaml");
        assertThat(d.path("kind").asText()).isEqualTo("Deployment");
        assertThat(d.path("spec").path("replicas").asInt()).isEqualTo(2);
        JsonNode pod = d.path("spec").path("template");
        assertThat(d.path("spec").path("selector").path("matchLabels")).isEqualTo(pod.path("metadata").path("labels"));
        JsonNode c = pod.path("spec").path("containers").get(0);

        Map<String, Integer> ports = new HashMap<>();
        c.path("ports").forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));
        String serverXml = RepositoryFiles.read("server/src/main/liberty/config/server.xml");
        assertThat(serverXml).contains("<variable name=\"default.http.port\" defaultValue=\"9080\"/>");
        assertThat(ports).containsEntry("http", 9080);

        // mpHealth-4.0's three endpoints, each for its probe, on the server's HTTP port.
        assertThat(serverXml).contains("<feature>mpHealth-4.0</feature>");
        Map<String, String> expected = Map.of("startupProbe", "/health/started", "readinessProbe", "/health/ready",
                "livenessProbe", "/health/live");
        expected.forEach((probe, path) -> {
            JsonNode get = c.path(probe).path("httpGet");
            assertThat(get.path("path").asText()).as(probe).isEqualTo(path);
            assertThat(portOf(get.path("port"), ports)).as(probe).isEqualTo(9080);
        });
        // The readiness checks the probe relies on exist in the server.
        assertThat(RepositoryFiles.read("server/src/main/java/id/balai/startup/interfaces/ReadinessChecks.java"))
                .contains("@Readiness");

        JsonNode resources = c.path("resources");
        assertThat(resources.path("limits").path("memory").asText()).isEqualTo("768Mi");
        assertThat(resources.path("requests").path("memory").asText()).isEqualTo("768Mi");
        assertThat(RepositoryFiles.read("infra/container/jvm.options")).contains("-XX:MaxRAMPercentage=45");
    }

    @Test
    void theServicePdbAndAutoscalerSelectTheDeploymentsPods() {
        JsonNode d = one(K8S + "base/deployment.yaml");
        JsonNode labels = d.path("spec").path("template").path("metadata").path("labels");
        Map<String, Integer> ports = new HashMap<>();
        d.path("spec").path("template").path("spec").path("containers").get(0).path("ports")
                .forEach(p -> ports.put(p.path("name").asText(), p.path("containerPort").asInt()));

        JsonNode s = one(K8S + "base/service.yaml");
        assertThat(s.path("spec").path("selector")).isEqualTo(labels);
        s.path("spec").path("ports").forEach(p -> assertThat(portOf(p.path("targetPort"), ports)).isEqualTo(9080));

        JsonNode pdb = one(K8S + "base/pdb.yaml");
        assertThat(pdb.path("spec").path("selector").path("matchLabels")).isEqualTo(labels);
        assertThat(pdb.path("spec").path("minAvailable").asInt()).isEqualTo(1);

        JsonNode hpa = one(K8S + "base/hpa.yaml");
        assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.path("spec").path("scaleTargetRef").path("name").asText())
                .isEqualTo(d.path("metadata").path("name").asText());
        assertThat(hpa.path("spec").path("minReplicas").asInt()).isEqualTo(2);
        // The pools of all instances fit in the database's connections.
        int pool = Integer.parseInt(configMap().get("DB_POOL_MAX"));
        int maxConnections = one(K8S + "postgres/cluster.yaml").path("spec").path("postgresql").path("parameters")
                .path("max_connections").asInt();
        assertThat(pool * hpa.path("spec").path("maxReplicas").asInt()).isLessThan(maxConnections - 10);
    }

    @Test
    void everySettingTheServerReadsComesFromTheConfigMapOrASecret() {
        Set<String> read = settingsTheServerReads();
        assertThat(read).contains("DB_URL", "DB_USER", "DB_PASSWORD", "DB_APP_USER", "DB_APP_PASSWORD", "BALAI_PII_KEYS",
                "BALAI_TENANTS_DIR", "BALAI_JWT_PRIVATE_KEY_LOCATION", "BALAI_SMTP_HOST", "BALAI_KEYSTORE_PASSWORD");

        Map<String, String> config = configMap();
        Map<String, JsonNode> env = deploymentEnv();
        Set<String> missing = new TreeSet<>();
        for (String name : read) {
            if (!config.containsKey(name) && !env.containsKey(name) && !NOT_NEEDED_IN_KUBERNETES.containsKey(name)) {
                missing.add(name);
            }
        }
        assertThat(missing).as("settings the server reads that infra/kubernetes/base does not give "
                + "(add to configmap.yaml, or to deployment.yaml from a Secret)").isEmpty();
        // A request naming its own instant is for the tests' server only.
        assertThat(config).doesNotContainKey("BALAI_TEST_INSTANT_HEADER");
        assertThat(env).doesNotContainKey("BALAI_TEST_INSTANT_HEADER");

        // Secrets never in the ConfigMap, always from a Secret.
        Pattern secret = Pattern.compile("PASSWORD|_TOKEN$|PII_KEYS|KANNEL_USERNAME|SMTP_USER|^DB_USER$");
        for (String name : read) {
            if (secret.matcher(name).find()) {
                assertThat(config).as("secret %s in the ConfigMap", name).doesNotContainKey(name);
                assertThat(env.get(name)).as(name).isNotNull();
                assertThat(env.get(name).path("valueFrom").has("secretKeyRef")).as("%s from a Secret", name).isTrue();
            }
        }
        // The image's settings and the ConfigMap's agree.
        Map<String, String> image = envOfImage(instructions());
        image.forEach((k, v) -> assertThat(config.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void everySecretTheDeploymentUsesHasATemplateWithoutValues() {
        Map<String, Set<String>> templates = secretTemplates();
        assertThat(templates).isNotEmpty();
        deploymentEnv().forEach((name, e) -> {
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                assertThat(templates).as(name).containsKey(ref.path("name").asText());
                assertThat(templates.get(ref.path("name").asText())).as(name).contains(ref.path("key").asText());
            }
        });
        JsonNode pod = one(K8S + "base/deployment.yaml").path("spec").path("template").path("spec");
        Map<String, String> config = configMap();
        for (JsonNode v : pod.path("volumes")) {
            if (v.has("secret")) {
                String secretName = v.path("secret").path("secretName").asText();
                assertThat(templates).containsKey(secretName);
                String mount = mountPathOf(pod, v.path("name").asText());
                // The key files are where the server looks for them.
                for (String setting : List.of("BALAI_JWT_PRIVATE_KEY_LOCATION", "BALAI_JWT_PUBLIC_KEY_LOCATION")) {
                    Path file = Path.of(config.get(setting));
                    if (file.getParent().toString().equals(mount)) {
                        assertThat(templates.get(secretName)).contains(file.getFileName().toString());
                    }
                }
            }
        }
        JsonNode envFrom = pod.path("containers").get(0).path("envFrom");
        envFrom.forEach(f -> assertThat(f.path("configMapRef").path("name").asText()).isEqualTo("balai-config"));
    }

    @Test
    void theSecretTemplatesHoldNoValues() throws IOException {
        try (Stream<Path> files = Files.list(RepositoryFiles.resolve(K8S + "secrets"))) {
            List<Path> yamls = files.filter(f -> f.toString().endsWith(".yaml")).toList();
            assertThat(yamls).isNotEmpty();
            for (Path f : yamls) {
                for (JsonNode s : docs(f)) {
                    assertThat(s.path("kind").asText()).as(f.toString()).isEqualTo("Secret");
                    assertThat(s.has("data")).as("%s: no data", f).isFalse();
                    assertThat(s.has("metadata") && s.path("metadata").has("namespace")).as("%s namespaced", f).isFalse();
                    s.path("stringData").fields().forEachRemaining(e ->
                            assertThat(e.getValue().asText()).as("%s: %s", f.getFileName(), e.getKey()).isEmpty());
                }
            }
        }
        // And none of them is applied by kustomize, where a template would overwrite a real Secret.
        for (String dir : List.of("base", "overlays/example", "postgres")) {
            one(K8S + dir + "/kustomization.yaml").path("resources")
                    .forEach(r -> assertThat(r.asText()).as(dir).doesNotContain("secrets"));
        }
    }

    @Test
    void thePostgresClusterHasAReplicaAndTheRolesAndServiceTheServerUses() {
        JsonNode cluster = one(K8S + "postgres/cluster.yaml");
        assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.path("kind").asText()).isEqualTo("Cluster");
        assertThat(cluster.path("spec").path("instances").asInt()).isEqualTo(2);
        Map<String, String> config = configMap();
        Map<String, JsonNode> env = deploymentEnv();
        String name = cluster.path("metadata").path("name").asText();
        assertThat(config.get("DB_URL")).startsWith("jdbc:postgresql://" + name + "-rw:5432/"
                + cluster.path("spec").path("bootstrap").path("initdb").path("database").asText());
        JsonNode role = cluster.path("spec").path("managed").path("roles").get(0);
        assertThat(role.path("name").asText()).isEqualTo(config.get("DB_APP_USER"));
        assertThat(role.path("superuser").asBoolean()).isFalse();
        assertThat(role.path("bypassrls").asBoolean()).isFalse();
        assertThat(role.path("passwordSecret").path("name").asText())
                .isEqualTo(env.get("DB_APP_PASSWORD").path("valueFrom").path("secretKeyRef").path("name").asText());
        assertThat(cluster.path("spec").path("bootstrap").path("initdb").path("secret").path("name").asText())
                .isEqualTo(env.get("DB_USER").path("valueFrom").path("secretKeyRef").path("name").asText());
    }

    @Test
    void theOverlayOnlyChangesSettingsThatExistAndTheOperatorAlternativeMatchesTheDeployment() {
        Map<String, String> base = configMap();
        JsonNode patch = one(K8S + "overlays/example/config.yaml");
        patch.path("data").fieldNames().forEachRemaining(k -> assertThat(base).as("overlay setting %s", k).containsKey(k));

        JsonNode ola = one(K8S + "operator/openlibertyapplication.yaml");
        Set<String> olaEnv = new TreeSet<>();
        ola.path("spec").path("env").forEach(e -> olaEnv.add(e.path("name").asText()));
        assertThat(olaEnv).isEqualTo(new TreeSet<>(deploymentEnv().keySet()));
        assertThat(ola.path("spec").path("probes").path("readiness").path("httpGet").path("path").asText())
                .isEqualTo("/health/ready");
        assertThat(ola.path("spec").path("probes").path("liveness").path("httpGet").path("path").asText())
                .isEqualTo("/health/live");
        assertThat(ola.path("spec").path("probes").path("startup").path("httpGet").path("path").asText())
                .isEqualTo("/health/started");
        assertThat(ola.path("spec").path("resources").path("limits").path("memory").asText()).isEqualTo("768Mi");
    }

    // ---------------------------------------------------------------- helpers

    /** Every BALAI_* and DB_* setting named in the server's code, server.xml and the image's configuration. */
    private static Set<String> settingsTheServerReads() {
        Set<String> names = new TreeSet<>();
        Pattern literal = Pattern.compile("\"((?:BALAI|DB)_[A-Z0-9_]+)\"");
        try (Stream<Path> files = Files.walk(RepositoryFiles.resolve("server/src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = literal.matcher(RepositoryFiles.read(f));
                while (m.find()) {
                    names.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pattern variable = Pattern.compile("\\$\\{(?:env\\.)?((?:BALAI|DB)_[A-Z0-9_]+)\\}");
        for (String f : List.of("server/src/main/liberty/config/server.xml",
                "infra/container/configDropins/balai-application.xml",
                "server/src/main/resources/META-INF/microprofile-config.properties")) {
            Matcher m = variable.matcher(RepositoryFiles.read(f));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static List<String> instructions() {
        // Joined continuation lines, without comments.
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : RepositoryFiles.read(CONTAINERFILE).split("\n")) {
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty()) {
                continue;
            }
            if (line.endsWith("\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
            } else {
                current.append(line);
                out.add(current.toString().replaceAll("\\s+", " ").trim());
                current.setLength(0);
            }
        }
        return out;
    }

    private static List<String[]> copies() {
        List<String[]> out = new ArrayList<>();
        for (String line : instructions()) {
            if (line.startsWith("COPY ") && !line.contains("--from=")) {
                String[] words = line.substring(5).trim().split(" ");
                List<String> args = Stream.of(words).filter(w -> !w.startsWith("--")).toList();
                out.add(new String[] {args.get(0), args.get(args.size() - 1)});
            }
        }
        return out;
    }

    private static Map<String, String> envOfImage(List<String> lines) {
        Map<String, String> env = new LinkedHashMap<>();
        Pattern pair = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)=(\\S+)");
        for (String line : lines) {
            if (line.startsWith("ENV ")) {
                Matcher m = pair.matcher(line.substring(4));
                while (m.find()) {
                    env.put(m.group(1), m.group(2));
                }
            }
        }
        return env;
    }

    private static String argDefault(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith("ARG " + name + "=")).findFirst()
                .map(l -> l.substring(("ARG " + name + "=").length())).orElseThrow(() -> new AssertionError("ARG " + name));
    }

    private static int indexOf(List<String> lines, String line) {
        int i = lines.indexOf(line);
        assertThat(i).as(line).isNotNegative();
        return i;
    }

    private static int lastRun(List<String> lines) {
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("RUN ")) {
                last = i;
            }
        }
        return last;
    }

    private static Map<String, String> configMap() {
        Map<String, String> data = new LinkedHashMap<>();
        one(K8S + "base/configmap.yaml").path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        return data;
    }

    private static Map<String, JsonNode> deploymentEnv() {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        one(K8S + "base/deployment.yaml").path("spec").path("template").path("spec").path("containers").get(0).path("env")
                .forEach(e -> env.put(e.path("name").asText(), e));
        return env;
    }

    private static Map<String, Set<String>> secretTemplates() {
        Map<String, Set<String>> out = new HashMap<>();
        try (Stream<Path> files = Files.list(RepositoryFiles.resolve(K8S + "secrets"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).forEach(f -> docs(f).forEach(s -> {
                Set<String> keys = new TreeSet<>();
                s.path("stringData").fieldNames().forEachRemaining(keys::add);
                out.put(s.path("metadata").path("name").asText(), keys);
            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String mountPathOf(JsonNode pod, String volume) {
        for (JsonNode m : pod.path("containers").get(0).path("volumeMounts")) {
            if (m.path("name").asText().equals(volume)) {
                return m.path("mountPath").asText();
            }
        }
        throw new AssertionError("volume " + volume + " is not mounted");
    }

    private static int portOf(JsonNode port, Map<String, Integer> named) {
        if (port.isInt()) {
            return port.asInt();
        }
        assertThat(named).as("named port %s", port.asText()).containsKey(port.asText());
        return named.get(port.asText());
    }

    private static JsonNode one(String relative) {
        List<JsonNode> docs = docs(RepositoryFiles.resolve(relative));
        assertThat(docs).as(relative).hasSize(1);
        return docs.get(0);
    }

    private static List<JsonNode> docs(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> out = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(n -> {
                if (n != null && !n.isNull() && !n.isMissingNode()) {
                    out.add(n);
                }
            });
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
