package id.balai.complaints.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import id.balai.platform.domain.LongDate;
import id.balai.platform.domain.TenantId;
import id.balai.tenancy.domain.geography.Area;

/**
 * A report from a citizen and its handling (SPIKM Pasal 5b-c, 7c-h). State changes are methods named by intent; each
 * checks the state it starts from and records its event, so that the history is the list of what happened.
 */
public final class Complaint {
    public static final int MAX_RATING = 5;

    private final UUID id;
    private final TenantId tenant;
    private final String trackingNumber;
    private ReportType type;
    private final Channel channel;
    private final String title;
    private final String description;
    private String category;
    private String workingTitle;
    private List<String> tags = List.of();
    private Priority priority = Priority.NORMAL;
    private final String locationText;
    private final Double latitude;
    private final Double longitude;
    private final Area area;
    private final boolean anonymous;
    private final boolean confidential;
    private final boolean publicDeclined;
    private final UUID reporter;
    private final Instant receivedAt;
    private final LocalDate receivedOn;
    private final LocalDate countingStartsOn;
    private final LocalDate verifyDue;

    private ComplaintStatus status;
    private String finalAnswer;
    private Instant respondedAt;
    private LocalDate autoCloseDue;
    private Instant closedAt;
    private LocalDate reopenUntil;
    private Integer rating;
    private UUID mergedInto;
    private RejectionReason rejection;
    private Instant escalatedAt;
    private final int version;
    private final List<Dispatch> dispatches;
    private int nextSeq;
    private final List<ComplaintEvent> newEvents = new ArrayList<>();

    /**
     * Rebuilds a stored case. {@code receivedOn} is the date of {@code receivedAt} on the regency's calendar;
     * {@code countingStartsOn} the verification clock's counting start (the working day that counts as the day of
     * receipt), derived, never earlier; {@code area} the kecamatan and desa/kelurahan the point lay in at intake, or
     * null.
     */
    public Complaint(UUID id, TenantId tenant, String trackingNumber, ReportType type, Channel channel, String title,
            String description, String category, String locationText, Double latitude, Double longitude,
            boolean anonymous, boolean confidential, UUID reporter, Instant receivedAt, LocalDate receivedOn,
            LocalDate countingStartsOn, LocalDate verifyDue, ComplaintStatus status, String finalAnswer, Instant respondedAt,
            LocalDate autoCloseDue, Instant closedAt, LocalDate reopenUntil, Integer rating, UUID mergedInto,
            RejectionReason rejection, Instant escalatedAt, int version, List<Dispatch> dispatches, int eventCount,
            boolean publicDeclined, Area area) {
        this.id = id;
        this.tenant = tenant;
        this.trackingNumber = trackingNumber;
        this.type = type;
        this.channel = channel;
        this.title = title;
        this.description = description;
        this.category = category;
        this.locationText = locationText;
        this.latitude = latitude;
        this.longitude = longitude;
        this.area = area;
        this.anonymous = anonymous;
        this.confidential = confidential;
        this.publicDeclined = publicDeclined;
        this.reporter = reporter;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.countingStartsOn = countingStartsOn;
        this.verifyDue = verifyDue;
        this.status = status;
        this.finalAnswer = finalAnswer;
        this.respondedAt = respondedAt;
        this.autoCloseDue = autoCloseDue;
        this.closedAt = closedAt;
        this.reopenUntil = reopenUntil;
        this.rating = rating;
        this.mergedInto = mergedInto;
        this.rejection = rejection;
        this.escalatedAt = escalatedAt;
        this.version = version;
        this.dispatches = new ArrayList<>(dispatches);
        this.nextSeq = eventCount + 1;
    }

