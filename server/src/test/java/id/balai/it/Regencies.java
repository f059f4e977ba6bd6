package id.balai.it;

import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.restassured.specification.RequestSpecification;

/** Regencies made for one test: a small valid definition, onboarded by the operator, and what the tests read back. */
final class Regencies {
    private Regencies() {
    }

    /** A small valid regency: Kominfo hosting both services, a public-works office, a district with a village. */
    static String definition(String slug, String shortCode, String sms) {
        return """
                slug: %s
                name: Kabupaten %s
                shortCode: %s
                regionCode: "99.50"
                province:
                  code: "99"
                  name: Provinsi Uji
                timeZone: WIB
                officeHours:
                  open: "08:00"
                  close: "16:00"
                hosts: []
                channels:
                  website: %s.example.go.id
                  smsNumber: "%s"
                orgUnits:
                  - code: KOMINFO
                    name: Dinas Komunikasi dan Informatika
                    kind: AGENCY
                    hostsSpikm: true
                    hostsPpidUtama: true
                  - code: PUPR
                    name: Dinas Pekerjaan Umum
                    kind: AGENCY
                    ppidPembantu: true
                  - code: KEC-SATU
                    name: Kecamatan Satu
                    kind: DISTRICT
                    children:
                      - code: DESA-SATU
                        name: Desa Satu
                        kind: VILLAGE
                complaintCategories:
                  - code: JALAN
                    name: Jalan dan jembatan
                    routeTo: PUPR
                  - code: LAINNYA
                    name: Lainnya
                    routeTo: KOMINFO
                """.formatted(slug, slug, shortCode, slug, sms);
    }

    /** The first admins' own passwords of the regencies onboarded here (set in place of the one-time ones). */
    private static final java.util.Map<String, String> ADMIN_PASSWORDS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Onboards it; its first admin replaces the one-time password the onboarding showed (which signs in only for
     * that), and the admin's own password is kept for {@link #adminToken}.
     */
    static void onboard(Supplier<RequestSpecification> api, String operator, String yaml) {
        var r = api.get().auth().oauth2(operator).contentType("application/yaml")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).post("/api/platform/tenants");
        r.then().statusCode(201);
        String slug = r.path("tenant.slug");
        ADMIN_PASSWORDS.put(slug, new Officers(api).replaceOneTimePassword(slug, "admin",
                r.path("admin.oneTimePassword")));
    }

    /** The first admin's own password of a regency onboarded by {@link #onboard}. */
    static String adminPassword(String slug) {
        return ADMIN_PASSWORDS.get(slug);
    }

    /** The admin's token of a regency onboarded by {@link #onboard}. */
    static String adminToken(Officers officers, String slug) {
        return officers.token(slug, "admin", ADMIN_PASSWORDS.get(slug));
    }

    /** A broken tenant file of the tests' tenant folder (server/src/test/tenants). */
    static String brokenFile(String folder) throws java.io.IOException {
        return Files.readString(Path.of(System.getProperty("balai.it.tenants.dir")).resolve(folder)
                .resolve("tenant.yaml"));
    }

    /** Audit actions recorded about a regency in a chain ({@code _platform} or the regency's own). */
    static List<String> auditActions(String chain, String slug) throws Exception {
        try (Connection c = Db.asSuperuser(); PreparedStatement ps = c.prepareStatement(
                "select action from audit_record where tenant_id = ? and subject_id = ? order by seq nulls last, journal_id")) {
            ps.setString(1, chain);
            ps.setString(2, slug);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }
    }

    static void assertProblem(io.restassured.response.Response r, int status, String code, String path) {
        r.then().statusCode(status).body("code", equalTo(code));
        org.assertj.core.api.Assertions.assertThat(r.jsonPath().getList("problems.path", String.class))
                .as(r.asString()).contains(path);
    }
}
