package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.balai.support.SampleFiles;

/**
 * Sends mutated input to every operation of the server's own OpenAPI document ({@code /openapi}), anonymously, and
 * to the officers' operations again with the token of an officer holding the main roles of each regency: wrong
 * types, numbers at and beyond the ends of int and long, negative numbers, empty and huge strings, control
 * characters, Unicode oddities (lone surrogates, right-to-left override, invalid UTF-8), malformed JSON, wrong
 * content types, malformed multipart bodies and files cut short, path parameters with encoded NUL, CR-LF and slash,
 * an unknown regency. It asserts that no answer is a 5xx, that every error is the JSON error (code, message in
 * Indonesian and English) with the browser protections, and that a refused request wrote no row (the tables of
 * {@link Db#WRITTEN_BY_REQUESTS}). The generator is seeded, so every run sends the same requests (more than 2 500).
 */
class InputFuzzIT extends BalaiIT {
    private static final long SEED = 0x5EED_1405L;
    /** Cases sent per operation and caller; enough to try each parameter with several bad values. */
    private static final int CASES_PER_OPERATION = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** A placeholder replaced by raw JSON text, for values no JSON writer produces (a lone surrogate). */
    private static final String RAW = "@@raw@@";

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int sent;
    private Map<String, Long> counts;
    private java.sql.Connection db;

    record Param(String name, String in, String type) {
    }

    record Operation(String method, String path, List<Param> params, List<String> bodyTypes, JsonNode bodySchema) {
    }

    record Request(String method, String target, Map<String, String> headers, byte[] body, String what) {
    }

    @Test
    void noInputReachesA5xxEveryErrorIsTheJsonErrorAndARefusalWritesNothing() throws Exception {
        RawHttp http = new RawHttp(base);
        RawHttp.Answer doc = http.get("/openapi?format=JSON", Map.of());
        assertThat(doc.status()).isEqualTo(200);
        JsonNode openapi = JSON.readTree(doc.body());
        List<Operation> operations = operations(openapi);
        assertThat(operations).as("operations in /openapi").hasSizeGreaterThan(100);

        Map<String, String> tokens = Map.of(
                "muara-enim", officer("muara-enim", List.of("CENTRAL_ADMIN", "OPS_COORDINATOR", "BUPATI")),
                "luwu-timur", officer("luwu-timur", List.of("PPID_MAIN", "ATASAN_PPID", "DISPUTE_FACILITATION",
                        "CONSEQUENCE_TEST_TEAM", "BUPATI")));
        db = Db.asSuperuser();
        counts = Db.rowCounts(db);
        for (Operation op : operations) {
            String tenant = op.path().contains("information") || op.path().contains("register")
                    || op.path().contains("objections") || op.path().contains("disputes") ? "luwu-timur"
                            : "muara-enim";
            run(http, op, tenant, null);
            if (officers(op)) {
                run(http, op, tenant, tokens.get(tenant));
            }
        }
        db.close();
        assertThat(sent).as("requests sent").isGreaterThan(2500);
        assertThat(failures).as(failures.size() + " of " + sent + " answers broke the rules").isEmpty();
    }

    private String officer(String tenant, List<String> roles) {
        Map<String, String> o = officers().create(tenant, officers().adminToken(tenant), roles, null);
        return officers().token(tenant, o.get("username"), o.get("password"));
    }

    /**
     * The officers' operations of a regency, less those that could change what other tests find without any input
     * to refuse: publishing, retention, clock runs and deliveries (they act on the regency's state, not on a
     * record named in the request), saving the LLID's sections, and changes to accounts.
     */
    private static boolean officers(Operation op) {
        String p = op.path();
        return p.startsWith("/api/t/{tenant}/") && !"DELETE".equals(op.method()) && !p.contains("/retention/")
                && !p.endsWith("/publication") && !p.endsWith("/clock-runs") && !p.endsWith("/sections")
                && !(p.endsWith("/deliveries") && "POST".equals(op.method()))
                && !(p.contains("/users") && !"GET".equals(op.method()))
                && (p.contains("/officer/") || p.contains("/reports/") || p.contains("/audit/")
                        || p.endsWith("/users"));
    }

