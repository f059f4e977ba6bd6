package id.balai.information.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.LongDate;
import id.balai.platform.domain.TenantId;

/**
 * A request for public information and its handling (Perbup Luwu Timur Pasal 20-22; UU KIP Ps 21-22). Every state
 * change is a method named by intent that checks the state it starts from and records its event.
 */
public final class InformationRequest {
    /** The shortest written reason of an extension that says anything (Pasal 22(6): "disertai alasan tertulis"). */
    public static final int MIN_REASON_LENGTH = 10;

    private final UUID id;
    private final TenantId tenant;
    private final String registrationNumber;
    private final RequestChannel channel;
    private final UUID requester;
    private final Instant receivedAt;
    private final LocalDate receivedOn;
    private final LocalDate countingStartsOn;
    private final RequestContent content;
    private RequestStatus status;
    private LocalDate noticeDue;
    private String extensionReason;
    private Instant extendedAt;
    private LocalDate extendedOn;
    private String orgUnit;
    private WrittenNotice notice;
    private Instant noticeIssuedAt;
    private LocalDate noticeIssuedOn;
    private String lapsedReason;
    private String confirmedVia;
    private LocalDate overdueSince;
    private LocalDate remindedOn;
    private final int version;
    private int nextSeq;
    private final List<RequestEvent> newEvents = new ArrayList<>();

    /**
     * Rebuilds a stored request. Each act is given by its instant and its date on the regency's calendar (derived
     * from the instant in the regency's time zone when the act happened); {@code countingStartsOn} is the clock's
     * counting start, derived from the receipt, never earlier than {@code receivedOn}.
     */
    public InformationRequest(UUID id, TenantId tenant, String registrationNumber, RequestChannel channel,
            UUID requester, Instant receivedAt, LocalDate receivedOn, LocalDate countingStartsOn,
            RequestContent content, RequestStatus status, LocalDate noticeDue, String extensionReason,
            Instant extendedAt, LocalDate extendedOn, String orgUnit, WrittenNotice notice, Instant noticeIssuedAt,
            LocalDate noticeIssuedOn, String lapsedReason, String confirmedVia, LocalDate overdueSince,
            LocalDate remindedOn, int version, int eventCount) {
        this.id = id;
        this.tenant = tenant;
        this.registrationNumber = registrationNumber;
        this.channel = channel;
        this.requester = requester;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.countingStartsOn = countingStartsOn;
        this.content = content;
        this.status = status;
        this.noticeDue = noticeDue;
        this.extensionReason = extensionReason;
        this.extendedAt = extendedAt;
        this.extendedOn = extendedOn;
        this.orgUnit = orgUnit;
        this.notice = notice;
        this.noticeIssuedAt = noticeIssuedAt;
        this.noticeIssuedOn = noticeIssuedOn;
        this.lapsedReason = lapsedReason;
        this.confirmedVia = confirmedVia;
        this.overdueSince = overdueSince;
        this.remindedOn = remindedOn;
        this.version = version;
        this.nextSeq = eventCount + 1;
    }

    /**
     * Records a request at receipt and gives it its registration number (Perbup Pasal 22(3)). It is dated by the
     * instant of receipt; the notice is due 10 working days after the counting start, the working day that counts
     * as the day of receipt (Pasal 22(4)). A request by e-mail waits for the requester's same-day confirmation
     * (Pasal 22(9)) when the tenant applies that rule.
     */
    public static InformationRequest receive(TenantId tenant, String registrationNumber, RequestChannel channel,
            UUID requester, RequestContent content, Instant now, InformationClocks clocks, String actor) {
        LocalDate countingStartsOn = clocks.receiptDate(now);
        RequestStatus status = channel == RequestChannel.EMAIL && clocks.emailConfirmationSameDay()
                ? RequestStatus.AWAITING_CONFIRMATION
                : RequestStatus.REGISTERED;
        InformationRequest r = new InformationRequest(UUID.randomUUID(), tenant, registrationNumber, channel,
                requester, now, clocks.localDate(now), countingStartsOn, content, status,
                clocks.noticeDue(countingStartsOn), null, null, null, null, null, null, null, null, null, null, null, 0,
                0);
        r.event(now, "RECEIVED", actor, "Diterima melalui " + channel.words() + "; nomor pendaftaran " + registrationNumber,
                true);
        if (status == RequestStatus.AWAITING_CONFIRMATION) {
            r.event(now, "AWAITING_CONFIRMATION", actor,
                    "Permohonan lewat e-mail dilayani bila dikonfirmasi pada hari yang sama (Pasal 22(9))", true);
        }
        return r;
    }

