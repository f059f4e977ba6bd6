package id.balai.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.balai.calendar.domain.WorkingCalendar;
import id.balai.reporting.domain.PublicStatistics;
import id.balai.reporting.application.StatisticsFigures.Answered;
import id.balai.support.TenantFiles;

/** Per-agency working days for the public statistics, on Muara Enim's 2026 calendar. */
class StatisticsServiceTest {
    private final WorkingCalendar calendar = TenantFiles.calendars().calendarOf(TenantFiles.tenant("muara-enim"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void mediansAndP90CountWorkingDaysSkipHolidaysAndNeverGoNegative() {
        List<Answered> answered = List.of(
                // Fri 13 Mar to Wed 25 Mar: Nyepi, Idul Fitri and cuti bersama in between leave 3 working days (16, 17, 25).
                new Answered("PUPR", d("2026-03-13"), d("2026-03-25"), d("2026-03-30")),
                // the same day: 0; an answer dated before its dispatch (a clock set wrong) is 0, not -1
                new Answered("PUPR", d("2026-06-02"), d("2026-06-02"), d("2026-06-09")),
                new Answered("PUPR", d("2026-06-03"), d("2026-06-02"), d("2026-06-09")),
                // Mon to the next Mon: 5 working days, after its due date
                new Answered("PUPR", d("2026-06-08"), d("2026-06-15"), d("2026-06-12")),
                new Answered("DINKES", d("2026-06-08"), d("2026-06-09"), null));
        List<PublicStatistics.AgencyTimes> times = StatisticsService.agencyTimes(answered, calendar,
                Map.of("PUPR", "Dinas PUPR"));
        assertThat(times).extracting(PublicStatistics.AgencyTimes::unit).containsExactly("DINKES", "PUPR");
        PublicStatistics.AgencyTimes pupr = times.get(1);
        assertThat(pupr.label()).isEqualTo("Dinas PUPR");
        assertThat(pupr.answered()).isEqualTo(4);
        assertThat(pupr.medianWorkingDays()).isEqualTo(1.5); // 0, 0, 3, 5
        assertThat(pupr.p90WorkingDays()).isEqualTo(4.4);
        assertThat(pupr.answeredByDue()).isEqualTo(0.75);
        assertThat(times.get(0).label()).isEqualTo("DINKES");
        assertThat(times.get(0).answeredByDue()).isEqualTo(0.0);
    }

    @Test
    void percentilesInterpolateAsPostgresPercentileCont() {
        assertThat(StatisticsService.percentile(List.of(), 0.5)).isNull();
        assertThat(StatisticsService.percentile(List.of(3), 0.9)).isEqualTo(3.0);
        assertThat(StatisticsService.percentile(List.of(1, 2, 3, 10), 0.5)).isEqualTo(2.5);
        assertThat(StatisticsService.percentile(List.of(1, 2, 3, 10), 0.9)).isEqualTo(7.9);
    }
}
