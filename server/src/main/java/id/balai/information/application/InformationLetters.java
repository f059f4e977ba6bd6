package id.balai.information.application;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.balai.information.domain.InformationRequest;
import id.balai.information.domain.Objection;
import id.balai.information.domain.RequestEvent;
import id.balai.information.domain.WrittenNotice;
import id.balai.letters.application.Letters;
import id.balai.letters.domain.Letter;
import id.balai.letters.domain.LetterKind;
import id.balai.platform.domain.LongDate;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The PPID's official letters: the written notice (with the elements of the Perki 1/2021 form), the extension
 * notice, the objection answer and the LLID's cover letter. Each is numbered at its act ({@link #numberAct}) and
 * rendered by the letters context. The requester is addressed by the registration number: a letter can be passed on,
 * and the requester's name is not the letter's to spread. Everything is in Indonesian; the web says it in English.
 */
@ApplicationScoped
public class InformationLetters {
    static final String PPID = "Pejabat Pengelola Informasi dan Dokumentasi";
    static final String ATASAN_PPID = "Atasan Pejabat Pengelola Informasi dan Dokumentasi";
    private static final String UU_KIP = "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik";

    @Inject
    Letters letters;

    /** Numbers the letter an act of a request produces, in the act's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void numberAct(Tenant tenant, InformationRequest r, String action, String actor, Instant now) {
        switch (action) {
            case "NOTICE_ISSUED" -> letters.number(tenant, LetterKind.WRITTEN_NOTICE, r.id().toString(),
                    r.noticeIssuedOn().orElseThrow(), actor, now);
            case "EXTENDED" -> letters.number(tenant, LetterKind.EXTENSION_NOTICE, r.id().toString(),
                    r.extendedOn().orElseThrow(), actor, now);
            default -> {
            }
        }
    }

    /** Numbers the Atasan PPID's answer to an objection, in the answer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void numberAnswer(Tenant tenant, Objection o, String actor, Instant now) {
        if (o.answeredOn().isPresent()) {
            letters.number(tenant, LetterKind.OBJECTION_ANSWER, o.id().toString(), o.answeredOn().get(), actor, now);
        }
    }

    /** Numbers the LLID's cover letter on its publication. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void numberLlid(Tenant tenant, int year, LocalDate publishedOn, String actor, Instant now) {
        letters.number(tenant, LetterKind.LLID_COVER, Integer.toString(year), publishedOn, actor, now);
    }

    /** The written notice (UU KIP Ps 22(7); Perbup LT Ps 22(4)-(5)). */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] notice(Tenant tenant, InformationRequest r, List<RequestEvent> events,
            List<RequestFiles.FileInfo> released, Instant now) {
        WrittenNotice n = r.notice().orElseThrow();
        return letters.pdf(tenant, LetterKind.WRITTEN_NOTICE, r.id().toString(), r.noticeIssuedOn().orElseThrow(),
                actorOf(events, "NOTICE_ISSUED"), () -> {
                    List<Letter.Block> body = new ArrayList<>();
                    body.add(new Letter.Text("Berdasarkan " + UU_KIP + " Pasal 22 ayat (7) dan Peraturan Bupati "
                            + "tentang Pedoman Pengelolaan dan Pelayanan Informasi dan Dokumentasi Pasal 22 ayat (4) "
                            + "dan (5), bersama ini kami sampaikan pemberitahuan tertulis atas permohonan informasi "
                            + "publik Saudara sebagai berikut:"));
                    List<Letter.Field> f = new ArrayList<>();
                    f.add(new Letter.Field("Nomor pendaftaran", r.registrationNumber()));
                    f.add(new Letter.Field("Tanggal permohonan diterima", LongDate.id(r.receivedOn())));
                    f.add(new Letter.Field("Informasi yang dimohon", r.content().informationWanted()));
                    f.add(new Letter.Field("Penguasaan informasi", Boolean.TRUE.equals(n.held())
                            ? "Informasi dikuasai oleh badan publik ini"
                            : "Informasi tidak dikuasai oleh badan publik ini; informasi dikuasai oleh " + n.heldBy()));
                    if (Boolean.TRUE.equals(n.held())) {
                        f.add(new Letter.Field("Keputusan", capitalised(n.outcomeWords())));
                        if (n.exemptionGround() != null) {
                            f.add(new Letter.Field("Alasan pengecualian", "Pasal 17 " + n.exemptionGround().words()
                                    + " " + UU_KIP + ", dengan pertimbangan: " + n.exemptionReason()));
                        }
                        if (n.gives()) {
                            f.add(new Letter.Field("Informasi yang diberikan", n.informationGiven()));
                            f.add(new Letter.Field("Bentuk informasi", capitalised(n.medium().words())));
                            f.add(new Letter.Field("Format", n.format()));
                            f.add(new Letter.Field("Biaya", rupiah(n.cost())));
                            f.add(new Letter.Field("Cara pembayaran", n.cost().signum() == 0 ? "Tanpa biaya"
                                    : n.paymentMethod()));
                        }
                    }
                    r.extendedOn().ifPresent(d -> f.add(new Letter.Field("Perpanjangan waktu",
                            "Diperpanjang pada " + LongDate.id(d) + " dengan alasan: "
                                    + r.extensionReason().orElse("-"))));
                    body.add(new Letter.Fields(f));
                    if (n.gives() && !n.redactions().isEmpty()) {
                        body.add(new Letter.Text("Bagian informasi yang dihitamkan beserta alasannya:"));
                        body.add(new Letter.Items(n.redactions().stream()
                                .map(x -> x.part() + ": " + x.reason()).toList()));
                    }
                    body.add(new Letter.Text("Apabila Saudara tidak puas atas pemberitahuan ini, Saudara dapat "
                            + "mengajukan keberatan secara tertulis kepada Atasan Pejabat Pengelola Informasi dan "
                            + "Dokumentasi dalam jangka waktu 30 (tiga puluh) hari kerja sejak pemberitahuan ini "
                            + "diterima (" + UU_KIP + " Pasal 35 dan 36)."));
                    body.add(new Letter.Text("Demikian pemberitahuan ini disampaikan untuk dapat dipergunakan "
                            + "sebagaimana mestinya."));
                    return new Letters.Draft("Pemberitahuan Tertulis atas Permohonan Informasi Publik",
                            requester(r), body, released.stream().map(x -> x.fileName()).toList(), List.of(), PPID);
                }, now);
    }

    /** The notice that the answer takes 7 more working days (UU KIP Ps 22(8); Perbup LT Ps 22(6)). */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] extension(Tenant tenant, InformationRequest r, List<RequestEvent> events, Instant now) {
        LocalDate on = r.extendedOn().orElseThrow();
        return letters.pdf(tenant, LetterKind.EXTENSION_NOTICE, r.id().toString(), on, actorOf(events, "EXTENDED"),
                () -> new Letters.Draft("Pemberitahuan Perpanjangan Jangka Waktu Pemberitahuan Tertulis",
                        requester(r), List.of(
                                new Letter.Text("Berdasarkan " + UU_KIP + " Pasal 22 ayat (8) dan Peraturan Bupati "
                                        + "tentang Pedoman Pengelolaan dan Pelayanan Informasi dan Dokumentasi Pasal "
                                        + "22 ayat (6), dengan ini kami beritahukan bahwa jangka waktu pemberitahuan "
                                        + "tertulis atas permohonan informasi publik Saudara diperpanjang paling lama "
                                        + "7 (tujuh) hari kerja."),
                                new Letter.Fields(List.of(
                                        new Letter.Field("Nomor pendaftaran", r.registrationNumber()),
                                        new Letter.Field("Tanggal permohonan diterima", LongDate.id(r.receivedOn())),
                                        new Letter.Field("Informasi yang dimohon", r.content().informationWanted()),
                                        new Letter.Field("Alasan perpanjangan", r.extensionReason().orElse("-")),
                                        new Letter.Field("Batas waktu pemberitahuan tertulis",
                                                LongDate.id(r.noticeDue())))),
                                new Letter.Text("Demikian pemberitahuan ini disampaikan, atas perhatian Saudara kami "
                                        + "ucapkan terima kasih.")),
                        List.of(), List.of(), PPID), now);
    }

    /** The Atasan PPID's written answer to an objection (UU KIP Ps 36; Perbup LT Ps 24-25). */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] objectionAnswer(Tenant tenant, Objection o, String requestNumber, List<RequestEvent> events,
            Instant now) {
        LocalDate on = o.answeredOn().orElseThrow();
        boolean upheld = o.decision().orElseThrow() == Objection.Decision.UPHELD;
        return letters.pdf(tenant, LetterKind.OBJECTION_ANSWER, o.id().toString(), on, actorOf(events, "OBJECTION_ANSWERED"),
                () -> new Letters.Draft("Tanggapan atas Keberatan Nomor Registrasi " + o.registerNumber(),
                        List.of("Pemohon Informasi Publik", "Nomor Pendaftaran " + requestNumber), List.of(
                                new Letter.Text("Menindaklanjuti keberatan Saudara yang kami terima pada tanggal "
                                        + LongDate.id(o.filedOn()) + ", berdasarkan " + UU_KIP + " Pasal 36 dan "
                                        + "Peraturan Bupati tentang Pedoman Pengelolaan dan Pelayanan Informasi dan "
                                        + "Dokumentasi Pasal 24 dan 25, bersama ini kami sampaikan tanggapan atas "
                                        + "keberatan tersebut sebagai berikut:"),
                                new Letter.Fields(List.of(
                                        new Letter.Field("Nomor registrasi keberatan", o.registerNumber()),
                                        new Letter.Field("Nomor pendaftaran permohonan", requestNumber),
                                        new Letter.Field("Alasan keberatan", o.ground().words()),
                                        new Letter.Field("Keputusan", upheld
                                                ? "Keberatan diterima; Pejabat Pengelola Informasi dan Dokumentasi "
                                                        + "wajib melaksanakan tanggapan ini"
                                                : "Keberatan ditolak"),
                                        new Letter.Field("Tanggapan", o.answer().orElse("-")))),
                                new Letter.Text("Apabila Saudara tidak puas atas tanggapan ini, Saudara dapat "
                                        + "mengajukan permohonan penyelesaian sengketa informasi publik kepada "
                                        + "Komisi Informasi dalam jangka waktu 14 (empat belas) hari kerja sejak "
                                        + "tanggapan ini diterima (" + UU_KIP + " Pasal 37)."),
                                new Letter.Text("Demikian tanggapan ini disampaikan untuk dapat dipergunakan "
                                        + "sebagaimana mestinya.")),
                        List.of(), List.of(PPID), ATASAN_PPID), now);
    }

    /** The LLID's cover letter to the Bupati through the Atasan PPID (Perbup LT Ps 18(2)). */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] llidCover(Tenant tenant, InformationReports.Llid l, String publishedBy, Instant now) {
        String regent = "Bupati " + tenant.definition().name().replaceFirst("^Kabupaten ", "");
        return letters.pdf(tenant, LetterKind.LLID_COVER, Integer.toString(l.fiscalYear()), l.publishedOn(),
                publishedBy, () -> new Letters.Draft(
                        "Penyampaian Laporan Layanan Informasi Publik Tahun " + l.fiscalYear(),
                        List.of(regent, "melalui Atasan Pejabat Pengelola Informasi dan Dokumentasi"), List.of(
                                new Letter.Text("Berdasarkan " + UU_KIP + " Pasal 7 ayat (3) dan Peraturan Bupati "
                                        + "tentang Pedoman Pengelolaan dan Pelayanan Informasi dan Dokumentasi Pasal "
                                        + "18 dan 19, bersama ini kami sampaikan Laporan Layanan Informasi Publik "
                                        + "tahun anggaran " + l.fiscalYear() + " (" + LongDate.id(l.from())
                                        + " sampai dengan " + LongDate.id(l.to()) + ") dengan ringkasan sebagai "
                                        + "berikut:"),
                                new Letter.Fields(List.of(
                                        new Letter.Field("Jumlah permohonan informasi",
                                                count(l.requests().total(), "permohonan")),
                                        new Letter.Field("Dikabulkan seluruhnya", count(l.requests().grantedFull(),
                                                "permohonan")),
                                        new Letter.Field("Dikabulkan sebagian", count(l.requests().grantedPart(),
                                                "permohonan")),
                                        new Letter.Field("Ditolak", count(l.requests().refused(), "permohonan")),
                                        new Letter.Field("Informasi tidak dikuasai", count(l.requests().notHeld(),
                                                "permohonan")),
                                        new Letter.Field("Gugur atau masih diproses", count(l.requests().lapsed()
                                                + l.requests().pending(), "permohonan")),
                                        new Letter.Field("Jumlah keberatan", count(l.objections().total(),
                                                "keberatan")),
                                        new Letter.Field("Jumlah sengketa informasi", count(l.disputes().total(),
                                                "sengketa")))),
                                new Letter.Text("Laporan ini juga diumumkan kepada publik melalui laman Pejabat "
                                        + "Pengelola Informasi dan Dokumentasi dan disampaikan kepada Komisi "
                                        + "Informasi."),
                                new Letter.Text("Demikian disampaikan, atas perhatian Bapak/Ibu kami ucapkan terima "
                                        + "kasih.")),
                        List.of("Laporan Layanan Informasi Publik Tahun " + l.fiscalYear()),
                        List.of("Menteri Dalam Negeri", "Komisi Informasi Provinsi " + provinceName(tenant),
                                "Atasan Pejabat Pengelola Informasi dan Dokumentasi"),
                        PPID), now);
    }

    private static List<String> requester(InformationRequest r) {
        return List.of("Pemohon Informasi Publik", "Nomor Pendaftaran " + r.registrationNumber());
    }

    /** Who did the act (the last event of that action), for a letter numbered on its first rendering. */
    static String actorOf(List<RequestEvent> events, String action) {
        String actor = "system";
        for (RequestEvent e : events) {
            if (e.action().equals(action)) {
                actor = e.actor();
            }
        }
        return actor;
    }

    private static String provinceName(Tenant tenant) {
        return tenant.definition().province() == null ? "" : tenant.definition().province().name();
    }

    static String rupiah(BigDecimal amount) {
        if (amount.signum() == 0) {
            return "Rp0 (tanpa biaya)";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.forLanguageTag("id-ID"));
        return "Rp" + f.format(amount);
    }

    private static String count(long n, String what) {
        return n + " " + what;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