    /** The requester confirmed an e-mailed request by phone, SMS, letter or fax, on the day of receipt (Pasal 22(9)). */
    public void confirm(String via, Instant now, InformationClocks clocks, String actor) {
        require(status == RequestStatus.AWAITING_CONFIRMATION, "confirm");
        if (!clocks.today().equals(countingStartsOn)) {
            throw InformationErrors.conflict("CONFIRMATION_NOT_SAME_DAY",
                    "Konfirmasi hanya sah pada hari permohonan diterima (Pasal 22(9)).",
                    "A confirmation counts only on the day the request was received (Pasal 22(9)).");
        }
        status = RequestStatus.REGISTERED;
        confirmedVia = via;
        event(now, "CONFIRMED", actor, "Dikonfirmasi melalui " + via, true);
    }

    /**
     * The reply to an e-mailed request, with its registration number and the call to confirm it today, left for the
     * requester (Pasal 22(9)): recorded so that the officer knows when, and on which day, the requester was told.
     */
    public void recordReceiptMailed(Instant sentAt, InformationClocks clocks) {
        LocalDate on = clocks.localDate(sentAt);
        event(sentAt, "RECEIPT_MAILED", "system:mail-sender", "Tanda terima dengan nomor pendaftaran "
                + registrationNumber + " terkirim ke e-mail pemohon pada " + on
                + (on.equals(receivedOn) ? " (hari penerimaan)" : " (SETELAH hari penerimaan " + receivedOn + ")")
                + " / Receipt e-mailed to the requester (Pasal 22(9))", false);
    }

    /** An e-mailed request not confirmed on its day of receipt lapses (Pasal 22(9)); answers whether it did. */
    public boolean lapseIfUnconfirmed(LocalDate today, Instant now) {
        if (status != RequestStatus.AWAITING_CONFIRMATION || !today.isAfter(countingStartsOn)) {
            return false;
        }
        status = RequestStatus.LAPSED;
        lapsedReason = "Tidak dikonfirmasi pada hari penerimaan " + countingStartsOn
                + " (Perbup Pasal 22(9)) / Not confirmed on the day of receipt";
        event(now, "LAPSED", "system", lapsedReason, true);
        return true;
    }

    /** Sends the request to the PPID Pembantu of the unit that holds the information (Perbup Pasal 11, 22). */
    public void routeTo(String unit, String note, Instant now, String actor) {
        require(status.open(), "route");
        orgUnit = unit;
        status = RequestStatus.ROUTED;
        event(now, "ROUTED", actor, "Diteruskan ke PPID Pembantu " + unit + (note == null ? "" : ": " + note), true);
    }