    /**
     * What a citizen (or an officer at the desk, for a walk-in) submits.
     *
     * @param publicDeclined "Jangan tampilkan laporan saya untuk publik": the report is handled, never published
     */
    public record Submission(ReportType type, Channel channel, String title, String description, String category,
            String locationText, Double latitude, Double longitude, boolean anonymous, boolean confidential,
            boolean publicDeclined) {
        /** A submission that leaves publication to the central administrator's moderation. */
        public Submission(ReportType type, Channel channel, String title, String description, String category,
                String locationText, Double latitude, Double longitude, boolean anonymous, boolean confidential) {
            this(type, channel, title, description, category, locationText, latitude, longitude, anonymous,
                    confidential, false);
        }
    }

    /**
     * Receives and records a submission (penerimaan, pencatatan: SPIKM Pasal 1 no. 11). The central administrator
     * must verify and dispatch it by {@code clocks.verifyDispatchDue}.
     *
     * @param area where the submission's point lies among the regency's districts and villages (issue 15 item 4);
     *             null when it has no point or no boundary holds it
     */
    public static Complaint receive(TenantId tenant, String trackingNumber, Submission s, UUID reporter,
            Instant at, Clocks clocks, String actor, Area area) {
        if (area != null && (s.latitude() == null || s.longitude() == null)) {
            throw new IllegalArgumentException("An area is found from a point; this submission has none");
        }
        LocalDate countingStartsOn = clocks.today();
        Complaint c = new Complaint(UUID.randomUUID(), tenant, trackingNumber, s.type(), s.channel(), s.title(),
                s.description(), s.category(), s.locationText(), s.latitude(), s.longitude(), s.anonymous(),
                s.confidential(), reporter, at, clocks.dateOf(at), countingStartsOn,
                clocks.verifyDispatchDue(countingStartsOn), ComplaintStatus.RECEIVED, null,
                null, null, null, null, null, null, null, null, 0, List.of(), 0, s.publicDeclined(), area);
        c.record(at, HandlingStep.RECEIPT, "RECEIVED", actor, null, "Diterima melalui " + s.channel().words(), true);
        c.record(at, HandlingStep.RECORDING, "RECORDED", actor, null, "Nomor laporan " + trackingNumber, true);
        return c;
    }

    /**
     * What the central administrator corrects in a report (issue 17 item 2); a null field stays as it is. A blank
     * working title goes back to the reporter's own.
     */
    public record Correction(ReportType type, String category, String workingTitle, List<String> tags,
            Priority priority) {
    }

    /**
     * Restores what officers corrected, for a case read back from storage: the working title (null: the reporter's),
     * the tags and the priority.
     */
    public void restoreCorrections(String workingTitle, List<String> tags, Priority priority) {
        this.workingTitle = workingTitle;
        this.tags = List.copyOf(tags);
        this.priority = priority;
    }

    /**
     * The central administrator corrects the report, at verification or later while it is open (issue 17 item 2):
     * SMS and e-mail reports, which come without a category, are categorised here. The reporter's own title is
     * kept; each field that changes is an event with who changed it, and what it was and became. The category is
     * checked against the regency's list by the caller. The history names values in Bahasa Indonesia, never by code
     * ({@code categoryName}: a category's name in the regency's list).
     *
     * @return whether anything changed
     */
    public boolean correct(String actor, Correction c, java.util.function.UnaryOperator<String> categoryName,
            Instant at) {
        if (!status.isOpen()) {
            throw ComplaintErrors.notAllowed("correct", status);
        }
        boolean any = false;
        if (c.type() != null && c.type() != type) {
            logCorrection(actor, "jenis", typeLabel(type), typeLabel(c.type()), at);
            type = c.type();
            any = true;
        }
        if (c.category() != null && !c.category().equals(category)) {
            logCorrection(actor, "kategori", category == null ? null : categoryName.apply(category),
                    categoryName.apply(c.category()), at);
            category = c.category();
            any = true;
        }
        if (c.workingTitle() != null) {
            String next = c.workingTitle().isBlank() || c.workingTitle().strip().equals(title) ? null
                    : c.workingTitle().strip();
            if (!java.util.Objects.equals(next, workingTitle)) {
                logCorrection(actor, "judul kerja", workingTitle, next, at);
                workingTitle = next;
                any = true;
            }
        }
        if (c.tags() != null) {
            List<String> next = c.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().sorted()
                    .toList();
            if (!next.equals(tags)) {
                logCorrection(actor, "tag", String.join(", ", tags), String.join(", ", next), at);
                tags = next;
                any = true;
            }
        }
        if (c.priority() != null && c.priority() != priority) {
            logCorrection(actor, "prioritas", priority.label(), c.priority().label(), at);
            priority = c.priority();
            any = true;
        }
        return any;
    }

