package id.balai.tenancy.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.balai.platform.infrastructure.Json;
import id.balai.platform.infrastructure.SchemaValidator;
import id.balai.tenancy.domain.DefinitionProblem;
import id.balai.tenancy.domain.DefinitionRules;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.geography.Boundaries;
import id.balai.tenancy.domain.geography.BoundaryRules;

/**
 * The one check of a regency's definition, whichever way it comes (a tenant file at start, onboarding, an archive,
 * a replacement, an admin's edit of units or categories): it parses as YAML (JSON is YAML too), it matches
 * {@code tenants/schema/tenant.schema.json}, it keeps every cross-field rule ({@link DefinitionRules}) and, when the
 * regency comes with its {@code boundaries.geojson} (its folder, an archive), every rule of those
 * ({@link BoundaryRules}), it takes nothing another regency holds, and it builds what the running server builds from
 * it. Every problem is reported
 * with its JSON path, not just the first, and a definition with any problem is never accepted.
 */
public final class TenantFileReader {
    public static final String FILE_NAME = "tenant.yaml";

    private final SchemaValidator schema;

    public TenantFileReader(SchemaValidator schema) {
        this.schema = schema;
    }

    /**
     * What a definition is checked against beyond itself.
     *
     * @param slug   the slug it must have (the folder's name, or the regency being replaced), or null
     * @param why    why, in English and Indonesian ("the folder name", "nama folder")
     * @param others every other regency, for what must be unique across the platform
     */
    public record Context(String slug, String why, String whyId, Collection<TenantDefinition> others,
            java.util.Map<String, String> fixed) {
        public static final Context NONE = new Context(null, null, null, List.of(), java.util.Map.of());

        public static Context among(Collection<TenantDefinition> others) {
            return new Context(null, null, null, others, java.util.Map.of());
        }

        public Context withSlug(String required, String en, String id) {
            return new Context(required, en, id, others, fixed);
        }

        /**
         * Top-level keys that must keep their value (a running regency's short code is in every number it issued,
         * its time zone in the date of every act it recorded).
         */
        public Context withFixed(java.util.Map<String, String> values) {
            return new Context(slug, why, whyId, others, values);
        }
    }

    /**
     * The outcome of reading one definition: the definition, or the problems, never both.
     *
     * @param boundaries       the regency's boundaries as compact GeoJSON when it came with them, else null
     * @param boundariesSha256 their digest, or null
     */
    public record Result(Optional<TenantDefinition> definition, List<DefinitionProblem> problems, String json,
            String sha256, String boundaries, String boundariesSha256) {
        public boolean valid() {
            return definition.isPresent();
        }

        /** The boundaries as checked, if the definition came with them. */
        public Optional<String> boundariesJson() {
            return Optional.ofNullable(boundaries);
        }

        /** True when the only problems are collisions with other regencies. */
        public boolean onlyClashes() {
            return !problems.isEmpty() && problems.stream().allMatch(DefinitionProblem::clash);
        }
    }

