package id.balai.reporting.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.balai.letters.application.Letters;
import id.balai.letters.domain.Letter;
import id.balai.letters.domain.LetterKind;
import id.balai.platform.domain.LongDate;
import id.balai.reporting.domain.CaseRef;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.Period;
import id.balai.reporting.domain.PeriodicReport;
import id.balai.reporting.domain.ReportErrors;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The SPIKM's reports to the Bupati as signed official letters (issue 18 item 1): the day's digest through the Sekda
 * (Perbup Muara Enim 29/2014 Pasal 3(2)) and the periodic report through the Koordinator Operasional to the Bupati
 * and the Tim Koordinasi's chair (Pasal 5e, 7n). The Koordinator Operasional signs: the first download of a day's or
 * a period's letter numbers, signs and stores it, and it is the same document ever after; others may download it
 * once signed. Only a day or a period that is over is signed, so the figures it carries are final. The letter
 * carries counts and tracking numbers only, never what a reporter typed.
 */
@ApplicationScoped
public class ReportLetters {
    static final String SIGNER_ROLE_TITLE = "Koordinator Operasional SPIKM";

    @Inject
    TenantTransactions scope;

    @Inject
    ReportService reports;

    @Inject
    Letters letters;

    /**
     * The day's digest as a letter.
     *
     * @param mayIssue whether the caller is the Koordinator Operasional, who signs it if nobody has yet
     */
    public byte[] digest(Tenant tenant, LocalDate day, String actor, boolean mayIssue, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, tenant.zone());
        if (!day.isBefore(today)) {
            throw ReportErrors.invalid("DAY_NOT_OVER", "Laporan harian ditandatangani setelah harinya berakhir.",
                    "A day's report is signed once the day is over.", "date");
        }
        String subject = day.toString();
        return issue(tenant, LetterKind.DAILY_DIGEST, subject, actor, mayIssue, today, now,
                () -> digestDraft(tenant, reports.digest(tenant, day)));
    }

    /** The periodic report's letter for a period that is over. */
    public byte[] periodic(Tenant tenant, Period period, String actor, boolean mayIssue, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, tenant.zone());
        if (!period.to().isBefore(today)) {
            throw ReportErrors.invalid("PERIOD_NOT_OVER", "Laporan berkala ditandatangani setelah periodenya "
                    + "berakhir.", "A periodic report is signed once its period is over.", "to");
        }
        String subject = period.from() + ".." + period.to();
        return issue(tenant, LetterKind.PERIODIC_REPORT, subject, actor, mayIssue, today, now,
                () -> periodicDraft(tenant, reports.periodic(tenant, period)));
    }

    private byte[] issue(Tenant tenant, LetterKind kind, String subject, String actor, boolean mayIssue,
            LocalDate today, Instant now, java.util.function.Supplier<Letters.Draft> draft) {
        return scope.call(tenant.id(), () -> {
            Optional<byte[]> issued = letters.issued(tenant, kind, subject);
            if (issued.isPresent()) {
                return issued.get();
            }
            if (!mayIssue) {
                throw ReportErrors.conflict("LETTER_NOT_SIGNED_YET", "Surat ini belum ditandatangani Koordinator "
                        + "Operasional.", "The operations coordinator has not signed this letter yet.");
            }
            letters.number(tenant, kind, subject, today, actor, now);
            return letters.pdf(tenant, kind, subject, today, actor, draft, now);
        });
    }

    static Letters.Draft digestDraft(Tenant tenant, Digest d) {
        TenantDefinition def = tenant.definition();
        List<Letter.Block> body = new ArrayList<>();
        body.add(new Letter.Text("Berdasarkan " + regulation(def) + " Pasal 3 ayat (2), bersama ini kami laporkan "
                + "pengelolaan informasi dan keluhan masyarakat pada tanggal " + LongDate.id(d.date())
                + " sebagai berikut."));
        body.add(new Letter.Fields(List.of(
                new Letter.Field("Laporan diterima", d.received() + " laporan"),
                new Letter.Field("Diteruskan kepada SKPD", d.dispatched() + " laporan"),
                new Letter.Field("Dijawab", d.answered() + " laporan"),
                new Letter.Field("Lewat batas tindak lanjut", d.overdue() + " laporan"))));
        List<String> lines = new ArrayList<>();
        for (Digest.Agency a : d.agencies()) {
            String name = a.unit() == null ? "Belum diteruskan" : a.unitName();
            lines.add(name + ": diterima " + a.received().size() + ", diteruskan " + a.dispatched().size()
                    + ", dijawab " + a.answered().size() + ", lewat batas tindak lanjut " + a.overdue().size()
                    + (a.overdue().isEmpty() ? "" : " (" + String.join(", ", a.overdue().stream()
                            .map(CaseRef::trackingNumber).toList()) + ")"));
        }
        if (lines.isEmpty()) {
            body.add(new Letter.Text("Pada hari tersebut tidak ada laporan yang diterima, diteruskan, dijawab "
                    + "atau lewat batas tindak lanjut."));
        } else {
            body.add(new Letter.Text("Rincian per SKPD:"));
            body.add(new Letter.Items(lines));
        }
        body.add(new Letter.Text("Laporan yang lewat batas tindak lanjut wajib segera ditindaklanjuti oleh SKPD "
                + "yang bersangkutan (Pasal 8). Demikian laporan ini disampaikan untuk menjadi maklum."));
        return new Letters.Draft("Laporan Harian Pengelolaan Informasi dan Keluhan Masyarakat "
                + LongDate.id(d.date()), List.of("Yth. Bupati " + regencyWord(def), "melalui Sekretaris Daerah",
                        "di " + Letters.place(def)), body, List.of(), List.of(), SIGNER_ROLE_TITLE);
    }

    static Letters.Draft periodicDraft(Tenant tenant, PeriodicReport p) {
        TenantDefinition def = tenant.definition();
        List<Letter.Block> body = new ArrayList<>();
        body.add(new Letter.Text("Berdasarkan " + regulation(def) + " Pasal 5 huruf e dan Pasal 7 huruf n, bersama "
                + "ini kami sampaikan laporan berkala pengelolaan informasi dan keluhan masyarakat periode "
                + LongDate.id(p.period().from()) + " sampai dengan " + LongDate.id(p.period().to()) + "."));
        List<Letter.Field> totals = new ArrayList<>();
        totals.add(new Letter.Field("Laporan diterima", p.received() + " laporan"));
        totals.add(new Letter.Field("Sudah dijawab kepada pelapor", p.responded() + " laporan"));
        if (p.medianHoursToAnswer() != null) {
            totals.add(new Letter.Field("Waktu sampai dijawab (median)", hours(p.medianHoursToAnswer())));
            totals.add(new Letter.Field("Waktu sampai dijawab (persentil 90)", hours(p.p90HoursToAnswer())));
        }
        body.add(new Letter.Fields(totals));
        section(body, "Menurut jenis laporan:", p.byType());
        section(body, "Menurut saluran:", p.byChannel());
        section(body, "Menurut kategori:", p.byCategory());
        section(body, "Menurut SKPD tujuan:", p.byAgency());
        section(body, "Menurut status:", p.byStatus());
        body.add(new Letter.Text("Rincian lengkap terdapat dalam lampiran. Demikian laporan ini disampaikan untuk "
                + "menjadi bahan pembinaan dan tindak lanjut."));
        return new Letters.Draft("Laporan Berkala Pengelolaan Informasi dan Keluhan Masyarakat",
                List.of("Yth. Bupati " + regencyWord(def), "Yth. Ketua Tim Koordinasi SPIKM", "di "
                        + Letters.place(def)), body,
                List.of("Laporan berkala SPIKM periode " + LongDate.id(p.period().from()) + " sampai dengan "
                        + LongDate.id(p.period().to()) + " (unduhan PDF, CSV atau XLSX di Balai)"),
                List.of("Sekretaris Daerah"), SIGNER_ROLE_TITLE);
    }

    private static void section(List<Letter.Block> body, String heading, List<PeriodicReport.Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        body.add(new Letter.Text(heading));
        body.add(new Letter.Items(counts.stream().map(c -> indonesian(c.label()) + ": " + c.count()).toList()));
    }

    /** A bilingual label ("Tanpa kategori / No category") in Indonesian only: the letter is never mixed. */
    static String indonesian(String label) {
        int slash = label.indexOf(" / ");
        return slash < 0 ? label : label.substring(0, slash);
    }

    private static String hours(Double h) {
        return h == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f", h).replace('.', ',') + " jam";
    }

    static final String DEFAULT_REGULATION = "Peraturan Bupati Muara Enim Nomor 29 Tahun 2014 tentang Sistem "
            + "Pengelolaan Informasi dan Keluhan Masyarakat";

    private static String regulation(TenantDefinition d) {
        return d.letters().spikmRegulation() != null ? d.letters().spikmRegulation() : DEFAULT_REGULATION;
    }

    /** "Muara Enim" of "Kabupaten Muara Enim": the regency as the Perbup's title names it. */
    private static String regencyWord(TenantDefinition d) {
        return d.name().replaceFirst("^(Kabupaten|Kota)\\s+", "");
    }
}
