package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The public rate limits are decided in each instance's memory and shared across instances (issue 19 item 3): what
 * a citizen's address spent on instance a is spent on instance b from b's next sync, about a second later, instead
 * of b granting a whole allowance of its own.
 */
class SharedRateLimitsIT extends BalaiIT {
    private static final ExtraServer B = ExtraServer.b();
    /** BALAI_TRACKING_PER_MINUTE's default: the servers of the tests do not change it */
    private static final int TRACKING_PER_MINUTE = 60;

    @AfterAll
    static void stopB() throws Exception {
        B.stop();
    }

    /** A public photo of a report that does not exist: counted against the tracking limit, then a 404. */
    private static final String PHOTO = "/api/t/muara-enim/public/reports/ME-2026-999999/photos/1";

    @Test
    void anAllowanceSpentOnOneInstanceIsSpentOnTheOtherFromItsNextSync() throws Exception {
        B.start(ExtraServer.itPiiKeys());
        for (int attempt = 0; ; attempt++) {
            long minute = System.currentTimeMillis() / 60_000;
            String address = Officers.someAddress();
            for (int i = 0; i < TRACKING_PER_MINUTE; i++) {
                api().header("X-Forwarded-For", address).get(PHOTO).then().statusCode(404);
            }
            // one instance alone is exact, without waiting for anything
            Response refused = api().header("X-Forwarded-For", address).get(PHOTO);

            // b had not seen the address: it learns a's attempts at its next sync (each instance syncs every
            // second). One probe a second: b alone would let every one of them through (its own allowance is 60).
            int letThroughByB = 0;
            Response onB = null;
            long end = System.nanoTime() + 15_000_000_000L;
            while (System.nanoTime() < end) {
                onB = B.api().header("X-Forwarded-For", address).get(PHOTO);
                if (onB.statusCode() == 429) {
                    break;
                }
                letThroughByB++;
                Thread.sleep(1_000);
            }
            if (System.currentTimeMillis() / 60_000 != minute && attempt < 2) {
                continue; // the window turned during the test and renewed the allowance: once more in the next one
            }
            refused.then().statusCode(429);
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(onB.statusCode()).as("b refuses once it has heard of a's attempts").isEqualTo(429);
            assertThat(onB.jsonPath().getString("code")).isEqualTo("RATE_LIMITED");
            assertThat(letThroughByB).as("b's overshoot before its sync, not an allowance of its own")
                    .isLessThan(15);
            return;
        }
    }
}
