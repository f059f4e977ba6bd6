package id.balai.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;
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
    void theNotificationPolicyDefaultsInTheSchemaAreTheDefaultsInTheCode() throws IOException {
        JsonNode schema = Json.JSON.readTree(TenantFiles.dir().resolve("schema/tenant.schema.json").toFile());
        JsonNode declared = schema.at("/properties/notifications/properties");
        TenantDefinition.Notifications code = new TenantDefinition.Notifications(null, null, null);
        assertThat(Json.JSON.convertValue(declared.get("events").get("default"), List.class))
                .isEqualTo(code.events());
        assertThat(Json.JSON.convertValue(declared.get("events").get("items").get("enum"), List.class))
                .isEqualTo(code.events());
        assertThat(Json.JSON.convertValue(declared.get("channels").get("default"), List.class))
                .isEqualTo(code.channels());
        JsonNode quiet = declared.get("quietHours").get("properties");
        assertThat(quiet.get("start").get("default").asText()).isEqualTo(code.quietHours().start().toString());
        assertThat(quiet.get("end").get("default").asText()).isEqualTo(code.quietHours().end().toString());
    }

    @Test
    void theWhatsAppDefaultsInTheSchemaAreTheDefaultsInTheCode() throws IOException {
        JsonNode schema = Json.JSON.readTree(TenantFiles.dir().resolve("schema/tenant.schema.json").toFile());
        JsonNode whatsApp = schema.at("/properties/channels/properties/whatsApp/properties");
        TenantDefinition.WhatsApp code = new TenantDefinition.WhatsApp("106540352242922", null, null, "A", "B", "C",
                new TenantDefinition.WhatsAppTemplate("balai_pemberitahuan", null));

        assertThat(whatsApp.at("/graphApiUrl/default").asText()).isEqualTo(code.graphApiUrl());
        assertThat(whatsApp.at("/notificationTemplate/properties/language/default").asText())
                .isEqualTo(code.notificationTemplate().language());
    }

    @Test
    void theMailIntakeDefaultsInTheSchemaAreTheDefaultsInTheCode() throws IOException {
        JsonNode schema = Json.JSON.readTree(TenantFiles.dir().resolve("schema/tenant.schema.json").toFile());
        JsonNode intake = schema.at("/properties/mailIntake/properties");
        TenantDefinition.MailIntake defaults = new TenantDefinition.MailIntake("imap.example.org", 993, null,
                null, null, null);
        TenantDefinition.Mailbox mailbox = new TenantDefinition.Mailbox("a@example.org", null, "BALAI_MAIL_A", null);

        assertThat(intake.at("/security/default").asText()).isEqualTo(defaults.security().name());
        assertThat(intake.at("/pollSeconds/default").asInt()).isEqualTo(defaults.pollSeconds());
        assertThat(resolve(schema, intake.get("complaints")).at("/properties/folder/default").asText())
                .isEqualTo(mailbox.folder());
        assertThat(mailbox.username()).as("the login defaults to the address").isEqualTo("a@example.org");
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
