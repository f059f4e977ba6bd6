package id.balai.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;


import org.junit.jupiter.api.Test;

/** {@code GET /api/t/{tenant}/calendar/...} across the 2026 holidays, in a WIB and a WITA tenant. */
class CalendarIT extends BalaiIT {

    @Test
    void tenWorkingDaysFrom16March2026InBothTimeZones() {
        for (String tenant : new String[] {"muara-enim", "luwu-timur"}) {
            api().queryParam("from", "2026-03-16").queryParam("workingDays", 10)
                    .get("/api/t/" + tenant + "/calendar/due").then().statusCode(200)
                    .body("due", equalTo("2026-04-07"))
                    .body("receivedOn", equalTo("2026-03-16"))
                    .body("daysOff.date", hasItems("2026-03-18", "2026-03-19", "2026-03-20", "2026-03-23",
                            "2026-03-24", "2026-04-03"))
                    .body("daysOff.find { it.date == '2026-03-19' }.kind", equalTo("NATIONAL_HOLIDAY"))
                    .body("daysOff.find { it.date == '2026-03-18' }.kind", equalTo("CUTI_BERSAMA"));
        }
    }

    @Test
    void officeHoursAndTimeZoneDecideTheDayOfReceipt() {
        // 15:30 WIB is 16:30 WITA: open in Muara Enim, closed in Luwu Timur.
        api().queryParam("receivedAt", "2026-03-16T15:30:00+07:00").queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(200)
                .body("receivedOn", equalTo("2026-03-16")).body("due", equalTo("2026-04-07"));
        api().queryParam("receivedAt", "2026-03-16T15:30:00+07:00").queryParam("workingDays", 10)
                .get("/api/t/luwu-timur/calendar/due").then().statusCode(200)
                .body("receivedOn", equalTo("2026-03-17")).body("due", equalTo("2026-04-08"))
                .body("from", nullValue());
    }

    @Test
    void aDeadlineIntoTheYearAfterTheLastDecreeIsProvisionalAndBeyondItAClear422() {
        api().queryParam("from", "2026-12-21").queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(200)
                .body("due", equalTo("2027-01-07")).body("provisional", equalTo(true));
        api().queryParam("from", "2026-03-16").queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(200).body("provisional", equalTo(false));
        api().queryParam("from", "2027-12-20").queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(422)
                .body("code", equalTo("CALENDAR_YEAR_UNAVAILABLE"))
                .body("message.en", equalTo(
                        "National holiday data for 2028 is not available yet, so working-day deadlines cannot be computed."));
    }

    @Test
    void badInputIsA400NamingTheField() {
        api().queryParam("from", "16-03-2026").queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(400)
                .body("code", equalTo("INVALID_DATE")).body("field", equalTo("from"));
        api().queryParam("from", "2026-03-16").queryParam("workingDays", "sepuluh")
                .get("/api/t/muara-enim/calendar/due").then().statusCode(400)
                .body("code", equalTo("INVALID_WORKING_DAYS")).body("field", equalTo("workingDays"));
        api().queryParam("from", "2026-03-16").queryParam("workingDays", -1)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(400).body("field", equalTo("workingDays"));
        api().queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(400)
                .body("code", equalTo("FROM_OR_RECEIVED_AT"));
        api().queryParam("receivedAt", "kemarin sore").queryParam("workingDays", 10)
                .get("/api/t/muara-enim/calendar/due").then().statusCode(400).body("field", equalTo("receivedAt"));
    }

    @Test
    void anUnknownTenantIsA404() {
        api().queryParam("from", "2026-03-16").queryParam("workingDays", 10)
                .get("/api/t/tidak-ada/calendar/due").then().statusCode(404).body("code", equalTo("TENANT_NOT_FOUND"));
    }

    @Test
    void theYearsDaysOffIncludeTheTenantsOwn() {
        api().queryParam("year", 2026).get("/api/t/muara-enim/calendar/days-off").then().statusCode(200)
                .body("find { it.date == '2026-11-20' }.kind", equalTo("TENANT_DAY_OFF"))
                .body("find { it.date == '2026-08-17' }.kind", equalTo("NATIONAL_HOLIDAY"));
        api().queryParam("year", 2026).get("/api/t/luwu-timur/calendar/days-off").then().statusCode(200)
                .body("find { it.date == '2026-11-20' }", nullValue());
        api().queryParam("year", 2031).get("/api/t/luwu-timur/calendar/days-off").then().statusCode(422);
    }

    @Test
    void workingDaysBetweenTwoDates() {
        api().queryParam("from", "2026-03-16").queryParam("to", "2026-04-07")
                .get("/api/t/luwu-timur/calendar/working-days").then().statusCode(200)
                .body("workingDays", equalTo(10));
    }
}
