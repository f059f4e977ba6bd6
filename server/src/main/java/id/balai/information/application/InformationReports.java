package id.balai.information.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.calendar.application.CalendarService;
import id.balai.calendar.domain.CalendarYearUnavailableException;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.information.application.InformationReportFigures.LlidText;
import id.balai.information.application.InformationReportFigures.NoticeSpan;
import id.balai.information.application.InformationReportFigures.RequestCounts;
import id.balai.information.application.InformationReportFigures.RequestLine;
import id.balai.information.domain.InformationErrors;
import id.balai.information.domain.LlidDelivery;
import id.balai.information.domain.UnitReportSubmission;
import id.balai.platform.application.Now;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.LongDate;
import id.balai.platform.domain.MultiLine;
import id.balai.platform.domain.ReportDocument;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The annual information-service report, LLID (Perbup Luwu Timur Pasal 18-19), written from the records with its
 * editable text sections, due 3 months after the fiscal year (tenant parameter {@code llid}) and flagged when late;
 * and the PPID Pembantu's report to the regent through the PPID Utama (Pasal 28) for one unit and period.
 */
@ApplicationScoped
public class InformationReports {

    @Inject
    TenantTransactions scope;

    @Inject
    InformationReportFigures queries;

    @Inject
    CalendarService calendars;

    @Inject
    AuditLog audit;

    @Inject
    InformationLetters letters;

    /**
     * One request's handling time (Pasal 18(3)c: time taken per request): received at {@code receivedAt} (on
     * {@code receivedOn}), counted from {@code countingStartsOn}; {@code workingDays} is never negative.
     */
    public record RequestTime(String registrationNumber, java.time.Instant receivedAt, LocalDate receivedOn,
            LocalDate countingStartsOn, String channel, String requesterType, String status, String outcome,
            String exemptionGround, String orgUnit, LocalDate noticeIssuedOn, Integer workingDays, boolean extended,
            boolean late) {
    }

    /**
     * The request figures (Pasal 18(3)b-e). The outcomes (granted in full, granted in part, refused, not held, lapsed,
     * pending) are disjoint and add up to {@code total}; {@code exemptionGrounds} counts the grounds of the refusals
     * and of the partial grants, apart from the outcomes.
     */
    public record RequestFigures(long total, Map<String, Long> byChannel, Map<String, Long> byRequesterType,
            Map<String, Long> byStatus, Map<String, Long> byOutcome, long grantedFull, long grantedPart, long refused,
            long notHeld, long lapsed, long pending, long extended, long late, Map<String, Long> exemptionGrounds,
            Double averageWorkingDays, Map<String, TimeFigures> timeByOutcome, long releasedDocuments) {

        /** The outcomes added up: equal to {@link #total()}. */
        public long outcomesTotal() {
            return grantedFull + grantedPart + refused + notHeld + lapsed + pending;
        }
    }

    /**
     * Pasal 18(3)c.2: the time taken to meet the requests of one classification (the outcome of the notice: granted in
     * full, in part, refused, not held): how many notices, their mean and their longest working days.
     */
    public record TimeFigures(long notices, Double averageWorkingDays, Integer longestWorkingDays) {
    }

    /**
     * Pasal 18(3)d.1-d.2: the objections, their answers, and how the answers that upheld an objection were carried out
     * ({@code upheldCarriedOut} of the upheld answers).
     */
    public record ObjectionFigures(long total, Map<String, Long> byGround, Map<String, Long> byStatus,
            Map<String, Long> byDecision, long upheldCarriedOut) {
    }

    /**
     * Pasal 18(3)d.3-d.4: the disputes, their stages and outcomes, the court cases, and how the decisions were carried
     * out ({@code byCompliance}: COMPLIED, NOT_COMPLIED, or NOT_RECORDED while none is recorded).
     */
    public record DisputeFigures(long total, Map<String, Long> byStage, Map<String, Long> byOutcome, long courtCases,
            Map<String, Long> byCompliance) {
    }

    public record Sections(@MultiLine String policy, @MultiLine String facilities, @MultiLine String staff, @MultiLine String budget, @MultiLine String obstacles,
            @MultiLine String recommendations) {
    }