    private void run(RawHttp http, Operation op, String tenant, String token) {
        List<Supplier<Request>> cases = cases(op, tenant, token);
        Collections.shuffle(cases, random);
        for (Supplier<Request> c : cases.subList(0, Math.min(CASES_PER_OPERATION, cases.size()))) {
            Request r = c.get();
            RawHttp.Answer a;
            try {
                a = http.send(r.method(), r.target(), r.headers(), r.body());
            } catch (RuntimeException e) {
                failures.add(describe(r) + " → no answer: " + e.getMessage());
                continue;
            }
            sent++;
            check(r, a);
        }
    }

    private void check(Request r, RawHttp.Answer a) {
        String where = describe(r) + " → " + a.status();
        if (a.status() >= 500) {
            failures.add(where + " " + snippet(a));
        }
        if (!"nosniff".equals(a.header("X-Content-Type-Options"))) {
            failures.add(where + " without the security headers");
        }
        if (a.status() < 400) {
            counts = Db.rowCounts(db);
            return;
        }
        if (refusedByWebContainer(r.target())) {
            // Liberty refuses these before any application code (docs/security.md): status and headers only.
            if (a.status() != 400) {
                failures.add(where + " (expected the web container's 400)");
            }
        } else if (!isJsonError(a) && !(r.target().startsWith("/api/open311/") && isGeoReportError(a))) {
            failures.add(where + " not the JSON error: " + a.header("Content-Type") + " " + snippet(a));
        }
        Map<String, Long> after = Db.rowCounts(db);
        if (!after.equals(counts)) {
            failures.add(where + " refused but wrote rows: " + counts + " → " + after);
            counts = after;
        }
    }

    private static boolean refusedByWebContainer(String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return path.contains("%00") || path.contains("%0D") || path.contains("%0A") || path.contains("%zz");
    }

