package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Sign-in, tokens, roles, refresh, sign-out, lock-out and rate limits, against the real server. */
class IdentityIT extends BalaiIT {

    @Test
    void anAdminSignsInAndTheTokenCarriesTenantAndRoles() {
        Response r = officers().login("muara-enim", "admin", Officers.initialPassword("muara-enim", "admin"));
        r.then().statusCode(200)
                .body("tokenType", equalTo("Bearer"))
                .body("refreshToken", notNullValue())
                .body("user.tenant", equalTo("muara-enim"))
                .body("user.roles", hasItem("TENANT_ADMIN"));
        String token = r.path("accessToken");
        api().auth().oauth2(token).get("/api/auth/me").then().statusCode(200)
                .body("tenant", equalTo("muara-enim")).body("username", equalTo("admin"))
                .body("roles", hasItem("TENANT_ADMIN"));
    }

    @Test
    void wrongCredentialsAreA401ThatDoesNotSayWhichPartWasWrong() {
        for (String[] attempt : new String[][] {{"muara-enim", "admin", "salah-sekali-123"},
                {"muara-enim", "tidak-ada", "salah-sekali-123"}, {"tidak-ada", "admin", "salah-sekali-123"}}) {
            officers().login(attempt[0], attempt[1], attempt[2]).then().statusCode(401)
                    .body("code", equalTo("INVALID_CREDENTIALS"))
                    .body("message.id", equalTo("Nama pengguna atau kata sandi salah."));
        }
    }

    @Test
    void missingExpiredOrForeignSignedTokensAre401() throws Exception {
        String admin = officers().adminToken("muara-enim");
        api().get("/api/t/muara-enim/users").then().statusCode(401);

        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        RSAPrivateKey foreign = (RSAPrivateKey) gen.generateKeyPair().getPrivate();
        String forged = sign(foreign, claims(new Date(System.currentTimeMillis() + 600_000)));
        api().auth().oauth2(forged).get("/api/t/muara-enim/users").then().statusCode(401);

        String tampered = admin.substring(0, admin.lastIndexOf('.') + 1) + "AAAA" + admin.substring(
                admin.lastIndexOf('.') + 5);
        api().auth().oauth2(tampered).get("/api/t/muara-enim/users").then().statusCode(401);

        String expired = sign(foreign, claims(new Date(System.currentTimeMillis() - 60_000)));
        api().auth().oauth2(expired).get("/api/t/muara-enim/users").then().statusCode(401);
    }

    @Test
    void aRoleThatIsNotAllowedIsA403() {
        String admin = officers().adminToken("muara-enim");
        Map<String, String> operator = officers().create("muara-enim", admin, List.of("AGENCY_OPERATOR"), "PUPR");
        String token = officers().token("muara-enim", operator.get("username"), operator.get("password"));
        api().auth().oauth2(token).get("/api/t/muara-enim/users").then().statusCode(403);
        api().auth().oauth2(token).get("/api/t/muara-enim/audit/verify").then().statusCode(403);
    }

    @Test
    void refreshRotatesTheTokenAndAReplayEndsTheSession() {
        Response login = officers().login("luwu-timur", "admin", Officers.initialPassword("luwu-timur", "admin"));
        String first = login.path("refreshToken");

        Response refreshed = refresh(first);
        refreshed.then().statusCode(200).body("accessToken", notNullValue());
        String second = refreshed.path("refreshToken");
        assertThat(second).isNotEqualTo(first);

        // The first token again: somebody else holds a copy. Both tokens stop working.
        refresh(first).then().statusCode(401).body("code", equalTo("INVALID_REFRESH_TOKEN"));
        refresh(second).then().statusCode(401);
        api().auth().oauth2((String) refreshed.path("accessToken")).get("/api/auth/me").then().statusCode(401)
                .body("code", equalTo("SESSION_ENDED"));
    }