    /**
     * Requests listed one by one in the JSON of a report at most (the page shows them; the CSV lists every one):
     * 100 000 rows made a 20 MB answer that took seconds to write and a page no browser could show.
     */
    public static final int JSON_REQUEST_ROWS = 500;

    /** Every request of the period listed (the CSV). */
    public static final int ALL_REQUESTS = Integer.MAX_VALUE;

    /**
     * @param perRequest the first requests of the period in the order of receipt, as many as asked for
     * @param perRequestTotal how many requests the period had (the figures count them all)
     */
    public record Llid(String tenant, int fiscalYear, LocalDate from, LocalDate to, LocalDate dueOn,
            LocalDate publishedOn, boolean late, Sections sections, RequestFigures requests,
            ObjectionFigures objections, DisputeFigures disputes, List<RequestTime> perRequest, long perRequestTotal,
            List<LlidDelivery> deliveries) {
    }

    /** The PPID Pembantu report of one unit (Pasal 28); {@code perRequest} as in {@link Llid}. */
    public record UnitReport(String unit, LocalDate from, LocalDate to, RequestFigures requests,
            List<RequestTime> perRequest, long perRequestTotal) {
    }

    /**
     * The LLID of a fiscal year. The figures come from aggregate queries over every request of the year; only the
     * first {@code listed} requests are read one by one (a regency with 100 000 requests a year: docs/benchmarks.md).
     */
    @Transactional
    public Llid llid(Tenant tenant, int year, int listed) {
        checkYear(year);
        return scope.call(tenant.id(), () -> {
            RegulationParameters p = tenant.definition().parameters();
            LocalDate from = LocalDate.of(year, p.fiscalYear().startMonth(), 1);
            LocalDate to = from.plusYears(1).minusDays(1);
            LocalDate due = to.plusMonths(p.llid().dueMonthsAfterFiscalYear());
            due = due.withDayOfMonth(due.lengthOfMonth());
            LlidText text = queries.llidText(tenant.id(), year).orElse(new LlidText(null, null, null, null, null,
                    null, null));
            LocalDate today = LocalDate.ofInstant(Now.instant(), tenant.zone());
            boolean late = text.publishedOn() != null ? text.publishedOn().isAfter(due) : today.isAfter(due);
            RequestFigures figures = figures(tenant, from, to, null);
            List<RequestTime> times = times(tenant, queries.requestLines(tenant.id(), from, to, null, listed));
            return new Llid(tenant.definition().name(), year, from, to, due, text.publishedOn(), late,
                    new Sections(text.policy(), text.facilities(), text.staff(), text.budget(), text.obstacles(),
                            text.recommendations()),
                    figures,
                    new ObjectionFigures(sum(queries.countObjections(tenant.id(), from, to, "status")),
                            queries.countObjections(tenant.id(), from, to, "ground"),
                            queries.countObjections(tenant.id(), from, to, "status"),
                            queries.countObjections(tenant.id(), from, to, "decision"),
                            queries.upheldCarriedOut(tenant.id(), from, to)),
                    disputes(tenant, from, to), times, figures.total(), queries.llidDeliveries(tenant.id(), year));
        });
    }

    /** The fiscal years whose LLID the PPID has published, for the portal (Perbup Pasal 19). */
    @Transactional
    public List<Integer> publishedLlidYears(Tenant tenant) {
        return scope.call(tenant.id(), () -> queries.publishedLlidYears(tenant.id()));
    }

    /**
     * A published LLID for the public (Perbup Pasal 19), with its figures and text but no request listed one by one;
     * empty while the year's LLID is not published.
     */
    @Transactional
    public Optional<ReportDocument> publishedLlid(Tenant tenant, int year) {
        checkYear(year);
        boolean published = scope.call(tenant.id(),
                () -> queries.llidText(tenant.id(), year).map(t -> t.publishedOn() != null).orElse(false));
        return published ? Optional.of(document(llid(tenant, year, 0), 0)) : Optional.empty();
    }

