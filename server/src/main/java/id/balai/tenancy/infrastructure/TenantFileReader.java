package id.balai.tenancy.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import id.balai.platform.infrastructure.Json;
import id.balai.platform.infrastructure.SchemaValidator;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * Reads one tenant definition (a YAML file, or a JSON/YAML document sent by an operator) and checks it in three
 * steps: it parses, it matches {@code tenants/schema/tenant.schema.json}, and it keeps the domain's rules
 * ({@link TenantDefinition#problems()}). Every problem is reported, not just the first.
 */
public final class TenantFileReader {
    public static final String FILE_NAME = "tenant.yaml";

    private final SchemaValidator schema;

    public TenantFileReader(SchemaValidator schema) {
        this.schema = schema;
    }

    /** The outcome of reading one definition: the definition, or the problems, never both. */
    public record Result(Optional<TenantDefinition> definition, List<DefinitionProblem> problems, String json,
            String sha256) {
        public boolean valid() {
            return definition.isPresent();
        }
    }

    public Result readFile(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return invalid(List.of(new DefinitionProblem("$", "cannot read the file: " + e.getMessage())));
        }
        return read(text);
    }

    /** Reads a definition given as YAML (JSON is YAML too). */
    public Result read(String yamlOrJson) {
        JsonNode tree;
        try {
            tree = Json.YAML.readTree(yamlOrJson);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : "";
            return invalid(List.of(new DefinitionProblem("$", "not valid YAML" + where + ": "
                    + e.getOriginalMessage())));
        }
        if (tree == null || !tree.isObject()) {
            return invalid(List.of(new DefinitionProblem("$", "the definition must be a YAML mapping")));
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        schema.validate(tree).forEach(v -> problems.add(new DefinitionProblem(v.path(), v.message())));
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        TenantDefinition definition;
        try {
            definition = Json.JSON.treeToValue(tree, TenantDefinition.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return invalid(List.of(new DefinitionProblem("$", "cannot be read as a tenant: " + e.getMessage())));
        }
        problems.addAll(definition.problems());
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        try {
            String json = Json.JSON.writeValueAsString(definition);
            return new Result(Optional.of(definition), List.of(), json, sha256(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A valid definition must serialise", e);
        }
    }

    private static Result invalid(List<DefinitionProblem> problems) {
        return new Result(Optional.empty(), List.copyOf(problems), null, null);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