    private void logCorrection(String actor, String field, String before, String after, Instant at) {
        record(at, HandlingStep.REVIEW, "CORRECTED", actor, null, field + ": " + shown(before) + " \u2192 "
                + shown(after), false);
    }

    /** A type's name as the citizens' form shows it. */
    private static String typeLabel(ReportType t) {
        return switch (t) {
            case COMPLAINT -> "Pengaduan";
            case QUESTION -> "Pertanyaan";
            case SUGGESTION -> "Saran";
            case CRITICISM -> "Kritik";
            case STATEMENT -> "Informasi / berita";
        };
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(kosong)" : value;
    }

    /** The central administrator confirms the report is genuine and within the regency's remit (Pasal 5b, 7c). */
    public void verify(String actor, String note, Instant at) {
        require("verify", ComplaintStatus.RECEIVED);
        status = ComplaintStatus.VERIFIED;
        record(at, HandlingStep.REVIEW, "VERIFIED", actor, null, note, true);
    }

    /** The central administrator needs more from the reporter before verifying. */
    public void requestClarification(String actor, String question, Instant at) {
        require("requestClarification", ComplaintStatus.RECEIVED);
        status = ComplaintStatus.CLARIFICATION_REQUESTED;
        record(at, HandlingStep.CLARIFICATION, "CLARIFICATION_REQUESTED", actor, null, question, true);
    }

    /** The reporter answers the question; the report goes back to review. */
    public void clarify(String text, Instant at) {
        require("clarify", ComplaintStatus.CLARIFICATION_REQUESTED);
        status = ComplaintStatus.RECEIVED;
        record(at, HandlingStep.CLARIFICATION, "CLARIFIED", "reporter", null, text, true);
    }

    public void reject(String actor, RejectionReason reason, String note, Instant at) {
        require("reject", ComplaintStatus.RECEIVED, ComplaintStatus.CLARIFICATION_REQUESTED,
                ComplaintStatus.VERIFIED);
        status = ComplaintStatus.REJECTED;
        rejection = reason;
        record(at, HandlingStep.REVIEW, "REJECTED", actor, null,
                "Tidak dapat diproses: " + reason.words() + (note == null ? "" : ". " + note), true);
    }

    /**
     * Sends the report to agencies for follow-up (SPIKM Pasal 5b, 7c, 8). A unit that already holds an active part
     * is not sent twice.
     */
    public void dispatch(String actor, Collection<String> units, Instant at, Clocks clocks) {
        dispatch(actor, units, null, null, at, clocks);
    }

    /**
     * Dispatches with a note for the agencies, kept in the case's history that the agencies see and the reporter
     * does not, and a due date no later than the regency's standard allows ({@link DispatchDue}; issue 17 item 2).
     *
     * @param note  for the agencies, or null
     * @param dueOn the agencies' due date, or null for the standard's
     */
    public void dispatch(String actor, Collection<String> units, String note, LocalDate dueOn, Instant at,
            Clocks clocks) {
        require("dispatch", ComplaintStatus.VERIFIED, ComplaintStatus.DISPATCHED);
        if (units.isEmpty()) {
            throw ComplaintErrors.invalid("UNITS_REQUIRED", "Pilih paling sedikit satu unit.",
                    "Choose at least one unit.", "units");
        }
        // Not before the wall calendar's date (on a weekend, today() is already the next working day).
        LocalDate due = DispatchDue.of(dueOn, clocks.dateOf(at), clocks.followUpDue(clocks.today()));
        for (String unit : units) {
            if (activeDispatch(unit).isEmpty()) {
                dispatches.add(Dispatch.send(unit, at, due));
                record(at, HandlingStep.FOLLOW_UP, "DISPATCHED", actor, unit, null, true);
                if (note != null && !note.isBlank()) {
                    record(at, HandlingStep.FOLLOW_UP, "DISPATCH_NOTE", actor, unit, note.strip(), false);
                }
            }
        }
        status = ComplaintStatus.DISPATCHED;
    }

