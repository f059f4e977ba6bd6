package id.balai.information.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.balai.calendar.domain.WorkingCalendar;
import id.balai.information.application.InformationReportFigures.NoticeSpan;
import id.balai.platform.domain.ReportDocument;
import id.balai.support.TenantFiles;

/**
 * The LLID's per-request annex (Perbup LT Pasal 18(3): the time taken per request) in the PDF and the CSV layouts,
 * and the mean time taken from the counts of notices per pair of dates.
 */
class LlidDocumentTest {

    private static InformationReports.Llid llid(int requests) {
        List<InformationReports.RequestTime> times = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            times.add(new InformationReports.RequestTime(String.format("LT-PPID-2025-%06d", i),
                    java.time.Instant.parse("2025-03-02T01:00:00Z"), LocalDate.parse("2025-03-02"),
                    LocalDate.parse("2025-03-03"), "WEB", "INDIVIDUAL", "NOTICE_ISSUED", "GRANTED_FULL", null, null,
                    LocalDate.parse("2025-03-09"), 5, false, false));
        }
        return new InformationReports.Llid("Kabupaten Luwu Timur", 2025, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), LocalDate.parse("2026-03-31"), null, false,
                new InformationReports.Sections(null, null, null, null, null, null),
                new InformationReports.RequestFigures(requests, Map.of(), Map.of(), Map.of(), Map.of(), requests, 0, 0,
                        0, 0, 0, 0, 0, Map.of(), 5.0, Map.of("GRANTED_FULL", new InformationReports.TimeFigures(
                                requests, 5.0, 5)), requests),
                new InformationReports.ObjectionFigures(0, Map.of(), Map.of(), Map.of(), 0),
                new InformationReports.DisputeFigures(0, Map.of(), Map.of(), 0, Map.of()), times, requests, List.of());
    }

    private static int requestRows(ReportDocument d) {
        return d.tables().get(d.tables().size() - 1).rows().size();
    }

    @Test
    void aPdfOfALargeRegencyNamesTheCsvInsteadOfListingEveryRequest() {
        ReportDocument pdf = InformationReports.document(llid(3), 2);
        assertThat(requestRows(pdf)).isZero();
        assertThat(pdf.lines()).anyMatch(line -> line.contains("3 permohonan") && line.contains("CSV"));

        ReportDocument csv = InformationReports.document(llid(3));
        assertThat(requestRows(csv)).isEqualTo(3);
    }

    @Test
    void aPdfWithinTheLimitListsEveryRequest() {
        assertThat(requestRows(InformationReports.document(llid(2), 2))).isEqualTo(2);
    }

    @Test
    void aPdfOfTheFirstRequestsOfALargerYearListsNoneAndNamesTheCsvWithTheTotal() {
        InformationReports.Llid l = llid(2);
        InformationReports.Llid firstTwoOfFive = new InformationReports.Llid(l.tenant(), l.fiscalYear(), l.from(),
                l.to(), l.dueOn(), l.publishedOn(), l.late(), l.sections(), l.requests(), l.objections(),
                l.disputes(), l.perRequest(), 5, l.deliveries());

        ReportDocument pdf = InformationReports.document(firstTwoOfFive, 2);
        assertThat(requestRows(pdf)).isZero();
        assertThat(pdf.lines()).anyMatch(line -> line.contains("5 permohonan") && line.contains("CSV"));
    }

    @Test
    void aPpidPembantuReportPdfHasTheSameLimit() {
        InformationReports.Llid l = llid(3);
        InformationReports.UnitReport unit = new InformationReports.UnitReport("DISKOMINFO", l.from(), l.to(),
                l.requests(), l.perRequest(), 3);

        ReportDocument pdf = InformationReports.document("Kabupaten Luwu Timur", unit, 2);
        assertThat(requestRows(pdf)).isZero();
        assertThat(pdf.lines()).anyMatch(line -> line.contains("3 permohonan") && line.contains("CSV"));
        assertThat(requestRows(InformationReports.document("Kabupaten Luwu Timur", unit))).isEqualTo(3);
    }

    @Test
    void theAverageWorkingDaysWeighsEachPairOfDatesByItsNotices() {
        WorkingCalendar cal = TenantFiles.calendars().calendarOf(TenantFiles.tenant("luwu-timur"));
        // Mon 2 Nov 2026 -> Mon 9 Nov: 5 working days (3 notices); Mon 2 Nov -> Wed 4 Nov: 2 working days (1 notice).
        List<NoticeSpan> spans = List.of(new NoticeSpan("GRANTED_FULL", LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), 3),
                new NoticeSpan("GRANTED_FULL", LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-04"), 1));

        assertThat(InformationReports.averageWorkingDays(cal, spans)).isEqualTo((5 * 3 + 2) / 4.0);
        assertThat(InformationReports.averageWorkingDays(cal, List.of())).isNull();
        // A year without holiday data is left out rather than guessed.
        assertThat(InformationReports.averageWorkingDays(cal, List.of(spans.get(1),
                new NoticeSpan("GRANTED_FULL", LocalDate.parse("2031-01-02"), LocalDate.parse("2031-01-09"), 7)))).isEqualTo(2.0);
    }

    @Test
    void aNoticeGivenBeforeItsClockStartedTookNoWorkingDaysNotMinusOne() {
        WorkingCalendar cal = TenantFiles.calendars().calendarOf(TenantFiles.tenant("luwu-timur"));
        // Received Saturday 5 Dec 2026 at night, counted from Monday 7 Dec; the notice was given at once, on Saturday.
        List<NoticeSpan> spans = List.of(new NoticeSpan("GRANTED_FULL", LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-05"), 1));

        assertThat(InformationReports.averageWorkingDays(cal, spans)).isEqualTo(0.0);
    }

    /**
     * Pasal 18(3)c.2: the time per classification of request (the notice's outcome), weighed by notices; the LLID
     * shows it, and every code of a request in words.
     */
    @Test
    void theTimeToMeetARequestIsGivenForEachClassificationInWords() {
        WorkingCalendar cal = TenantFiles.calendars().calendarOf(TenantFiles.tenant("luwu-timur"));
        List<NoticeSpan> spans = List.of(
                new NoticeSpan("GRANTED_FULL", LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), 3),
                new NoticeSpan("GRANTED_FULL", LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-04"), 1),
                new NoticeSpan("REFUSED", LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-16"), 2));
        Map<String, InformationReports.TimeFigures> t = InformationReports.timeByOutcome(cal, spans);
        assertThat(t.get("GRANTED_FULL")).isEqualTo(new InformationReports.TimeFigures(4, (5 * 3 + 2) / 4.0, 5));
        assertThat(t.get("REFUSED")).isEqualTo(new InformationReports.TimeFigures(2, 10.0, 10));
        // The classifications' notices add up to every notice counted in the mean.
        assertThat(t.values().stream().mapToLong(InformationReports.TimeFigures::notices).sum()).isEqualTo(6);

        String text = InformationReports.document(llid(2)).tables().stream().flatMap(x -> x.rows().stream())
                .map(Object::toString).reduce("", String::concat);
        assertThat(text).contains("Waktu pemenuhan / Time to meet: dikabulkan seluruhnya / granted in full",
                "Informasi publik yang diberikan (berkas)", "pemberitahuan tertulis diberikan / notice issued")
                .doesNotContain("GRANTED_FULL").doesNotContain("NOTICE_ISSUED");
    }
}