    /**
     * Extends the notice deadline once by 7 working days, with a written reason, before the deadline has passed
     * (Perbup Pasal 22(6); UU KIP Ps 22(8)).
     */
    public void extend(String reason, Instant now, InformationClocks clocks, String actor) {
        require(status.open(), "extend");
        if (extendedOn != null) {
            throw InformationErrors.conflict("ALREADY_EXTENDED",
                    "Tenggat pemberitahuan hanya dapat diperpanjang satu kali (Pasal 22(6)).",
                    "The notice deadline can be extended only once (Pasal 22(6)).");
        }
        if (clocks.calendarToday().isAfter(noticeDue)) {
            throw InformationErrors.conflict("EXTENSION_AFTER_DEADLINE",
                    "Tenggat sudah lewat pada " + noticeDue + "; perpanjangan tidak lagi dapat diberikan.",
                    "The deadline passed on " + noticeDue + "; it can no longer be extended.");
        }
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH) {
            throw InformationErrors.invalid("EXTENSION_REASON_REQUIRED",
                    "Perpanjangan wajib disertai alasan tertulis (paling sedikit " + MIN_REASON_LENGTH + " karakter).",
                    "An extension needs a written reason (at least " + MIN_REASON_LENGTH + " characters).", "reason");
        }
        LocalDate before = noticeDue;
        noticeDue = clocks.extendedDue(noticeDue);
        extensionReason = reason.strip();
        extendedAt = now;
        extendedOn = clocks.localDate(now);
        event(now, "EXTENDED", actor, "Tenggat diperpanjang dari " + LongDate.id(before) + " menjadi " + LongDate.id(noticeDue) + ": "
                + extensionReason, true);
    }

    /** Issues the written notice (Perbup Pasal 22(4)-(5)); one without a required element is refused. */
    public void issueNotice(WrittenNotice n, Instant now, InformationClocks clocks, String actor) {
        require(status.open(), "notice");
        notice = n.check();
        noticeIssuedAt = now;
        noticeIssuedOn = clocks.localDate(now);
        status = RequestStatus.NOTICE_ISSUED;
        event(now, "NOTICE_ISSUED", actor, "Pemberitahuan tertulis: " + notice.outcomeWords()
                + (late() ? " (melewati tenggat " + LongDate.id(noticeDue) + ")" : ""), true);
    }

    /**
     * When the notice deadline passes unanswered, the objection grounds "not answered" and "deadline exceeded"
     * (UU KIP Ps 35(1)c and g; Perki 1/2021) arise on their own: recorded once; answers whether it happened now.
     */
    public boolean markOverdue(LocalDate today, Instant now) {
        if (!status.open() || !today.isAfter(noticeDue) || overdueSince != null) {
            return false;
        }
        overdueSince = noticeDue;
        event(now, "OBJECTION_GROUNDS_AROSE", "system", "Tidak ada pemberitahuan tertulis sampai " + LongDate.id(noticeDue)
                + ": pemohon dapat mengajukan keberatan (alasan c dan g)", true);
        return true;
    }

    /** A reminder to the officers that the notice is due soon, once per request. */
    public boolean remind(LocalDate today, LocalDate dueSoonUntil, Instant now) {
        if (!status.open() || remindedOn != null || noticeDue.isAfter(dueSoonUntil) || today.isAfter(noticeDue)) {
            return false;
        }
        remindedOn = today;
        event(now, "REMINDER", "system", "Pemberitahuan tertulis jatuh tempo " + LongDate.id(noticeDue), false);
        return true;
    }

    /** Records a released document or an ID copy's upload on the history. */
    public void recordFile(String action, String fileName, Instant now, String actor, boolean publicEvent) {
        event(now, action, actor, fileName, publicEvent);
    }

    /**
     * The day an objection ground of UU KIP Ps 35(1) (Perki 1/2021 Ps 39) arose for this request, or empty when it
     * has not arisen.
     *
     * @param stated the day the requester says it arose (ground b, periodic information not provided)
     */
    public Optional<LocalDate> groundAroseOn(ObjectionGround ground, LocalDate today, LocalDate stated) {
        boolean noticed = status == RequestStatus.NOTICE_ISSUED;
        boolean unanswered = status.open() && today.isAfter(noticeDue);
        return switch (ground) {
            case A_REFUSED_EXEMPT -> noticed && notice.held() && notice.decision() != NoticeDecision.GRANTED_FULL
                    ? Optional.of(noticeIssuedOn) : Optional.empty();
            case B_PERIODIC_NOT_PROVIDED -> Optional.ofNullable(stated).filter(d -> !d.isAfter(today));
            case C_NOT_ANSWERED -> unanswered ? Optional.of(noticeDue) : Optional.empty();
            case D_ANSWERED_OTHERWISE -> noticed ? Optional.of(noticeIssuedOn) : Optional.empty();
            case E_NOT_GRANTED -> noticed && !"GRANTED_FULL".equals(notice.outcome()) ? Optional.of(noticeIssuedOn)
                    : Optional.empty();
            case F_UNREASONABLE_FEE -> noticed && notice.cost() != null && notice.cost().signum() > 0
                    ? Optional.of(noticeIssuedOn) : Optional.empty();
            case G_DEADLINE_EXCEEDED -> unanswered || (noticed && late()) ? Optional.of(noticeDue) : Optional.empty();
        };
    }

    /** Whether the notice came (or is) past its deadline. */
    public boolean late() {
        return noticeIssuedOn != null ? noticeIssuedOn.isAfter(noticeDue) : overdueSince != null;
    }

    /** Whether a full copy is asked, for which the tenant may require an ID copy (Pasal 22(8)). */
    public boolean asksFullCopy() {
        return content.obtainMethod().isCopy();
    }

    private void require(boolean ok, String action) {
        if (!ok) {
            throw InformationErrors.notAllowed(action, status);
        }
    }

    private void event(Instant at, String action, String actor, String note, boolean publicEvent) {
        newEvents.add(new RequestEvent(nextSeq++, at, action, actor, note, publicEvent));
    }

    public UUID id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public RequestChannel channel() {
        return channel;
    }

    public UUID requester() {
        return requester;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The date of receipt on the regency's calendar. */
    public LocalDate receivedOn() {
        return receivedOn;
    }

    /** The clock's counting start: the working day that counts as the day of receipt (Perbup Pasal 22(4)). */
    public LocalDate countingStartsOn() {
        return countingStartsOn;
    }

    /**
     * The working days the notice took after the counting start: 0 for a notice given before the count began (a
     * request received on a Saturday and answered at once), never negative; empty while no notice is issued.
     */
    public Optional<Integer> noticeWorkingDays(InformationClocks clocks) {
        return noticeIssuedOn().map(on -> clocks.elapsedWorkingDays(countingStartsOn, on));
    }

    public RequestContent content() {
        return content;
    }

    public RequestStatus status() {
        return status;
    }

    public LocalDate noticeDue() {
        return noticeDue;
    }

    public Optional<String> extensionReason() {
        return Optional.ofNullable(extensionReason);
    }

    public Optional<LocalDate> extendedOn() {
        return Optional.ofNullable(extendedOn);
    }

    public Optional<Instant> extendedAt() {
        return Optional.ofNullable(extendedAt);
    }

    public Optional<Instant> noticeIssuedAt() {
        return Optional.ofNullable(noticeIssuedAt);
    }

    public Optional<String> orgUnit() {
        return Optional.ofNullable(orgUnit);
    }

    public Optional<WrittenNotice> notice() {
        return Optional.ofNullable(notice);
    }

    public Optional<LocalDate> noticeIssuedOn() {
        return Optional.ofNullable(noticeIssuedOn);
    }

    public Optional<String> lapsedReason() {
        return Optional.ofNullable(lapsedReason);
    }

    public Optional<String> confirmedVia() {
        return Optional.ofNullable(confirmedVia);
    }

    public Optional<LocalDate> overdueSince() {
        return Optional.ofNullable(overdueSince);
    }

    public Optional<LocalDate> remindedOn() {
        return Optional.ofNullable(remindedOn);
    }

    public int version() {
        return version;
    }

    public List<RequestEvent> newEvents() {
        return List.copyOf(newEvents);
    }
}