    public Result readFile(Path file, Context context) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return invalid(List.of(DefinitionProblem.of("$", "cannot read the file: " + e.getMessage(),
                    "berkas tidak dapat dibaca: " + e.getMessage())));
        }
        return read(text, context);
    }

    /** The largest coat of arms a regency's folder may carry. */
    static final long COAT_OF_ARMS_MAX_BYTES = 256 * 1024;

    public Result readFile(Path file) {
        return readFile(file, Context.NONE);
    }

    /**
     * A regency's folder: its {@code tenant.yaml} and, when the folder has one, its {@code boundaries.geojson},
     * checked together (the boundaries name the definition's units).
     */
    public Result readFolder(Path folder, Context context) {
        Path file = folder.resolve(FILE_NAME);
        Path boundaries = folder.resolve(Boundaries.FILE_NAME);
        String text;
        String geojson = null;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            return invalid(List.of(DefinitionProblem.of("$", "cannot read the file: " + e.getMessage(),
                    "berkas tidak dapat dibaca: " + e.getMessage())));
        }
        if (Files.exists(boundaries)) {
            try {
                geojson = Files.readString(boundaries);
            } catch (IOException e) {
                return invalid(List.of(DefinitionProblem.of(BoundaryRules.ROOT, "cannot read the file: "
                        + e.getMessage(), "berkas tidak dapat dibaca: " + e.getMessage())));
            }
        }
        JsonNode tree;
        try {
            tree = Json.YAML.readTree(text);
        } catch (JsonProcessingException e) {
            return read(text, geojson, context);
        }
        if (tree instanceof ObjectNode o
                && o.path("letters").path("coatOfArms").asText("").endsWith(".png")) {
            // The coat of arms travels with the definition (an archive, the operator's API, every instance), so the
            // folder's file is carried into it as a data URI.
            String name = o.path("letters").path("coatOfArms").asText();
            Path png = folder.resolve(name).normalize();
            try {
                if (!png.getParent().equals(folder.normalize()) || Files.size(png) > COAT_OF_ARMS_MAX_BYTES) {
                    return invalid(List.of(DefinitionProblem.of("$.letters.coatOfArms",
                            "must be a PNG of at most 256 kB in the regency's folder: " + name,
                            "harus berkas PNG paling besar 256 kB di folder kabupaten/kota: " + name)));
                }
                ((ObjectNode) o.path("letters")).put("coatOfArms",
                        "data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
            } catch (IOException e) {
                return invalid(List.of(DefinitionProblem.of("$.letters.coatOfArms", "cannot read the file: "
                        + e.getMessage(), "berkas tidak dapat dibaca: " + e.getMessage())));
            }
        }
        return tree == null ? read(text, geojson, context) : check(tree, geojson, context);
    }

    /** Reads a definition on its own (no other regency to compare with). */
    public Result read(String yamlOrJson) {
        return read(yamlOrJson, Context.NONE);
    }

    public Result read(String yamlOrJson, Context context) {
        return read(yamlOrJson, null, context);
    }

    /** @param boundaries the regency's {@code boundaries.geojson}, or null when it has none */
    public Result read(String yamlOrJson, String boundaries, Context context) {
        JsonNode tree;
        try {
            tree = Json.YAML.readTree(yamlOrJson == null ? "" : yamlOrJson);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : "";
            String whereId = e.getLocation() != null ? " pada baris " + e.getLocation().getLineNr() : "";
            return invalid(List.of(DefinitionProblem.of("$", "not valid YAML" + where + ": " + e.getOriginalMessage(),
                    "bukan YAML yang sah" + whereId + ": " + e.getOriginalMessage())));
        }
        if (tree == null || !tree.isObject()) {
            return invalid(List.of(DefinitionProblem.of("$", "the definition must be a YAML mapping",
                    "definisi harus berupa pemetaan YAML (kunci: nilai)")));
        }
        return check(tree, boundaries, context);
    }

    /** Checks a definition that is already a tree (an archive's, or one an admin's edit produced). */
    public Result check(JsonNode tree, Context context) {
        return check(tree, null, context);
    }

    /**
     * Checks a definition that is already a tree, with the regency's boundaries when it has them (an archive's).
     *
     * @param boundaries the {@code boundaries.geojson} text, or null
     */
    public Result check(JsonNode tree, String boundaries, Context context) {
        // A set: the schema and a rule may say the same thing twice about the same place.
        LinkedHashSet<DefinitionProblem> problems = new LinkedHashSet<>();
        schema.validate(tree).forEach(v -> problems.add(DefinitionProblem.of(v.path(), v.message(),
                "tidak sesuai skema: " + v.message())));
        problems.addAll(DefinitionRules.check(tree));
        JsonNode geojson = null;
        if (boundaries != null) {
            try {
                geojson = Json.JSON.readTree(boundaries);
                problems.addAll(BoundaryRules.check(geojson, tree));
            } catch (JsonProcessingException e) {
                String where = e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : "";
                String whereId = e.getLocation() != null ? " pada baris " + e.getLocation().getLineNr() : "";
                problems.add(DefinitionProblem.of(BoundaryRules.ROOT, "not valid JSON" + where + ": "
                        + e.getOriginalMessage(), "bukan JSON yang sah" + whereId + ": " + e.getOriginalMessage()));
            }
        }
        JsonNode slug = tree.path("slug");
        if (context.slug() != null && slug.isTextual() && !slug.asText().equals(context.slug())) {
            problems.add(DefinitionProblem.of("$.slug", "must equal " + context.why() + " " + context.slug()
                    + ", is " + slug.asText(), "harus sama dengan " + context.whyId() + " " + context.slug()
                    + ", tertulis " + slug.asText()));
        }
        context.fixed().forEach((key, value) -> {
            JsonNode now = tree.path(key);
            if (now.isTextual() && !now.asText().equals(value)) {
                problems.add(DefinitionProblem.of("$." + key, "cannot change on a running regency: is " + value
                        + ", given " + now.asText() + " (numbers and dates already issued depend on it)",
                        "tidak dapat diubah pada kabupaten/kota yang sudah berjalan: " + value + ", diberikan "
                                + now.asText() + " (nomor dan tanggal yang sudah terbit bergantung padanya)"));
            }
        });
        problems.addAll(DefinitionRules.clashes(tree, context.others().stream()
                .filter(o -> context.slug() == null || !o.slug().equals(context.slug())).toList()));
        if (!problems.isEmpty()) {
            return invalid(new ArrayList<>(problems));
        }
        TenantDefinition definition;
        try {
            definition = Json.JSON.treeToValue(tree, TenantDefinition.class);
            // What the running server builds from a definition, built once here: what fails here would fail there.
            definition.officeHours().toOfficeHours();
            definition.timeZone().zone();
            if (geojson != null) {
                Boundaries.of(geojson, definition);
            }
        } catch (JsonMappingException e) {
            String path = path(e);
            return invalid(List.of(DefinitionProblem.of(path, "cannot be read: " + e.getOriginalMessage(),
                    "tidak dapat dibaca: " + e.getOriginalMessage())));
        } catch (JsonProcessingException | RuntimeException e) {
            return invalid(List.of(DefinitionProblem.of("$", "cannot be used as a regency: " + e.getMessage(),
                    "tidak dapat dipakai sebagai kabupaten/kota: " + e.getMessage())));
        }
        try {
            String json = Json.JSON.writeValueAsString(definition);
            String geo = geojson == null ? null : Json.JSON.writeValueAsString(geojson);
            return new Result(Optional.of(definition), List.of(), json, sha256(json), geo,
                    geo == null ? null : sha256(geo));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A valid definition must serialise", e);
        }
    }

    /**
     * A definition as a document, as a tenant file would hold it: what is absent is left out rather than written as
     * null (the schema refuses a null), the defaults written out.
     */
    public static JsonNode document(TenantDefinition definition) {
        return withoutNulls(Json.JSON.valueToTree(definition));
    }

    /** The same for a stored definition's JSON. */
    public static JsonNode document(String storedJson) {
        try {
            return withoutNulls(Json.JSON.readTree(storedJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored definition no longer reads", e);
        }
    }

    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    withoutNulls(e.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(TenantFileReader::withoutNulls);
        }
        return node;
    }

    /** The JSON path of where Jackson stopped. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static Result invalid(List<DefinitionProblem> problems) {
        return new Result(Optional.empty(), List.copyOf(problems), null, null, null, null);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
