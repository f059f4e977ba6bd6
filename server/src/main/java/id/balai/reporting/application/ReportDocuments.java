package id.balai.reporting.application;

import java.util.ArrayList;
import java.util.List;

import id.balai.platform.domain.ReportDocument;
import id.balai.reporting.domain.CaseRef;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.Journal;
import id.balai.reporting.domain.JournalEntry;
import id.balai.reporting.domain.PeriodicReport;
import id.balai.platform.domain.ReportDocument.Table;

/** Lays the reports out for people: Bahasa Indonesia first, English second, the same in every file format. */
public final class ReportDocuments {
    private static final String NO_UNIT = "Belum diteruskan / Not dispatched yet";

    private ReportDocuments() {
    }

    /** SPIKM Pasal 7h: the agency's journal, one row per case sent to it. */
    public static ReportDocument journal(String tenantName, Journal j) {
        List<List<Object>> rows = new ArrayList<>();
        for (JournalEntry e : j.entries()) {
            rows.add(List.of(e.trackingNumber(), e.receivedOn().toString(), text(e.category()), e.title(),
                    e.dispatchStatus(), e.dispatchedOn().toString(), e.dueOn().toString(),
                    e.answeredOn() == null ? "" : e.answeredOn().toString(), e.overdue() ? "ya / yes" : "tidak / no"));
        }
        return new ReportDocument("Jurnal Informasi SPIKM / SPIKM Agency Journal: " + j.unitName() + " (" + j.unit()
                + ")", List.of(tenantName, period(j.period().from(), j.period().to()), "Jumlah kasus / Cases: "
                        + j.total()),
                List.of(new Table("Jurnal / Journal", List.of("Nomor laporan / Tracking number",
                        "Tanggal diterima / Received on", "Kategori / Category", "Judul / Title",
                        "Status di unit / Status at the unit", "Tanggal diteruskan / Dispatched on",
                        "Batas tindak lanjut / Follow-up due", "Tanggal dijawab / Answered on",
                        "Terlambat / Overdue"), rows)));
    }

    /** SPIKM Pasal 3(2): the day's digest for the regent through the Sekda. */
    public static ReportDocument digest(String tenantName, Digest d) {
        List<List<Object>> perAgency = new ArrayList<>();
        List<List<Object>> cases = new ArrayList<>();
        for (Digest.Agency a : d.agencies()) {
            String unit = a.unit() == null ? NO_UNIT : a.unitName() + " (" + a.unit() + ")";
            perAgency.add(List.of(unit, a.received().size(), a.dispatched().size(), a.answered().size(),
                    a.overdue().size()));
            addCases(cases, unit, "Diterima / Received", a.received());
            addCases(cases, unit, "Diteruskan / Dispatched", a.dispatched());
            addCases(cases, unit, "Dijawab / Answered", a.answered());
            addCases(cases, unit, "Terlambat / Overdue", a.overdue());
        }
        return new ReportDocument("Rekap Harian SPIKM / SPIKM Daily Digest: " + tenantName,
                List.of("Tanggal / Date: " + d.date(), "Diterima / Received: " + d.received()
                        + "; Diteruskan / Dispatched: " + d.dispatched() + "; Dijawab / Answered: " + d.answered()
                        + "; Terlambat / Overdue: " + d.overdue()),
                List.of(new Table("Per perangkat daerah / Per agency", List.of("Unit", "Diterima / Received",
                        "Diteruskan / Dispatched", "Dijawab / Answered", "Terlambat / Overdue"), perAgency),
                        new Table("Daftar kasus / Cases", List.of("Unit", "Bagian / Section",
                                "Nomor laporan / Tracking number", "Judul / Title"), cases)));
    }

    private static void addCases(List<List<Object>> rows, String unit, String section, List<CaseRef> refs) {
        refs.forEach(r -> rows.add(List.of(unit, section, r.trackingNumber(), r.title())));
    }

    /** SPIKM Pasal 5e, 7n: the periodic report, one table per dimension. */
    public static ReportDocument periodic(String tenantName, PeriodicReport p) {
        return new ReportDocument("Laporan Berkala SPIKM / SPIKM Periodic Report: " + tenantName,
                List.of(period(p.period().from(), p.period().to()), "Diterima / Received: " + p.received()
                        + "; Dijawab ke pelapor / Responded: " + p.responded(),
                        "Waktu sampai jawaban (jam) / Hours to answer: median " + hours(p.medianHoursToAnswer())
                                + "; p90 " + hours(p.p90HoursToAnswer()) + "; p95 " + hours(p.p95HoursToAnswer())),
                List.of(counts("Menurut jenis / By type", p.byType()),
                        counts("Menurut kanal / By channel", p.byChannel()),
                        counts("Menurut kategori / By category", p.byCategory()),
                        counts("Menurut perangkat daerah / By agency", p.byAgency()),
                        counts("Menurut status / By status", p.byStatus())));
    }

    /** The periodic report as one table, for CSV: a row per count, then the hours to answer. */
    public static Table periodicFlat(PeriodicReport p) {
        List<List<Object>> rows = new ArrayList<>();
        addCounts(rows, "type", p.byType());
        addCounts(rows, "channel", p.byChannel());
        addCounts(rows, "category", p.byCategory());
        addCounts(rows, "agency", p.byAgency());
        addCounts(rows, "status", p.byStatus());
        rows.add(List.of("total", "received", "Diterima / Received", p.received()));
        rows.add(List.of("total", "responded", "Dijawab ke pelapor / Responded", p.responded()));
        rows.add(List.of("hours_to_answer", "median", "Median (jam / hours)", hours(p.medianHoursToAnswer())));
        rows.add(List.of("hours_to_answer", "p90", "Persentil 90 (jam / hours)", hours(p.p90HoursToAnswer())));
        rows.add(List.of("hours_to_answer", "p95", "Persentil 95 (jam / hours)", hours(p.p95HoursToAnswer())));
        return new Table("Laporan berkala / Periodic report", List.of("Dimensi / Dimension", "Kode / Code",
                "Nama / Name", "Nilai / Value"), rows);
    }

    private static void addCounts(List<List<Object>> rows, String dimension, List<PeriodicReport.Count> counts) {
        counts.forEach(c -> rows.add(List.of(dimension, c.key(), c.label(), c.count())));
    }

    private static Table counts(String heading, List<PeriodicReport.Count> counts) {
        return new Table(heading, List.of("Kode / Code", "Nama / Name", "Jumlah / Count"),
                counts.stream().map(c -> List.<Object>of(c.key(), c.label(), c.count())).toList());
    }

    private static String period(java.time.LocalDate from, java.time.LocalDate to) {
        return "Periode / Period: " + from + " s.d. / to " + to;
    }

    private static Object hours(Double h) {
        return h == null ? "-" : h;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