    /** Saves the LLID's text sections (policy, facilities, staff, budget, obstacles, recommendations). */
    @Transactional
    public Llid saveSections(Tenant tenant, int year, Sections s, Actor actor) {
        checkYear(year);
        scope.run(tenant.id(), () -> {
            LocalDate published = queries.llidText(tenant.id(), year).map(LlidText::publishedOn).orElse(null);
            queries.saveLlidText(tenant.id(), year, new LlidText(s.policy(), s.facilities(), s.staff(), s.budget(),
                    s.obstacles(), s.recommendations(), published));
            audit.record(tenant.id(), actor, "LLID_SECTIONS_SAVED", "information_llid", Integer.toString(year),
                    Map.of());
        });
        return llid(tenant, year, JSON_REQUEST_ROWS);
    }

    /** Records the LLID's publication today (Pasal 18(1)); its lateness is judged against the due date. */
    @Transactional
    public Llid publish(Tenant tenant, int year, Actor actor) {
        checkYear(year);
        scope.run(tenant.id(), () -> {
            LlidText t = queries.llidText(tenant.id(), year).orElse(new LlidText(null, null, null, null, null, null,
                    null));
            if (t.publishedOn() != null) {
                throw InformationErrors.conflict("LLID_ALREADY_PUBLISHED", "LLID tahun ini sudah diterbitkan.",
                        "This year's LLID is already published.");
            }
            LocalDate today = LocalDate.ofInstant(Now.instant(), tenant.zone());
            LocalDate yearEnds = LocalDate.of(year, tenant.definition().parameters().fiscalYear().startMonth(), 1)
                    .plusYears(1).minusDays(1);
            if (!today.isAfter(yearEnds)) {
                throw InformationErrors.conflict("FISCAL_YEAR_NOT_OVER", "Tahun anggaran belum berakhir.",
                        "The fiscal year is not over yet.");
            }
            queries.saveLlidText(tenant.id(), year, new LlidText(t.policy(), t.facilities(), t.staff(), t.budget(),
                    t.obstacles(), t.recommendations(), today));
            letters.numberLlid(tenant, year, today, actor.id(), Now.instant());
            audit.record(tenant.id(), actor, "LLID_PUBLISHED", "information_llid", Integer.toString(year), Map.of());
        });
        return llid(tenant, year, JSON_REQUEST_ROWS);
    }

    /**
     * Records the LLID's delivery to one recipient (Perbup Pasal 18(2), 19(2)-(3)), audited; the LLID must be
     * published, the date between its publication and today, each recipient once.
     */
    @Transactional
    public Llid recordDelivery(Tenant tenant, int year, LlidDelivery.Recipient to, LocalDate on, LlidDelivery.Via via,
            String reference, Actor actor) {
        checkYear(year);
        scope.run(tenant.id(), () -> {
            LocalDate published = queries.llidText(tenant.id(), year).map(LlidText::publishedOn).orElse(null);
            LocalDate today = LocalDate.ofInstant(Now.instant(), tenant.zone());
            LlidDelivery d = LlidDelivery.record(year, published, queries.llidDeliveries(tenant.id(), year), to, on,
                    via, reference, actor.id(), today);
            queries.insertLlidDelivery(tenant.id(), d, Now.instant());
            audit.record(tenant.id(), actor, "LLID_DELIVERED", "information_llid", Integer.toString(year),
                    Map.of("recipient", to.name(), "deliveredOn", on.toString(), "via", via.name()));
        });
        return llid(tenant, year, JSON_REQUEST_ROWS);
    }

    /**
     * The LLID's cover letter to the Bupati through the Atasan PPID (Perbup Pasal 18(2)), signed by whoever published
     * it; a 409 while the year's LLID is not published.
     */
    @Transactional
    public byte[] llidCoverLetter(Tenant tenant, int year) {
        Llid l = llid(tenant, year, 0);
        if (l.publishedOn() == null) {
            throw InformationErrors.conflict("LLID_NOT_PUBLISHED", "LLID tahun ini belum diterbitkan.",
                    "This year's LLID is not published yet.");
        }
        return scope.call(tenant.id(), () -> letters.llidCover(tenant, l, "system", Now.instant()));
    }

