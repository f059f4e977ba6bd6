package id.balai.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/**
 * Signs in as the accounts an installation starts with (their passwords are in the `it` server's
 * initial-credentials file) and creates officers through the API, as a tenant admin would.
 */
final class Officers {
    private final Supplier<RequestSpecification> api;

    Officers(Supplier<RequestSpecification> api) {
        this.api = api;
    }

    /** A made-up client address per call: the server trusts X-Forwarded-For from loopback in the tests. */
    static String someAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    static String initialPassword(String tenant, String username) {
        Path file = Path.of(System.getProperty("balai.it.data.dir", "target/it-data"), "initial-credentials.txt");
        try {
            for (String line : Files.readAllLines(file)) {
                String[] f = line.split(" ");
                if (f[0].equals(tenant) && f[1].equals(username)) {
                    return f[2];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No initial password for " + username + " of " + tenant + " in " + file);
    }

    Response login(String tenant, String username, String password) {
        return api.get().header("X-Forwarded-For", someAddress()).contentType(ContentType.JSON)
                .body(Map.of("tenant", tenant == null ? "" : tenant, "username", username, "password", password))
                .post("/api/auth/login");
    }

    /** An access token, or fails the test. */
    String token(String tenant, String username, String password) {
        return login(tenant, username, password).then().statusCode(200).extract().path("accessToken");
    }

    String adminToken(String tenant) {
        return token(tenant, "admin", initialPassword(tenant, "admin"));
    }

    String operatorToken() {
        return token(null, "operator", initialPassword("-", "operator"));
    }

    /** Creates an officer with a unique username and returns {id, username, password}. */
    Map<String, String> create(String tenant, String adminToken, List<String> roles, String orgUnit) {
        return create(tenant, adminToken, roles, orgUnit, null);
    }

    /** An officer as the admin creates it: {id, username, password} with the one-time password. */
    Map<String, String> createWithOneTimePassword(String tenant, String adminToken, List<String> roles,
            String orgUnit, String email) {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName",
                "Petugas " + username, "roles", roles));
        if (orgUnit != null) {
            body.put("orgUnit", orgUnit);
        }
        if (email != null) {
            body.put("email", email);
        }
        Response r = api.get().auth().oauth2(adminToken).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + tenant + "/users");
        r.then().statusCode(201);
        return Map.of("id", r.path("officer.id"), "username", username, "password", r.path("oneTimePassword"));
    }

    /**
     * Creates an officer who has already replaced the one-time password with one of their own, as every officer
     * must before working: returns {id, username, password} with that password.
     */
    Map<String, String> create(String tenant, String adminToken, List<String> roles, String orgUnit, String email) {
        Map<String, String> created = createWithOneTimePassword(tenant, adminToken, roles, orgUnit, email);
        String own = replaceOneTimePassword(tenant, created.get("username"), created.get("password"));
        return Map.of("id", created.get("id"), "username", created.get("username"), "password", own);
    }

    /**
     * Signs in with a one-time password (a session that may only change it) and sets one of the holder's own, as
     * every officer, onboarded regency admin and provincial admin must first: returns the new password.
     */
    String replaceOneTimePassword(String tenant, String username, String oneTime) {
        String own = ownPassword();
        Response login = login(tenant, username, oneTime);
        login.then().statusCode(200).body("restricted", org.hamcrest.Matchers.equalTo("PASSWORD_CHANGE"));
        api.get().auth().oauth2((String) login.path("accessToken")).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", oneTime, "newPassword", own))
                .post("/api/auth/password").then().statusCode(204);
        return own;
    }

    /** A password of the officer's own choosing: long and not guessable. */
    static String ownPassword() {
        return "Sandi " + UUID.randomUUID().toString().substring(0, 13) + " pribadi";
    }
}
