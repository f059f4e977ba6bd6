package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Staff authentication to OWASP ASVS level 2 (issue 17 item 8): a one-time password only sets a new one, common
 * passwords are refused, the TOTP second factor with its recovery codes, a regency that requires it of admins,
 * one's own sessions, and sign-in limits that let an office behind one address work while a guesser is slowed and
 * locked.
 */
class StaffAuthenticationIT extends BalaiIT {
    private static final String T = "muara-enim";

    @Test
    void aSessionSignedInWithAOneTimePasswordCanOnlySetANewPassword() {
        String admin = officers().adminToken(T);
        Map<String, String> officer = officers().createWithOneTimePassword(T, admin, List.of("CENTRAL_ADMIN"), null,
                null);
        Response login = officers().login(T, officer.get("username"), officer.get("password"));
        login.then().statusCode(200).body("restricted", equalTo("PASSWORD_CHANGE"));
        String restricted = login.path("accessToken");

        api().auth().oauth2(restricted).get("/api/t/" + T + "/officer/complaints").then().statusCode(403)
                .body("code", equalTo("PASSWORD_CHANGE_REQUIRED"))
                .body("message.id", equalTo("Anda masuk dengan kata sandi sekali pakai. Buat kata sandi baru "
                        + "terlebih dahulu."))
                .body("message.en", equalTo("You signed in with a one-time password. Set a new password first."));
        api().auth().oauth2(restricted).get("/api/auth/sessions").then().statusCode(403);
        api().auth().oauth2(restricted).get("/api/auth/me").then().statusCode(200)
                .body("restricted", equalTo("PASSWORD_CHANGE"));

        // Common, repeated and breached passwords are refused, whatever their length.
        for (String weak : List.of("aaaaaaaaaaaa", "password1234")) {
            api().auth().oauth2(restricted).contentType(ContentType.JSON)
                    .body(Map.of("currentPassword", officer.get("password"), "newPassword", weak))
                    .post("/api/auth/password").then().statusCode(400).body("code", equalTo("COMMON_PASSWORD"))
                    .body("field", equalTo("newPassword")).body("message.id", notNullValue())
                    .body("message.en", notNullValue());
        }
        String own = Officers.ownPassword();
        api().auth().oauth2(restricted).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", officer.get("password"), "newPassword", own))
                .post("/api/auth/password").then().statusCode(204);

        Response again = officers().login(T, officer.get("username"), own);
        again.then().statusCode(200).body("restricted", nullValue());
        api().auth().oauth2((String) again.path("accessToken")).get("/api/t/" + T + "/officer/complaints").then()
                .statusCode(200);

        // A reset hands out another one-time password, with the same restriction.
        String reset = api().auth().oauth2(admin).post("/api/t/" + T + "/users/" + officer.get("id")
                + "/password-reset").then().statusCode(200).extract().path("oneTimePassword");
        officers().login(T, officer.get("username"), reset).then().statusCode(200)
                .body("restricted", equalTo("PASSWORD_CHANGE"));
    }

    @Test
    void anOfficerEnrolsTotpAndSignsInWithACodeOrOneRecoveryCodeOnce() throws Exception {
        String admin = officers().adminToken(T);
        Map<String, String> officer = officers().create(T, admin, List.of("BUPATI"), null);
        String token = officers().token(T, officer.get("username"), officer.get("password"));
        api().auth().oauth2(token).get("/api/auth/second-factor").then().statusCode(200)
                .body("enabled", equalTo(false));

        Response enrolment = api().auth().oauth2(token).post("/api/auth/second-factor/enrolment");
        enrolment.then().statusCode(200);
        String secret = enrolment.path("secret");
        assertThat((String) enrolment.path("otpauthUri")).startsWith("otpauth://totp/")
                .contains("secret=" + secret).contains("issuer=");
        api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", "000000"))
                .post("/api/auth/second-factor/confirmation").then().statusCode(400)
                .body("code", equalTo("SECOND_FACTOR_INVALID"));
        Instant now = Instant.now();
        List<String> recovery = api().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("code", code(secret, now))).post("/api/auth/second-factor/confirmation").then()
                .statusCode(200).body("recoveryCodes", hasSize(10)).extract().path("recoveryCodes");