    /** Moves an agency's part to another agency, with the reason. */
    public void redispatch(String actor, String from, String to, String reason, Instant at, Clocks clocks) {
        require("redispatch", ComplaintStatus.DISPATCHED, ComplaintStatus.VERIFIED);
        Dispatch current = dispatches.stream().filter(d -> d.orgUnit().equals(from)
                && (d.status().isActive() || d.status() == DispatchStatus.RETURNED)).findFirst()
                .orElseThrow(() -> ComplaintErrors.notDispatchedTo(from));
        if (current.status().isActive()) {
            current.withdraw();
        }
        record(at, HandlingStep.REVIEW, "REDISPATCHED", actor, from, reason, false);
        status = ComplaintStatus.VERIFIED;
        dispatch(actor, List.of(to), at, clocks);
    }

    /** The agency says the report is not its remit; the central administrator must route it again. */
    public void returnAsNotOurRemit(String actor, String unit, String reason, Instant at) {
        require("returnAsNotOurRemit", ComplaintStatus.DISPATCHED);
        Dispatch d = activeDispatch(unit).orElseThrow(() -> ComplaintErrors.notDispatchedTo(unit));
        d.returnAsNotOurRemit(reason);
        record(at, HandlingStep.REVIEW, "RETURNED_NOT_OUR_REMIT", actor, unit, reason, false);
        settleAfterAgencyStep();
    }

    /** The agency operator receives and verifies the report (SPIKM Pasal 7e). */
    public void receiveAtAgency(String actor, String unit, Instant at) {
        require("receiveAtAgency", ComplaintStatus.DISPATCHED);
        Dispatch d = dispatchIn(unit, DispatchStatus.SENT);
        d.receive();
        record(at, HandlingStep.RECEIPT, "AGENCY_RECEIVED", actor, unit, null, true);
    }

    /** The agency operator hands it to the responsible people inside the agency (SPIKM Pasal 7f). */
    public void distribute(String actor, String unit, String assignee, Instant at) {
        require("distribute", ComplaintStatus.DISPATCHED);
        Dispatch d = dispatchIn(unit, DispatchStatus.RECEIVED, DispatchStatus.IN_PROGRESS);
        d.distribute(assignee);
        record(at, HandlingStep.FOLLOW_UP, "DISTRIBUTED", actor, unit, assignee, false);
    }

    /** The agency's working notes: confirmation, clarification, research, examination (SPIKM Pasal 1 no. 11). */
    public void note(String actor, String unit, HandlingStep step, String text, Instant at) {
        require("note", ComplaintStatus.DISPATCHED);
        if (step != HandlingStep.CONFIRMATION && step != HandlingStep.CLARIFICATION && step != HandlingStep.RESEARCH
                && step != HandlingStep.EXAMINATION) {
            throw ComplaintErrors.invalid("INVALID_STEP", "Langkah catatan tidak valid.", "Not a note step.", "step");
        }
        dispatchIn(unit, DispatchStatus.RECEIVED, DispatchStatus.IN_PROGRESS);
        record(at, step, "NOTE", actor, unit, text, false);
    }

    /** The agency's answer goes to the central administrator (SPIKM Pasal 7g). */
    public void answerFromAgency(String actor, String unit, String text, Instant at) {
        require("answerFromAgency", ComplaintStatus.DISPATCHED);
        Dispatch d = dispatchIn(unit, DispatchStatus.RECEIVED, DispatchStatus.IN_PROGRESS);
        d.answer(text, at);
        record(at, HandlingStep.REPORTING, "AGENCY_ANSWERED", actor, unit, null, false);
        settleAfterAgencyStep();
    }

