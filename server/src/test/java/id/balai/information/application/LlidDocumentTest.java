package id.balai.information.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.balai.reporting.domain.ReportDocument;

/** The LLID's per-request annex (DOMAIN.md: "time taken per request") in the PDF and the CSV layouts. */
class LlidDocumentTest {

    private static InformationReports.Llid llid(int requests) {
        List<InformationReports.RequestTime> times = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            times.add(new InformationReports.RequestTime(String.format("LT-PPID-2025-%06d", i),
                    LocalDate.parse("2025-03-02"), "WEB", "INDIVIDUAL", "NOTICE_ISSUED", "GRANTED_FULL", null, null,
                    LocalDate.parse("2025-03-09"), 5, false, false));
        }
        return new InformationReports.Llid("Kabupaten Luwu Timur", 2025, LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-12-31"), LocalDate.parse("2026-03-31"), null, false,
                new InformationReports.Sections(null, null, null, null, null, null),
                new InformationReports.RequestFigures(requests, Map.of(), Map.of(), Map.of(), Map.of(), requests, 0, 0,
                        0, 0, 0, 0, 0, Map.of(), 5.0),
                new InformationReports.ObjectionFigures(0, Map.of(), Map.of(), Map.of()),
                new InformationReports.DisputeFigures(0, Map.of(), Map.of(), 0), times);
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
    void theJsonListsTheFirstRequestsAndCountsThemAll() {
        InformationReports.Llid big = llid(600).firstRequests(InformationReports.JSON_REQUEST_ROWS);
        assertThat(big.perRequest()).hasSize(500);
        assertThat(big.perRequest().get(499).registrationNumber()).isEqualTo("LT-PPID-2025-000500");
        assertThat(big.perRequestTotal()).isEqualTo(600);
        assertThat(big.requests().total()).isEqualTo(600);

        InformationReports.Llid small = llid(3);
        assertThat(small.firstRequests(500)).isSameAs(small);
        assertThat(small.perRequestTotal()).isEqualTo(3);
    }
}