        // The password alone is no longer enough, and says so only once the password is right.
        officers().login(T, officer.get("username"), officer.get("password")).then().statusCode(401)
                .body("code", equalTo("SECOND_FACTOR_REQUIRED"));
        officers().login(T, officer.get("username"), "salah-sekali-kata-sandi").then().statusCode(401)
                .body("code", equalTo("INVALID_CREDENTIALS"));
        // The confirming code is spent; the next step's code works once.
        signIn(officer, Map.of("code", code(secret, now))).then().statusCode(401)
                .body("code", equalTo("SECOND_FACTOR_INVALID"));
        Thread.sleep(700); // two failures in a row: the account waits (0.5 s on the `it` server)
        String next = code(secret, now.plusSeconds(30));
        signIn(officer, Map.of("code", next)).then().statusCode(200);
        signIn(officer, Map.of("code", next)).then().statusCode(401).body("code", equalTo("SECOND_FACTOR_INVALID"));

        // A recovery code works once, typed in any case.
        String spare = recovery.get(3);
        Response withRecovery = signIn(officer, Map.of("recoveryCode", spare.toUpperCase(Locale.ROOT)));
        withRecovery.then().statusCode(200);
        signIn(officer, Map.of("recoveryCode", spare)).then().statusCode(401)
                .body("code", equalTo("SECOND_FACTOR_INVALID"));
        api().auth().oauth2((String) withRecovery.path("accessToken")).get("/api/auth/second-factor").then()
                .statusCode(200).body("enabled", equalTo(true)).body("recoveryCodesLeft", equalTo(9));
    }

    @Test
    void aRegencyThatRequiresTotpForAdminsLetsAnAdminOnlyEnrolUntilTheyHaveOne() throws Exception {
        String slug = "uji-totp";
        Regencies.onboard(this::api, officers().operatorToken(), Regencies.definition(slug, "UA", "081100009950")
                + "parameters:\n  security:\n    totpRequiredForAdmins: true\n");
        Response login = officers().login(slug, "admin", Regencies.adminPassword(slug));
        login.then().statusCode(200).body("restricted", equalTo("TOTP_ENROLMENT"));
        String token = login.path("accessToken");
        api().auth().oauth2(token).get("/api/t/" + slug + "/users").then().statusCode(403)
                .body("code", equalTo("SECOND_FACTOR_ENROLMENT_REQUIRED"));

        String secret = api().auth().oauth2(token).post("/api/auth/second-factor/enrolment").then().statusCode(200)
                .extract().path("secret");
        api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", code(secret, Instant.now())))
                .post("/api/auth/second-factor/confirmation").then().statusCode(200);
        // The same session, refreshed, now does the admin's work.
        String refreshed = api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON)
                .body(Map.of("refreshToken", login.path("refreshToken"))).post("/api/auth/refresh").then()
                .statusCode(200).body("restricted", nullValue()).extract().path("accessToken");
        api().auth().oauth2(refreshed).get("/api/t/" + slug + "/users").then().statusCode(200);
        officers().login(slug, "admin", Regencies.adminPassword(slug)).then().statusCode(401)
                .body("code", equalTo("SECOND_FACTOR_REQUIRED"));
    }

    @Test
    void anOfficerSeesAndEndsTheirOwnSessionsAndNoOneElses() {
        String admin = officers().adminToken(T);
        Map<String, String> officer = officers().create(T, admin, List.of("BUPATI"), null);
        String first = officers().token(T, officer.get("username"), officer.get("password"));
        String second = officers().token(T, officer.get("username"), officer.get("password"));
        List<Map<String, Object>> sessions = api().auth().oauth2(second).get("/api/auth/sessions").then()
                .statusCode(200).body("$", hasSize(2)).extract().jsonPath().getList("$");
        assertThat(sessions).filteredOn(s -> Boolean.TRUE.equals(s.get("current"))).hasSize(1);
        String other = (String) sessions.stream().filter(s -> !Boolean.TRUE.equals(s.get("current"))).findFirst()
                .orElseThrow().get("id");

        // Another officer (of this regency or another) cannot end it: as unknown as any other id.
        String luwuAdmin = officers().adminToken("luwu-timur");
        api().auth().oauth2(luwuAdmin).delete("/api/auth/sessions/" + other).then().statusCode(404)
                .body("code", equalTo("SESSION_NOT_FOUND"));
        api().auth().oauth2(admin).delete("/api/auth/sessions/" + other).then().statusCode(404);
        api().auth().oauth2(first).get("/api/auth/me").then().statusCode(200);

        api().auth().oauth2(second).delete("/api/auth/sessions/" + other).then().statusCode(204);
        api().auth().oauth2(first).get("/api/auth/me").then().statusCode(401);
        api().auth().oauth2(second).get("/api/auth/sessions").then().statusCode(200).body("$", hasSize(1));
        api().get("/api/auth/sessions").then().statusCode(401);
    }

    @Test
    void thirtyStaffBehindOneAddressAllSignInWhileGuessingOneAccountIsSlowedThenLocked() throws Exception {
        String admin = officers().adminToken(T);
        List<Map<String, String>> staff = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            staff.add(officers().create(T, admin, List.of("AGENCY_OPERATOR"), "PUPR"));
        }
        Map<String, String> victim = staff.remove(30);
        String office = Officers.someAddress();

        long started = System.nanoTime();
        for (Map<String, String> s : staff) {
            loginFrom(office, s.get("username"), s.get("password")).then().statusCode(200);
        }
        // A guesser on the same address: the first wrong password costs nothing, then each makes the account wait
        // (the `it` server starts at 0.5 s and doubles), and the fifth locks it.
        loginFrom(office, victim.get("username"), "tebakan-pertama-1").then().statusCode(401);
        loginFrom(office, victim.get("username"), "tebakan-kedua-22").then().statusCode(401);
        loginFrom(office, victim.get("username"), "tebakan-ketiga-333").then().statusCode(429)
                .body("code", equalTo("LOGIN_DELAYED")).header("Retry-After", notNullValue());
        int wrong = 2;
        int delayed = 1;
        Response last = null;
        while (wrong < 5) {
            last = loginFrom(office, victim.get("username"), "tebakan-lagi-" + wrong);
            if (last.statusCode() == 429 && "LOGIN_DELAYED".equals(last.path("code"))) {
                delayed++;
                Thread.sleep(250);
                continue;
            }
            wrong++;
            if (wrong < 5) {
                last.then().statusCode(401);
            }
        }
        last.then().statusCode(429).body("code", equalTo("ACCOUNT_LOCKED"));
        assertThat(delayed).isGreaterThan(1);
        loginFrom(office, victim.get("username"), victim.get("password")).then().statusCode(429)
                .body("code", equalTo("ACCOUNT_LOCKED"));
        // Nobody else in the office is affected, and it all took less than a minute.
        loginFrom(office, staff.get(0).get("username"), staff.get(0).get("password")).then().statusCode(200);
        assertThat(System.nanoTime() - started).isLessThan(60_000_000_000L);
    }

    private Response loginFrom(String address, String username, String password) {
        return api().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("tenant", T, "username", username, "password", password)).post("/api/auth/login");
    }

    private Response signIn(Map<String, String> officer, Map<String, String> secondFactor) {
        Map<String, String> body = new HashMap<>(Map.of("tenant", T, "username", officer.get("username"),
                "password", officer.get("password")));
        body.putAll(secondFactor);
        return api().header("X-Forwarded-For", Officers.someAddress()).contentType(ContentType.JSON).body(body)
                .post("/api/auth/login");
    }

    /** The authenticator app's code, computed with the TOTP library from the secret as the app reads it. */
    private static String code(String base32Secret, Instant at) throws Exception {
        byte[] key = new Base32().decode(base32Secret);
        return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(new SecretKeySpec(key,
                "HmacSHA1"), at, Locale.ROOT);
    }
}