    /**
     * The central administrator reviews the agencies' answers and sends the response to the reporter, on the
     * channel the reporter used (SPIKM Pasal 5c). The case closes by itself after the auto-close period.
     */
    public void respond(String actor, String response, Instant at, Clocks clocks) {
        require("respond", ComplaintStatus.ANSWERED);
        status = ComplaintStatus.RESPONDED;
        finalAnswer = response;
        respondedAt = at;
        autoCloseDue = clocks.autoCloseDue(clocks.today());
        record(at, HandlingStep.REPORTING, "RESPONDED", actor, null, response, true);
    }

    /** The reporter accepts the answer, or the auto-close period passed without a reply. */
    public void close(String actor, Instant at, Clocks clocks) {
        require("close", ComplaintStatus.RESPONDED);
        status = ComplaintStatus.CLOSED;
        closedAt = at;
        reopenUntil = clocks.reopenUntil(clocks.today());
        record(at, HandlingStep.FOLLOW_UP, "CLOSED", actor, null, null, true);
    }

    /** Closes a responded case whose auto-close date has passed; false when it is not due. */
    public boolean closeIfDue(Instant at, Clocks clocks) {
        if (status != ComplaintStatus.RESPONDED || !clocks.today().isAfter(autoCloseDue)) {
            return false;
        }
        close("system", at, clocks);
        return true;
    }

    /**
     * The reporter's satisfaction rating: changeable while the answer awaits their reply, final once the case is
     * closed (a closed case's rating is what the reports count; a closed case without one may be rated once).
     */
    public void rate(int stars, Instant at) {
        require("rate", ComplaintStatus.RESPONDED, ComplaintStatus.CLOSED);
        if (stars < 1 || stars > MAX_RATING) {
            throw ComplaintErrors.invalid("INVALID_RATING", "Nilai 1 sampai 5.", "A rating from 1 to 5.", "rating");
        }
        if (status == ComplaintStatus.CLOSED && rating != null) {
            throw ComplaintErrors.ratingFinal();
        }
        rating = stars;
        record(at, HandlingStep.FOLLOW_UP, "RATED", "reporter", null, Integer.toString(stars), true);
    }

    /** The reporter is not satisfied: the agencies that answered take it up again, within the reopen window. */
    public void reopen(String reason, Instant at, Clocks clocks) {
        require("reopen", ComplaintStatus.CLOSED, ComplaintStatus.RESPONDED);
        if (status == ComplaintStatus.CLOSED && clocks.today().isAfter(reopenUntil)) {
            throw ComplaintErrors.reopenWindowPassed();
        }
        LocalDate due = clocks.followUpDue(clocks.today());
        for (Dispatch d : dispatches) {
            if (d.status() == DispatchStatus.ANSWERED) {
                d.reopen(due);
            }
        }
        status = ComplaintStatus.DISPATCHED;
        finalAnswer = null;
        autoCloseDue = null;
        closedAt = null;
        reopenUntil = null;
        record(at, HandlingStep.FOLLOW_UP, "REOPENED", "reporter", null, reason, true);
    }

    public void archive(String actor, Instant at) {
        require("archive", ComplaintStatus.CLOSED, ComplaintStatus.REJECTED);
        status = ComplaintStatus.ARCHIVED;
        record(at, HandlingStep.ARCHIVING, "ARCHIVED", actor, null, null, false);
    }

    /** This case duplicates {@code target}: it ends here, and its reporter gets the target's answer. */
    public void mergeInto(String actor, Complaint target, Instant at) {
        if (!status.isOpen() || status == ComplaintStatus.RESPONDED) {
            throw ComplaintErrors.notAllowed("mergeInto", status);
        }
        if (target.id.equals(id) || !target.status.isOpen()) {
            throw ComplaintErrors.invalid("INVALID_MERGE_TARGET", "Laporan tujuan tidak dapat menerima gabungan.",
                    "The target report cannot take a merge.", "target");
        }
        for (Dispatch d : dispatches) {
            if (d.status().isActive()) {
                d.withdraw();
            }
        }
        status = ComplaintStatus.MERGED;
        mergedInto = target.id;
        record(at, HandlingStep.REVIEW, "MERGED_INTO", actor, null, target.trackingNumber, true);
        target.record(at, HandlingStep.REVIEW, "MERGED_FROM", actor, null, trackingNumber, false);
    }

