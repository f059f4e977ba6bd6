package id.balai.register.interfaces;

import java.util.ArrayList;
import java.util.List;

import id.balai.platform.domain.ReportDocument;
import id.balai.register.domain.RegisterEntry;
import id.balai.tenancy.domain.Tenant;

/**
 * The published register as one table for the regional library (Perbup Pasal 17(2)): the Pasal 17(1) columns, the
 * class, the code, and for exempt entries the ground and decree. Laid out once; the reporting formats write CSV/PDF.
 */
final class RegisterExport {
    static final List<String> COLUMNS = List.of("Nomor / Number", "Judul / Title", "Ringkasan / Summary",
            "Pejabat/unit penguasa / Holding official or unit", "Penanggung jawab / Person responsible",
            "Waktu dan tempat pembuatan / Time and place made", "Bentuk tersedia / Available forms",
            "Jangka waktu penyimpanan / Retention", "Klasifikasi / Class", "PPID", "Kode / Code",
            "Dasar pengecualian dan SK / Exemption ground and decree");

    private RegisterExport() {
    }

    static ReportDocument of(Tenant tenant, List<RegisterEntry> entries, String asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry e : entries) {
            RegisterEntry.Description d = e.description();
            String holder = (d.holdingOfficial() == null ? "" : d.holdingOfficial() + ", ") + d.holdingUnit();
            String made = (d.madeOn() == null ? "" : d.madeOn().toString())
                    + (d.madePlace() == null ? "" : (d.madeOn() == null ? "" : ", ") + d.madePlace());
            String exemption = e.exemption().map(x -> x.ground().citation() + "; SK " + x.decreeNumber()
                    + (x.until() == null ? "" : "; s.d. " + x.until())).orElse("");
            rows.add(List.of(e.number(), d.title(), d.summary(), holder, nz(d.personResponsible()), made,
                    String.join(", ", d.forms().stream().map(Enum::name).sorted().toList()),
                    nz(d.retentionPeriod()), e.infoClass().name(), e.ownerPpid(), e.code().orElse(""), exemption));
        }
        return new ReportDocument("Daftar Informasi Publik / Register of Public Information - "
                + tenant.definition().name(),
                List.of("Per tanggal / As of " + asOf + " (Perbup Pasal 17(2))",
                        "Jumlah informasi / Entries: " + entries.size()),
                List.of(new ReportDocument.Table("Daftar Informasi Publik (DIP)", COLUMNS, rows)));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