    /**
     * A PPID Pembantu submits its report for an ended period to the PPID Utama (Perbup Pasal 28), with the report's
     * counts as they are now; audited.
     */
    @Transactional
    public UnitReportSubmission submitUnitReport(Tenant tenant, String unit, LocalDate from, LocalDate to,
            Actor actor) {
        UnitReport u = unitReport(tenant, unit, from, to, 0);
        return scope.call(tenant.id(), () -> {
            RequestFigures f = u.requests();
            UnitReportSubmission s = UnitReportSubmission.submit(unit, from, to,
                    new UnitReportSubmission.Counts(f.total(), f.grantedFull(), f.grantedPart(), f.refused(),
                            f.notHeld()), LocalDate.ofInstant(Now.instant(), tenant.zone()), actor.id());
            queries.insertSubmission(tenant.id(), s);
            audit.record(tenant.id(), actor, "UNIT_REPORT_SUBMITTED", "information_unit_report", s.id().toString(),
                    Map.of("unit", unit, "from", from.toString(), "to", to.toString()));
            return s;
        });
    }

    /** The PPID Utama forwards ({@code FORWARDED}) or the Sekda receives ({@code RECEIVED}) a submitted report. */
    @Transactional
    public UnitReportSubmission moveUnitReport(Tenant tenant, UUID id, String step, Actor actor) {
        return scope.call(tenant.id(), () -> {
            UnitReportSubmission s = queries.submissions(tenant.id(), null).stream().filter(x -> x.id().equals(id))
                    .findFirst().orElseThrow(() -> InformationErrors.notFound("submission"));
            LocalDate today = LocalDate.ofInstant(Now.instant(), tenant.zone());
            UnitReportSubmission moved = step.equals("FORWARDED") ? s.forward(today, actor.id())
                    : s.receive(today, actor.id());
            queries.saveSubmission(tenant.id(), moved);
            audit.record(tenant.id(), actor, "UNIT_REPORT_" + step, "information_unit_report", id.toString(),
                    Map.of("unit", s.unit()));
            return moved;
        });
    }

    /** The submissions: every unit's for the PPID Utama, the Sekda and the Bupati; one's own for a PPID Pembantu. */
    @Transactional
    public List<UnitReportSubmission> unitReportSubmissions(Tenant tenant, String unit) {
        return scope.call(tenant.id(), () -> queries.submissions(tenant.id(), unit));
    }