    /** Not yet verified and dispatched after the central administrator's due date (a clarification pauses it). */
    public boolean verificationOverdueOn(LocalDate today) {
        return (status == ComplaintStatus.RECEIVED || status == ComplaintStatus.VERIFIED) && today.isAfter(verifyDue);
    }

    /**
     * Records, once each, what is overdue on {@code today}: the central administrator's verification, and every
     * agency part past its due date. The operations coordinator inventories these and takes them to the
     * coordination team (SPIKM Pasal 7k-m).
     *
     * @return whether anything was escalated now
     */
    public boolean escalateOverdue(LocalDate today, Instant at) {
        boolean any = false;
        if (escalatedAt == null && verificationOverdueOn(today)) {
            escalatedAt = at;
            record(at, HandlingStep.REPORTING, "ESCALATED", "system", null,
                    "Verifikasi dan disposisi melewati tenggat " + LongDate.id(verifyDue), false);
            any = true;
        }
        for (Dispatch d : dispatches) {
            if (d.escalatedAt() == null && d.overdueOn(today)) {
                d.markEscalated(at);
                record(at, HandlingStep.REPORTING, "ESCALATED", "system", d.orgUnit(),
                        "Tindak lanjut melewati tenggat " + LongDate.id(d.dueOn()), false);
                any = true;
            }
        }
        return any;
    }

    /**
     * Reminds, once per round, the agencies whose part falls due soon ({@code dueSoon} tells which dates count).
     *
     * @return whether a reminder was recorded now
     */
    public boolean remindDueSoon(java.util.function.Predicate<LocalDate> dueSoon, LocalDate today, Instant at) {
        boolean any = false;
        for (Dispatch d : dispatches) {
            if (d.remindedAt() == null && d.status().isActive() && !d.overdueOn(today) && dueSoon.test(d.dueOn())) {
                d.markReminded(at);
                record(at, HandlingStep.FOLLOW_UP, "REMINDED", "system", d.orgUnit(),
                        "Tenggat " + LongDate.id(d.dueOn()), false);
                any = true;
            }
        }
        return any;
    }

    private void settleAfterAgencyStep() {
        boolean anyActive = dispatches.stream().anyMatch(d -> d.status().isActive());
        boolean anyAnswered = dispatches.stream().anyMatch(d -> d.status() == DispatchStatus.ANSWERED);
        if (!anyActive) {
            status = anyAnswered ? ComplaintStatus.ANSWERED : ComplaintStatus.VERIFIED;
        }
    }

    private Optional<Dispatch> activeDispatch(String unit) {
        return dispatches.stream().filter(d -> d.orgUnit().equals(unit) && d.status().isActive()).findFirst();
    }

    private Dispatch dispatchIn(String unit, DispatchStatus... allowed) {
        Set<DispatchStatus> ok = Set.of(allowed);
        return dispatches.stream().filter(d -> d.orgUnit().equals(unit) && ok.contains(d.status())).findFirst()
                .orElseThrow(() -> ComplaintErrors.notDispatchedTo(unit));
    }

