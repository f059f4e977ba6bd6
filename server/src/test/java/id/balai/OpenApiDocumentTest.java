package id.balai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

import id.balai.platform.infrastructure.Json;

/**
 * The OpenAPI document is made at build time (server/pom.xml) and Liberty serves it as it is, without scanning the
 * classes at start (issue 19 item 5): it must hold every operation the resources declare, no more and no less.
 */
class OpenApiDocumentTest {
    private static final Path DOCUMENT = Path.of("target/classes/META-INF/openapi.json");
    private static final Map<String, String> VERBS = Map.of("jakarta.ws.rs.GET", "get", "jakarta.ws.rs.POST", "post",
            "jakarta.ws.rs.PUT", "put", "jakarta.ws.rs.DELETE", "delete", "jakarta.ws.rs.PATCH", "patch",
            "jakarta.ws.rs.HEAD", "head", "jakarta.ws.rs.OPTIONS", "options");

    @Test
    void theDocumentMadeAtBuildTimeHoldsEveryOperationOfTheResources() throws IOException {
        assertThat(DOCUMENT).as("made in process-classes by smallrye-open-api-maven-plugin").isRegularFile();
        JsonNode doc = Json.JSON.readTree(Files.readString(DOCUMENT));
        assertThat(doc.path("info").path("title").asText()).isEqualTo("Balai API");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            p.getValue().fieldNames().forEachRemaining(verb -> {
                if (VERBS.containsValue(verb)) {
                    documented.add(verb + " " + p.getKey());
                }
            });
        }
        assertThat(documented).isEqualTo(declared());
        assertThat(doc.path("components").path("schemas").size()).as("the bodies' schemas").isGreaterThan(100);
    }

    /** Every resource method as "verb /api/path", from the compiled classes' annotations. */
    private static Set<String> declared() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.balai");
        Set<String> declared = new TreeSet<>();
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith("jakarta.ws.rs.Path")) {
                continue;
            }
            String base = path(c.getAnnotationOfType("jakarta.ws.rs.Path").get("value").orElseThrow().toString());
            for (JavaMethod m : c.getMethods()) {
                for (Map.Entry<String, String> verb : VERBS.entrySet()) {
                    if (m.isAnnotatedWith(verb.getKey())) {
                        String sub = m.isAnnotatedWith("jakarta.ws.rs.Path")
                                ? path(m.getAnnotationOfType("jakarta.ws.rs.Path").get("value").orElseThrow().toString())
                                : "";
                        declared.add(verb.getValue() + " /api" + base + sub);
                    }
                }
            }
        }
        assertThat(declared).hasSizeGreaterThan(150);
        return declared;
    }

    /** "/a/{id: [0-9]+}/" as OpenAPI writes it: "/a/{id}". */
    private static String path(String p) {
        String normal = p.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
        normal = normal.startsWith("/") ? normal : "/" + normal;
        return normal.endsWith("/") ? normal.substring(0, normal.length() - 1) : normal;
    }
}