    /** A unit's report; the first {@code listed} requests are read one by one, as in {@link #llid}. */
    @Transactional
    public UnitReport unitReport(Tenant tenant, String unit, LocalDate from, LocalDate to, int listed) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw InformationErrors.invalid("INVALID_PERIOD", "Periode tidak sah (paling lama 366 hari).",
                    "Invalid period (at most 366 days).", "to");
        }
        return scope.call(tenant.id(), () -> {
            RequestFigures figures = figures(tenant, from, to, unit);
            List<RequestTime> times = times(tenant, queries.requestLines(tenant.id(), from, to, unit, listed));
            return new UnitReport(unit, from, to, figures, times, figures.total());
        });
    }

    private RequestFigures figures(Tenant tenant, LocalDate from, LocalDate to, String unit) {
        RequestCounts c = queries.requestCounts(tenant.id(), from, to, unit, LocalDate.ofInstant(Now.instant(), tenant.zone()));
        Map<String, Long> byStatus = c.by("status");
        Map<String, Long> byOutcome = c.by("outcome");
        return new RequestFigures(c.total(), c.by("channel"), c.by("requester_type"), byStatus, byOutcome,
                byOutcome.getOrDefault("GRANTED_FULL", 0L), byOutcome.getOrDefault("GRANTED_PART", 0L),
                byOutcome.getOrDefault("REFUSED", 0L), byOutcome.getOrDefault("NOT_HELD", 0L),
                byStatus.getOrDefault("LAPSED", 0L),
                byStatus.getOrDefault("REGISTERED", 0L) + byStatus.getOrDefault("ROUTED", 0L)
                        + byStatus.getOrDefault("AWAITING_CONFIRMATION", 0L),
                c.extended(), c.late(), c.by("exemption"),
                averageWorkingDays(calendars.calendarOf(tenant), c.noticeSpans()),
                timeByOutcome(calendars.calendarOf(tenant), c.noticeSpans()),
                queries.releasedDocuments(tenant.id(), from, to, unit));
    }

    /**
     * Pasal 18(3)c: the mean working days from receipt to notice over the notices issued, on the regency's calendar;
     * a notice in a year without holiday data is left out rather than guessed.
     */
    static Double averageWorkingDays(WorkingCalendar cal, List<NoticeSpan> spans) {
        long days = 0;
        long notices = 0;
        for (NoticeSpan span : spans) {
            try {
                days += (long) cal.workingDaysTaken(span.countingStartsOn(), span.issuedOn()) * span.count();
                notices += span.count();
            } catch (CalendarYearUnavailableException e) {
                // not counted, as in the per-request list
            }
        }
        return notices == 0 ? null : (double) days / notices;
    }

    /** Pasal 18(3)c.2: per outcome, the notices' mean and longest working days, as {@link #averageWorkingDays}. */
    static Map<String, TimeFigures> timeByOutcome(WorkingCalendar cal, List<NoticeSpan> spans) {
        Map<String, long[]> acc = new TreeMap<>();
        for (NoticeSpan span : spans) {
            try {
                int taken = cal.workingDaysTaken(span.countingStartsOn(), span.issuedOn());
                long[] a = acc.computeIfAbsent(span.outcome(), k -> new long[] {0, 0, 0});
                a[0] += span.count();
                a[1] += (long) taken * span.count();
                a[2] = Math.max(a[2], taken);
            } catch (CalendarYearUnavailableException e) {
                // not counted, as in the per-request list
            }
        }
        Map<String, TimeFigures> out = new LinkedHashMap<>();
        acc.forEach((outcome, a) -> out.put(outcome, new TimeFigures(a[0], (double) a[1] / a[0], (int) a[2])));
        return out;
    }

    private DisputeFigures disputes(Tenant tenant, LocalDate from, LocalDate to) {
        Map<String, Long> byStage = queries.countDisputes(tenant.id(), from, to, "stage");
        Map<String, Long> compliance = new LinkedHashMap<>();
        queries.countDisputes(tenant.id(), from, to, "details->>'complied'").forEach((k, v) -> compliance.merge(
                k.equals("true") ? "COMPLIED" : k.equals("false") ? "NOT_COMPLIED" : "NOT_RECORDED", v, Long::sum));
        return new DisputeFigures(sum(byStage), byStage, queries.countDisputes(tenant.id(), from, to, "outcome"),
                byStage.getOrDefault("COURT_APPEAL", 0L) + byStage.getOrDefault("CASSATION", 0L), compliance);
    }

    private List<RequestTime> times(Tenant tenant, List<RequestLine> lines) {
        java.util.function.Function<RequestLine, RequestTime> timer = timer(tenant);
        List<RequestTime> out = new ArrayList<>(lines.size());
        for (RequestLine l : lines) {
            out.add(timer.apply(l));
        }
        return out;
    }

    /**
     * Every request of the period with its time taken, handed to {@code each} as it is read from the database (the
     * CSVs that list every request are written while they are read: 100 000 lines are never held whole). Runs
     * outside any transaction of the caller's; the read binds the tenant itself.
     */
    public void eachRequestTime(Tenant tenant, LocalDate from, LocalDate to, String unit,
            java.util.function.Consumer<RequestTime> each) {
        java.util.function.Function<RequestLine, RequestTime> timer = timer(tenant);
        queries.eachRequestLine(tenant.id(), from, to, unit, l -> each.accept(timer.apply(l)));
    }

    /** One request's time taken on the regency's calendar, and whether its notice was (or is) late. */
    private java.util.function.Function<RequestLine, RequestTime> timer(Tenant tenant) {
        WorkingCalendar cal = calendars.calendarOf(tenant);
        LocalDate today = LocalDate.ofInstant(Now.instant(), tenant.zone());
        return l -> {
            Integer days = null;
            if (l.noticeIssuedOn() != null) {
                try {
                    days = cal.workingDaysTaken(l.countingStartsOn(), l.noticeIssuedOn());
                } catch (CalendarYearUnavailableException e) {
                    days = null; // a year without holiday data: the time is not stated rather than guessed
                }
            }
            boolean late = l.noticeIssuedOn() != null ? l.noticeIssuedOn().isAfter(l.noticeDue())
                    : ("REGISTERED".equals(l.status()) || "ROUTED".equals(l.status())) && today.isAfter(l.noticeDue());
            return new RequestTime(l.registrationNumber(), l.receivedAt(), l.receivedOn(), l.countingStartsOn(),
                    l.channel(), l.requesterType(), l.status(), l.outcome(), l.exemptionGround(), l.orgUnit(),
                    l.noticeIssuedOn(), days, l.extended(), late);
        };
    }

    /**
     * Requests listed one by one in a PDF at most; beyond it the PDF names the CSV, which lists them all (a regency
     * with 100 000 requests a year made a 2 000-page PDF that did not fit the server's memory: docs/benchmarks.md).
     */
    public static final int PDF_REQUEST_ROWS = 2000;

    /** The LLID laid out for CSV: every request's line. */
    public static ReportDocument document(Llid l) {
        return document(l, ALL_REQUESTS);
    }

    /** The LLID laid out with at most {@code maxRequestRows} per-request lines (PDF). */
    public static ReportDocument document(Llid l, int maxRequestRows) {
        List<String> lines = new ArrayList<>();
        lines.add("Laporan Layanan Informasi Publik (LLID) tahun " + l.fiscalYear() + " (Perbup Pasal 18)");
        lines.add("Periode / Period: " + l.from() + " - " + l.to() + "; batas terbit / due: " + l.dueOn()
                + "; terbit / published: " + (l.publishedOn() == null ? "-" : l.publishedOn())
                + (l.late() ? " (TERLAMBAT / LATE)" : ""));
        RequestFigures r = l.requests();
        lines.add("Permohonan / Requests: " + r.total() + "; Diberikan seluruhnya / Granted in full: " + r.grantedFull()
                + "; Diberikan sebagian / Granted in part: " + r.grantedPart() + "; Ditolak / Refused: " + r.refused()
                + "; Tidak dikuasai / Not held: " + r.notHeld());
        lines.add("Keberatan / Objections: " + l.objections().total() + "; Sengketa / Disputes: "
                + l.disputes().total());
        boolean listed = l.perRequestTotal() <= maxRequestRows;
        if (!listed) {
            lines.add(seeTheCsv(l.perRequestTotal()));
        }
        List<List<Object>> sections = List.of(
                row("Gambaran umum kebijakan / Policy", l.sections().policy()),
                row("Sarana dan prasarana / Facilities", l.sections().facilities()),
                row("Sumber daya manusia / Staff", l.sections().staff()),
                row("Anggaran / Budget", l.sections().budget()),
                row("Kendala / Obstacles", l.sections().obstacles()),
                row("Rekomendasi / Recommendations", l.sections().recommendations()));
        List<List<Object>> summary = new ArrayList<>(summaryRows(l.requests()));
        summary.add(row("Keberatan / Objections", l.objections().total()));
        l.objections().byGround().forEach((k, v) -> summary.add(row("Keberatan alasan / Objection ground: "
                + ReportWords.objectionGround(k), v)));
        l.objections().byStatus().forEach((k, v) -> summary.add(row("Keberatan status / Objection status: "
                + ReportWords.of(k), v)));
        l.objections().byDecision().forEach((k, v) -> summary.add(row("Tanggapan / Answer: " + ReportWords.of(k), v)));
        summary.add(row("Tanggapan yang menerima keberatan dan sudah dilaksanakan / Upheld answers carried out",
                l.objections().upheldCarriedOut()));
        summary.add(row("Sengketa / Disputes", l.disputes().total()));
        l.disputes().byStage().forEach((k, v) -> summary.add(row("Sengketa tahap / Dispute stage: "
                + ReportWords.of(k), v)));
        l.disputes().byOutcome().forEach((k, v) -> summary.add(row("Sengketa hasil / Dispute outcome: "
                + ReportWords.of(k), v)));
        summary.add(row("Perkara pengadilan / Court cases", l.disputes().courtCases()));
        for (LlidDelivery d : l.deliveries()) {
            summary.add(row("Disampaikan kepada / Delivered to: " + d.recipient().words(), LongDate.id(d.deliveredOn())
                    + " (" + d.reference() + ")"));
        }
        l.disputes().byCompliance().forEach((k, v) -> summary.add(row("Pelaksanaan putusan / Decision carried out: "
                + ReportWords.of(k), v)));
        return new ReportDocument("LLID " + l.tenant() + " " + l.fiscalYear(), lines, List.of(
                new ReportDocument.Table("Uraian / Sections", List.of("Bagian / Section", "Isi / Text"), sections),
                new ReportDocument.Table("Ringkasan / Summary", List.of("Butir / Item", "Jumlah / Count"), summary),
                timesTable(listed ? l.perRequest() : List.of())));
    }

    /** The PPID Pembantu report laid out for CSV: every request's line. */
    public static ReportDocument document(String tenantName, UnitReport u) {
        return document(tenantName, u, ALL_REQUESTS);
    }

    /** The PPID Pembantu report with at most {@code maxRequestRows} per-request lines (PDF), as the LLID. */
    public static ReportDocument document(String tenantName, UnitReport u, int maxRequestRows) {
        List<String> lines = new ArrayList<>();
        lines.add("Perbup Pasal 28; periode / period " + u.from() + " - " + u.to());
        boolean listed = u.perRequestTotal() <= maxRequestRows;
        if (!listed) {
            lines.add(seeTheCsv(u.perRequestTotal()));
        }
        return new ReportDocument("Laporan PPID Pembantu " + u.unit() + " - " + tenantName, lines, List.of(
                new ReportDocument.Table("Ringkasan / Summary", List.of("Butir / Item", "Jumlah / Count"),
                        summaryRows(u.requests())),
                timesTable(listed ? u.perRequest() : List.of())));
    }

    /** The summary and the per-request table as one CSV table: section, item, value. */
    public static ReportDocument.Table flat(ReportDocument doc) {
        int width = flatWidth(doc, false);
        return new ReportDocument.Table("LLID", flatColumns(width), flatRows(doc, width));
    }

    /**
     * The flat CSV's width: section, item, value, and the per-request table's further columns when requests are
     * listed ({@code withRequests}: the streamed CSV knows it from the count before the rows come).
     */
    public static int flatWidth(ReportDocument doc, boolean withRequests) {
        int width = doc.tables().stream().flatMap(t -> t.rows().stream()).mapToInt(r -> r.size() + 1).max()
                .orElse(3);
        return Math.max(width, withRequests ? TIMES_COLUMNS.size() + 1 : 3);
    }

    /** The flat CSV's header: section, item, value, c3, c4 ... up to {@code width}. */
    public static List<String> flatColumns(int width) {
        List<String> columns = new ArrayList<>(List.of("section", "item", "value"));
        for (int i = 3; i < width; i++) {
            columns.add("c" + i);
        }
        return columns;
    }

    /** A document's rows in the flat CSV's shape: each table's heading first, padded to {@code width}. */
    public static List<List<Object>> flatRows(ReportDocument doc, int width) {
        List<List<Object>> rows = new ArrayList<>();
        for (ReportDocument.Table t : doc.tables()) {
            for (List<Object> r : t.rows()) {
                rows.add(flatRow(t.heading(), r, width));
            }
        }
        return rows;
    }

    /** One request's line in the flat CSV, as the per-request table has it. */
    public static List<Object> flatRequestRow(RequestTime t, int width) {
        return flatRow(TIMES_HEADING, timesRow(t), width);
    }

    private static List<Object> flatRow(String heading, List<Object> r, int width) {
        List<Object> out = new ArrayList<>(width);
        out.add(heading);
        out.addAll(r);
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    private static List<List<Object>> summaryRows(RequestFigures r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Permohonan / Requests", r.total()));
        r.byChannel().forEach((k, v) -> rows.add(row("Saluran / Channel: " + ReportWords.of(k), v)));
        r.byRequesterType().forEach((k, v) -> rows.add(row("Pemohon / Requester: " + ReportWords.of(k), v)));
        rows.add(row("Diberikan seluruhnya / Granted in full", r.grantedFull()));
        rows.add(row("Diberikan sebagian / Granted in part", r.grantedPart()));
        rows.add(row("Ditolak / Refused", r.refused()));
        rows.add(row("Tidak dikuasai / Not held", r.notHeld()));
        rows.add(row("Gugur (tidak dikonfirmasi) / Lapsed", r.lapsed()));
        rows.add(row("Dalam proses / Pending", r.pending()));
        r.exemptionGrounds().forEach((k, v) -> rows.add(row(
                "Dasar pengecualian (ditolak atau diberikan sebagian) / Exemption ground (refused or granted in part): "
                        + ReportWords.exemption(k), v)));
        rows.add(row("Diperpanjang / Extended", r.extended()));
        rows.add(row("Terlambat / Late", r.late()));
        rows.add(row("Rata-rata hari kerja / Average working days",
                r.averageWorkingDays() == null ? "-" : String.format(java.util.Locale.ROOT, "%.1f",
                        r.averageWorkingDays())));
        // Pasal 18(3)c.2: the time taken per classification of request (its outcome).
        r.timeByOutcome().forEach((k, t) -> rows.add(row("Waktu pemenuhan / Time to meet: " + ReportWords.of(k),
                t.notices() + " pemberitahuan / notices; rata-rata / mean " + String.format(java.util.Locale.ROOT,
                        "%.1f", t.averageWorkingDays()) + "; paling lama / longest " + t.longestWorkingDays()
                        + " hari kerja / working days")));
        rows.add(row("Informasi publik yang diberikan (berkas) / Public information given (files)",
                r.releasedDocuments()));
        return rows;
    }

    /** The line a PDF carries instead of the per-request table when there are too many requests to list. */
    private static String seeTheCsv(long requests) {
        return "Waktu per permohonan (" + requests + " permohonan): lihat unduhan CSV / Time taken per request ("
                + requests + " requests): see the CSV download";
    }

    private static final String TIMES_HEADING = "Waktu per permohonan / Time per request";
    private static final List<String> TIMES_COLUMNS = List.of("Nomor / Number", "Diterima / Received", "Status",
            "Hasil / Outcome", "Alasan / Ground", "Pemberitahuan / Notice", "Hari kerja / Working days",
            "Terlambat / Late");

    private static ReportDocument.Table timesTable(List<RequestTime> times) {
        List<List<Object>> rows = new ArrayList<>();
        for (RequestTime t : times) {
            rows.add(timesRow(t));
        }
        return new ReportDocument.Table(TIMES_HEADING, TIMES_COLUMNS, rows);
    }

    private static List<Object> timesRow(RequestTime t) {
        return List.of(t.registrationNumber(), t.receivedOn().toString(), ReportWords.of(t.status()),
                t.outcome() == null ? "" : ReportWords.of(t.outcome()),
                t.exemptionGround() == null ? "" : ReportWords.exemption(t.exemptionGround()),
                t.noticeIssuedOn() == null ? "" : t.noticeIssuedOn().toString(),
                t.workingDays() == null ? "" : t.workingDays(), t.late() ? "ya/yes" : "");
    }

    private static List<Object> row(String label, Object value) {
        List<Object> r = new ArrayList<>();
        r.add(label);
        r.add(value == null ? "" : value);
        return r;
    }

    private static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void checkYear(int year) {
        if (year < 2000 || year > 2100) {
            throw InformationErrors.invalid("INVALID_YEAR", "Tahun tidak sah.", "Invalid year.", "year");
        }
    }
}