    @Test
    void logoutEndsTheAccessAndTheRefreshToken() {
        Response login = officers().login("luwu-timur", "admin", Officers.initialPassword("luwu-timur", "admin"));
        String access = login.path("accessToken");
        api().auth().oauth2(access).get("/api/auth/me").then().statusCode(200);

        api().auth().oauth2(access).post("/api/auth/logout").then().statusCode(204);

        api().auth().oauth2(access).get("/api/auth/me").then().statusCode(401);
        refresh(login.path("refreshToken")).then().statusCode(401);
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountThenTheLockLifts() throws InterruptedException {
        String admin = officers().adminToken("muara-enim");
        Map<String, String> victim = officers().create("muara-enim", admin, List.of("CENTRAL_ADMIN"), null);
        for (int i = 0; i < 4; i++) {
            guess(victim.get("username"), "tebak-tebakan-" + i).then().statusCode(401);
        }
        guess(victim.get("username"), "tebak-tebakan-5").then().statusCode(429)
                .body("code", equalTo("ACCOUNT_LOCKED")).header("Retry-After", notNullValue());
        // Locked: even the right password is refused.
        officers().login("muara-enim", victim.get("username"), victim.get("password")).then().statusCode(429)
                .body("code", equalTo("ACCOUNT_LOCKED"));
        // The `it` server locks for 4 seconds.
        Thread.sleep(4_500);
        officers().login("muara-enim", victim.get("username"), victim.get("password")).then().statusCode(200);
    }

    /** One guess, taken once the wait that wrong passwords in a row impose on the account has passed. */
    private Response guess(String username, String password) throws InterruptedException {
        while (true) {
            Response r = officers().login("muara-enim", username, password);
            if (r.statusCode() != 429 || !"LOGIN_DELAYED".equals(r.path("code"))) {
                return r;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void manyAttemptsFromOneAddressAreRateLimited() {
        String address = Officers.someAddress();
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 65; i++) {
            Response r = api().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(Map.of("tenant", "muara-enim", "username", "penebak" + i, "password", "salah-sekali-123"))
                    .post("/api/auth/login");
            if (r.statusCode() == 429) {
                limited++;
                retryAfter = r.header("Retry-After");
                assertThat(r.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
            } else {
                assertThat(r.statusCode()).isEqualTo(401);
            }
        }
        // The `it` server allows 60 attempts a minute per address (far above an office's morning sign-ins).
        assertThat(limited).isEqualTo(5);
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        // Another address is not affected.
        officers().login("muara-enim", "admin", Officers.initialPassword("muara-enim", "admin")).then()
                .statusCode(200);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndTheNewPasswordWorks() {
        String admin = officers().adminToken("muara-enim");
        Map<String, String> officer = officers().create("muara-enim", admin, List.of("BUPATI"), null);
        String t1 = officers().token("muara-enim", officer.get("username"), officer.get("password"));
        String t2 = officers().token("muara-enim", officer.get("username"), officer.get("password"));

        api().auth().oauth2(t1).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", officer.get("password"), "newPassword", "pendek"))
                .post("/api/auth/password").then().statusCode(400).body("code", equalTo("WEAK_PASSWORD"))
                .body("field", equalTo("newPassword"));
        api().auth().oauth2(t1).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", officer.get("password"), "newPassword", "Kata-sandi-baru-2026"))
                .post("/api/auth/password").then().statusCode(204);

        api().auth().oauth2(t2).get("/api/auth/me").then().statusCode(401);
        officers().login("muara-enim", officer.get("username"), officer.get("password")).then().statusCode(401);
        officers().token("muara-enim", officer.get("username"), "Kata-sandi-baru-2026");
    }

    @Test
    void theTenantAdminManagesOfficersWithValidatedRolesAndUnits() {
        String admin = officers().adminToken("luwu-timur");
        Map<String, String> officer = officers().create("luwu-timur", admin, List.of("PPID_ASSISTANT"), "DINKES");
        api().auth().oauth2(admin).get("/api/t/luwu-timur/users/" + officer.get("id")).then().statusCode(200)
                .body("roles", hasItem("PPID_ASSISTANT")).body("orgUnit", equalTo("DINKES"));

        api().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "x1-" + System.nanoTime(), "displayName", "X",
                        "roles", List.of("AGENCY_OPERATOR")))
                .post("/api/t/luwu-timur/users").then().statusCode(400).body("code", equalTo("ORG_UNIT_REQUIRED"))
                .body("field", equalTo("orgUnit"));
        api().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", "x2-" + System.nanoTime(), "displayName", "X",
                        "roles", List.of("PLATFORM_OPERATOR")))
                .post("/api/t/luwu-timur/users").then().statusCode(400).body("code", equalTo("ROLE_NOT_FOR_OFFICERS"));
        api().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", officer.get("username"), "displayName", "X", "roles", List.of("BUPATI")))
                .post("/api/t/luwu-timur/users").then().statusCode(409).body("code", equalTo("USERNAME_TAKEN"));

        // Deactivation ends the officer's sessions.
        String officerToken = officers().token("luwu-timur", officer.get("username"), officer.get("password"));
        api().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Petugas lama", "roles", List.of("PPID_ASSISTANT"), "orgUnit", "DINKES",
                        "active", false))
                .put("/api/t/luwu-timur/users/" + officer.get("id")).then().statusCode(200)
                .body("active", equalTo(false));
        api().auth().oauth2(officerToken).get("/api/auth/me").then().statusCode(401);
        officers().login("luwu-timur", officer.get("username"), officer.get("password")).then().statusCode(401);
    }

    @Test
    void thePlatformOperatorSignsInWithoutATenant() {
        String token = officers().operatorToken();
        api().auth().oauth2(token).get("/api/auth/me").then().statusCode(200)
                .body("roles", hasItem("PLATFORM_OPERATOR")).body("tenant", equalTo(null));
        // No tenant in the token: every tenant's resources are out of reach.
        api().auth().oauth2(token).get("/api/t/muara-enim/users").then().statusCode(404);
    }

    private Response refresh(String refreshToken) {
        return api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("refreshToken", refreshToken)).post("/api/auth/refresh");
    }

    private static JWTClaimsSet claims(Date exp) {
        return new JWTClaimsSet.Builder().issuer("balai").audience("balai").subject(java.util.UUID.randomUUID()
                .toString()).claim("upn", "admin").claim("groups", List.of("TENANT_ADMIN"))
                .claim("tenant", "muara-enim").claim("sid", java.util.UUID.randomUUID().toString())
                .issueTime(new Date()).expirationTime(exp).build();
    }

    private static String sign(RSAPrivateKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