    private static boolean isJsonError(RawHttp.Answer a) {
        String type = a.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return false;
        }
        try {
            JsonNode e = JSON.readTree(a.body());
            return e.path("code").isTextual() && e.path("message").path("id").isTextual()
                    && e.path("message").path("en").isTextual() && e.path("status").asInt() == a.status();
        } catch (java.io.IOException ex) {
            return false;
        }
    }

    /**
     * Open311's paths answer errors in GeoReport v2's format (Open311ErrorFilter): a list of one {@code {code,
     * description}} with the status as code, the message in both languages, and Balai's stable code beside.
     */
    private static boolean isGeoReportError(RawHttp.Answer a) {
        String type = a.header("Content-Type");
        try {
            if (type != null && type.startsWith("application/json")) {
                JsonNode e = JSON.readTree(a.body()).path(0);
                return e.path("code").asInt() == a.status() && e.path("description").asText().contains(" / ")
                        && e.path("error").isTextual();
            }
            return type != null && type.startsWith("application/xml") && a.text().contains("<errors><error><code>"
                    + a.status() + "</code>");
        } catch (java.io.IOException ex) {
            return false;
        }
    }

    private static String snippet(RawHttp.Answer a) {
        String t = a.text();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }

    private static String describe(Request r) {
        String target = r.target().length() > 160 ? r.target().substring(0, 160) + "…" : r.target();
        return r.method() + " " + target + " [" + r.what() + "]";
    }

    // ---- the cases ------------------------------------------------------------------------------------------------

    private static final List<String> BAD_PATH_VALUES = List.of("%00", "a%0D%0Ab", "a%2Fb", "%zz", "..", "%2E%2E",
            "x".repeat(3000), "%E2%80%AE", "-1", "2147483648", "99999999999999999999", "%F0%9F%98%80", "%C0%AF",
            "%ED%A0%80", "null", "%20", "';--");
    private static final List<String> BAD_QUERY_VALUES = List.of("", "-1", "0", "2147483647", "2147483648",
            "-2147483648", "99999999999999999999", "abc", "1e309", "NaN", "%00", "a%0Ab", "%zz", "x".repeat(5000),
            "9999-12-31", "0000-00-00", "2026-02-30", "-999999999-01-01", "%F0%9F%98%80", "%ED%A0%80", "true",
            "%E2%80%AE", "1.5");
    private static final List<String> BAD_STRINGS = List.of("\"\"", "\"   \"", "\"a\\u0000b\"", "\"a\\u0007b\"",
            "\"line\\nbreak\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\u202eevil\"", "\"\\u200b\\u200b\"",
            "\"\uD83D\uDE00 emoji\"", "\"" + "x".repeat(100_000) + "\"", "\"e\\u0301\"", "12345", "{}", "[]", "true",
            "null", "1e308", "-1", "9223372036854775808", "\"2026-02-30\"", "\"9999-12-31\"", "[\"\\u0000\"]");
    private static final List<String> BAD_BODIES = List.of("{", "[", "null", "\"x\"", "{\"a\":}", "1e99999",
            "[1,2,3]", "{}", "{\"a\":\"\\u0000\"}", "\u0000", "{\"" + "k".repeat(50_000) + "\":1}",
            "[".repeat(5000) + "]".repeat(5000));

    private List<Supplier<Request>> cases(Operation op, String tenant, String token) {
        List<Supplier<Request>> cases = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        for (Param p : op.params()) {
            if ("path".equals(p.in())) {
                path.put(p.name(), plausiblePath(p, tenant));
            }
        }
        for (Param p : op.params()) {
            if ("path".equals(p.in())) {
                List<String> values = new ArrayList<>(BAD_PATH_VALUES);
                if ("tenant".equals(p.name())) {
                    values.addAll(List.of("tidak-ada", "MUARA-ENIM", "platform"));
                }
                for (String v : values) {
                    Map<String, String> changed = new LinkedHashMap<>(path);
                    changed.put(p.name(), v);
                    cases.add(() -> request(op, changed, Map.of(), token, null, null, "path " + p.name()));
                }
            } else if ("query".equals(p.in())) {
                for (String v : BAD_QUERY_VALUES) {
                    cases.add(() -> request(op, path, Map.of(p.name(), v), token, null, null, "query " + p.name()));
                }
            }
        }
        boolean takesBody = !op.bodyTypes().isEmpty();
        if (takesBody || "POST".equals(op.method()) || "PUT".equals(op.method())) {
            for (String body : BAD_BODIES) {
                cases.add(() -> request(op, path, query, token, "application/json", bytes(body), "body " + body
                        .substring(0, Math.min(12, body.length()))));
            }
            for (String type : List.of("text/plain", "application/xml", "application/octet-stream",
                    "multipart/form-data", "multipart/form-data; boundary=", "application/x-www-form-urlencoded",
                    "application/json; charset=ebcdic", "image/png")) {
                cases.add(() -> request(op, path, query, token, type, bytes("{\"a\":1}"), "type " + type));
            }
            cases.add(() -> request(op, path, query, token, null, bytes("{\"a\":1}"), "no type"));
            cases.add(() -> request(op, path, query, token, "application/json", new byte[0], "empty"));
            cases.addAll(multipart(op, path, token));
        }
        if (op.bodyTypes().contains("application/json") && op.bodySchema() != null) {
            ObjectNode plausible = plausible(op.bodySchema(), 0);
            for (Iterator<String> it = plausible.fieldNames(); it.hasNext();) {
                String field = it.next();
                for (String bad : BAD_STRINGS) {
                    cases.add(() -> {
                        ObjectNode body = plausible.deepCopy();
                        body.put(field, RAW);
                        String text = body.toString().replace("\"" + RAW + "\"", bad);
                        return request(op, path, query, token, "application/json", bytes(text), "field " + field);
                    });
                }
            }
        }
        if (op.bodyTypes().contains("application/x-www-form-urlencoded")) {
            for (String form : List.of("description=a%00b", "description=%zz", "lat=abc&long=1e999",
                    "jurisdiction_id=%0A", "description=" + "x".repeat(200_000), "=&&=", "%00=1")) {
                cases.add(() -> request(op, path, query, token, "application/x-www-form-urlencoded", bytes(form),
                        "form"));
            }
        }
        return cases;
    }

    private List<Supplier<Request>> multipart(Operation op, Map<String, String> path, String token) {
        List<Supplier<Request>> cases = new ArrayList<>();
        String part = "--b0\r\nContent-Disposition: form-data; name=\"%s\"%s\r\nContent-Type: %s\r\n\r\n";
        byte[] png = SampleFiles.png();
        List<byte[]> bodies = List.of(
                join(part.formatted("complaint", "", "application/json"), "{\"title\":\"a\\u0000\"}", "\r\n--b0--\r\n"),
                join(part.formatted("attachments", "; filename=\"a.png\"", "image/png"),
                        new String(Arrays.copyOf(png, 20), StandardCharsets.ISO_8859_1), "\r\n--b0--\r\n"),
                join(part.formatted("file", "; filename=\"a\u0000.pdf\"", "application/pdf"), "%PDF-1.4\n",
                        "\r\n--b0--\r\n"),
                join(part.formatted("request", "", "application/json"), "{\"requesterType\":\"\\u0007\"", ""),
                join(part.formatted("archive", "; filename=\"x.zip\"", "application/zip"), "PK\u0003\u0004",
                        "\r\n--b0--\r\n"),
                join("--b0\r\nContent-Disposition: form-data\r\n\r\n", "x", "\r\n--b0--\r\n"),
                join("--b0\r\n\r\n", "", ""));
        for (byte[] body : bodies) {
            cases.add(() -> request(op, path, Map.of(), token, "multipart/form-data; boundary=b0", body, "multipart"));
        }
        cases.add(() -> request(op, path, Map.of(), token, "multipart/form-data; boundary=zz", bodies.get(0),
                "multipart other boundary"));
        return cases;
    }

    private static byte[] join(String... texts) {
        return String.join("", texts).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private Request request(Operation op, Map<String, String> path, Map<String, String> query, String token,
            String contentType, byte[] body, String what) {
        String target = op.path();
        for (Map.Entry<String, String> p : path.entrySet()) {
            target = target.replace("{" + p.getKey() + "}", p.getValue());
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.length() == 0 ? "?" : "&").append(k).append('=').append(v));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Forwarded-For", "10." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254)));
        headers.put("Idempotency-Key", "fuzz-" + Long.toHexString(random.nextLong()));
        headers.put("Accept", "application/json, */*");
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (body == null && ("POST".equals(op.method()) || "PUT".equals(op.method()))) {
            body = new byte[0];
        }
        return new Request(op.method(), target + q, headers, body, what + (token == null ? "" : ", officer"));
    }

    private String plausiblePath(Param p, String tenant) {
        return switch (p.name()) {
            case "tenant" -> tenant;
            case "format" -> "json";
            case "position" -> "1";
            case "trackingNumber" -> "ME-2026-00000" + random.nextInt(10);
            case "registrationNumber" -> "LT-2026-00000" + random.nextInt(10);
            case "slug" -> "muara-enim";
            default -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
        };
    }

    /** A body that has the schema's shape, with ordinary values: the base every field mutation starts from. */
    private ObjectNode plausible(JsonNode schema, int depth) {
        ObjectNode o = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            switch (s.path("type").asText("object")) {
                case "string" -> o.put(e.getKey(), "Teks uji yang cukup panjang");
                case "integer" -> o.put(e.getKey(), 1);
                case "number" -> o.put(e.getKey(), 1.5);
                case "boolean" -> o.put(e.getKey(), true);
                case "array" -> o.putArray(e.getKey());
                default -> {
                    if (depth < 2 && s.has("properties")) {
                        o.set(e.getKey(), plausible(s, depth + 1));
                    }
                }
            }
        }
        return o;
    }

    // ---- the OpenAPI document -------------------------------------------------------------------------------------

    private static List<Operation> operations(JsonNode openapi) {
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext();) {
                Map.Entry<String, JsonNode> m = ms.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(m.getKey())) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                for (JsonNode param : m.getValue().path("parameters")) {
                    params.add(new Param(param.path("name").asText(), param.path("in").asText(),
                            param.path("schema").path("type").asText("string")));
                }
                List<String> types = new ArrayList<>();
                JsonNode content = m.getValue().path("requestBody").path("content");
                content.fieldNames().forEachRemaining(types::add);
                JsonNode schema = resolve(openapi, content.path("application/json").path("schema"));
                ops.add(new Operation(m.getKey().toUpperCase(java.util.Locale.ROOT), p.getKey(), params, types,
                        schema.isMissingNode() ? null : schema));
            }
        }
        // The same order every run, whatever order the document lists them in.
        ops.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return ops;
    }

    private static JsonNode resolve(JsonNode openapi, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText().replace("#/", "");
            JsonNode target = openapi;
            for (String part : ref.split("/")) {
                target = target.path(part);
            }
            s = target;
        }
        if (s.has("properties")) {
            ObjectNode copy = s.deepCopy();
            ObjectNode props = (ObjectNode) copy.get("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = s.get("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().has("$ref")) {
                    props.set(e.getKey(), resolve(openapi, e.getValue()));
                }
            }
            return copy;
        }
        return s;
    }
}