    private void require(String action, ComplaintStatus... allowed) {
        for (ComplaintStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw ComplaintErrors.notAllowed(action, status);
    }

    private void record(Instant at, HandlingStep step, String action, String actor, String unit, String note,
            boolean publicEvent) {
        newEvents.add(new ComplaintEvent(nextSeq++, at, step, action, actor, unit, note, publicEvent));
    }

    /** Events recorded since the case was loaded, for the repository to append. */
    public List<ComplaintEvent> newEvents() {
        return List.copyOf(newEvents);
    }

    /** Whether the reporter's identity may be shown to an officer of {@code unit} (anonim hides it from agencies). */
    public boolean identityVisibleToAgency() {
        return !anonymous;
    }

    /**
     * Refuses a public version of this report (issue 15): rahasia (confidential) reports, reports whose reporter
     * declined publication, rejected (spam, not a regency matter, duplicate) and merged ones are never public.
     */
    public void checkPublishable() {
        if (confidential) {
            throw ComplaintErrors.notPublishable("CONFIDENTIAL", "laporan ini rahasia", "the report is confidential");
        }
        if (publicDeclined) {
            throw ComplaintErrors.notPublishable("DECLINED_BY_REPORTER",
                    "pelapor memilih laporannya tidak ditampilkan untuk publik",
                    "the reporter chose not to have the report shown to the public");
        }
        if (status == ComplaintStatus.REJECTED || rejection != null) {
            throw ComplaintErrors.notPublishable("REJECTED", "laporan ini ditolak", "the report was rejected");
        }
        if (status == ComplaintStatus.MERGED || mergedInto != null) {
            throw ComplaintErrors.notPublishable("MERGED", "laporan ini digabung dengan laporan lain",
                    "the report was merged into another");
        }
    }

    /** Whether a published version must come off the public record now (rejected or merged since publication). */
    public boolean mustLeavePublicRecord() {
        return status == ComplaintStatus.REJECTED || status == ComplaintStatus.MERGED || rejection != null
                || mergedInto != null;
    }

    /** Tells the reporter, in the public history, what moderation did with the report and why (issue 15). */
    public void noteModeration(String action, String actor, String note, Instant at) {
        record(at, HandlingStep.REVIEW, action, actor, null, note, true);
    }

    /** Whether {@code unit} holds, or held, a part of this case. */
    public boolean involves(String unit) {
        return dispatches.stream().anyMatch(d -> d.orgUnit().equals(unit));
    }

    public UUID id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public ReportType type() {
        return type;
    }

    public Channel channel() {
        return channel;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    /** The title officers work with: the corrected one, else the reporter's own. */
    public String workingTitle() {
        return workingTitle != null ? workingTitle : title;
    }

    /** Whether officers corrected the reporter's title. */
    public boolean titleCorrected() {
        return workingTitle != null;
    }

    public List<String> tags() {
        return tags;
    }

    public Priority priority() {
        return priority;
    }

    public String category() {
        return category;
    }

    public String locationText() {
        return locationText;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    /** The kecamatan and desa/kelurahan the report's point lay in when it was received. */
    public Optional<Area> area() {
        return Optional.ofNullable(area);
    }

    public boolean anonymous() {
        return anonymous;
    }

    public boolean confidential() {
        return confidential;
    }

    /** The reporter chose "Jangan tampilkan laporan saya untuk publik". */
    public boolean publicDeclined() {
        return publicDeclined;
    }

    public Optional<UUID> reporter() {
        return Optional.ofNullable(reporter);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The date of receipt on the regency's calendar. */
    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** The verification clock's counting start: the working day that counts as the day of receipt. */
    public LocalDate countingStartsOn() {
        return countingStartsOn;
    }

    public LocalDate verifyDue() {
        return verifyDue;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Optional<String> finalAnswer() {
        return Optional.ofNullable(finalAnswer);
    }

    public Optional<Instant> respondedAt() {
        return Optional.ofNullable(respondedAt);
    }

    public Optional<LocalDate> autoCloseDue() {
        return Optional.ofNullable(autoCloseDue);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<LocalDate> reopenUntil() {
        return Optional.ofNullable(reopenUntil);
    }

    public Optional<Integer> rating() {
        return Optional.ofNullable(rating);
    }

    public Optional<UUID> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    public Optional<RejectionReason> rejection() {
        return Optional.ofNullable(rejection);
    }

    public Optional<Instant> escalatedAt() {
        return Optional.ofNullable(escalatedAt);
    }

    public int version() {
        return version;
    }

    public List<Dispatch> dispatches() {
        return List.copyOf(dispatches);
    }
}
