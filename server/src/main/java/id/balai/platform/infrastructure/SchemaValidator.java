package id.balai.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** A JSON Schema (draft 2020-12, formats asserted) loaded from a file, answering with every violation at once. */
public final class SchemaValidator {

    /** One violation: where in the document (a JSON path) and what is wrong. */
    public record Violation(String path, String message) {
    }

    private final JsonSchema schema;

    private SchemaValidator(JsonSchema schema) {
        this.schema = schema;
    }

    public static SchemaValidator load(Path schemaFile) {
        try {
            JsonNode node = Json.JSON.readTree(schemaFile.toFile());
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build();
            return new SchemaValidator(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node, config));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + schemaFile, e);
        }
    }

    public List<Violation> validate(JsonNode document) {
        return schema.validate(document).stream()
                .map(SchemaValidator::toViolation)
                .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
                .toList();
    }

    private static Violation toViolation(ValidationMessage m) {
        String parent = m.getInstanceLocation().toString();
        String text = m.getMessage();
        // The library prefixes the message with the path; keep the path in its own field.
        if (text.startsWith(parent + ": ")) {
            text = text.substring(parent.length() + 2);
        }
        // The library places an unknown key and a missing one at the object that holds it; name the key's own path,
        // so that a reader finds it where it is (or where it belongs).
        String path = parent;
        if (m.getProperty() != null && OWN_PATH.contains(m.getType())) {
            path = m.getInstanceLocation().append(m.getProperty()).toString();
        }
        return new Violation(path, text);
    }

    private static final java.util.Set<String> OWN_PATH = java.util.Set.of("additionalProperties", "required",
            "unevaluatedProperties");
}
