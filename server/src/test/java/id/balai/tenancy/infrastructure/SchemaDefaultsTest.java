package id.balai.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.platform.infrastructure.Json;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * The schema documents each parameter's default and the code applies it; the two must say the same, or
 * tenants/README.md would mislead the operator.
 */
class SchemaDefaultsTest {

    @Test
    void everyParameterDefaultInTheSchemaIsTheDefaultInTheCode() throws IOException {
        JsonNode schema = Json.JSON.readTree(TenantFiles.dir().resolve("schema/tenant.schema.json").toFile());
        JsonNode parameters = resolve(schema, schema.at("/properties/parameters"));
        JsonNode code = Json.JSON.valueToTree(RegulationParameters.defaults());

        int compared = 0;
        for (Iterator<Map.Entry<String, JsonNode>> groups = parameters.get("properties").fields(); groups.hasNext();) {
            Map.Entry<String, JsonNode> group = groups.next();
            JsonNode groupSchema = resolve(schema, group.getValue());
            for (Iterator<Map.Entry<String, JsonNode>> keys = groupSchema.get("properties").fields(); keys.hasNext();) {
                Map.Entry<String, JsonNode> key = keys.next();
                JsonNode declared = resolve(schema, key.getValue()).get("default");
                JsonNode actual = code.path(group.getKey()).path(key.getKey());
                assertThat(declared).as("schema default of parameters.%s.%s", group.getKey(), key.getKey())
                        .isNotNull();
                assertThat(actual.asText()).as("parameters.%s.%s", group.getKey(), key.getKey())
                        .isEqualTo(declared.asText());
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(17);
    }

    @Test
    void theLaporLinksDefaultsInTheSchemaAreTheDefaultsInTheCode() throws IOException {
        JsonNode schema = Json.JSON.readTree(TenantFiles.dir().resolve("schema/tenant.schema.json").toFile());
        JsonNode lapor = schema.at("/properties/lapor/properties");
        JsonNode code = Json.JSON.valueToTree(new TenantDefinition.Lapor("https://api.lapor.go.id/v1", "T_X", null,
                null, null, null, null));
        for (String key : new String[] {"pullSeconds", "retrySeconds", "maxAttempts", "topics", "agencies"}) {
            assertThat(lapor.path(key).get("default")).as("schema default of lapor.%s", key).isNotNull();
            assertThat(code.get(key)).as("lapor.%s", key).isEqualTo(lapor.path(key).get("default"));
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(root, root.at(ref.asText().substring(1)));
    }
}
