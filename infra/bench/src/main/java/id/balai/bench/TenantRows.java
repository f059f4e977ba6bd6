package id.balai.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import id.balai.information.domain.ExemptionGround;
import id.balai.information.domain.NoticeDecision;
import id.balai.information.domain.ObtainMethod;
import id.balai.information.domain.ReceiveMethod;
import id.balai.information.domain.RequestContent;
import id.balai.information.domain.RequesterType;
import id.balai.information.domain.WrittenNotice;
import id.balai.information.infrastructure.InformationRequestRepository;
import id.balai.platform.domain.PhoneNumber;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import id.balai.privacy.infrastructure.AesGcmCipher;
import id.balai.privacy.infrastructure.FieldAddress;
import id.balai.privacy.infrastructure.LookupDigests;

/**
 * One tenant's synthetic history, written with COPY in the tenant's own transaction: complaints with their steps
 * and agency parts, information requests with their steps, notices and objections, register entries, and the
 * personal data of reporters and requesters encrypted with the deployment's keys (as the vault writes it). Every
 * value comes from a random generator seeded by the run's seed and the tenant, so a run is repeatable.
 */
final class TenantRows {
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    private static final String[] CLASSES = {"BERKALA", "SERTA_MERTA", "SETIAP_SAAT", "DIKECUALIKAN"};
    private static final String[] CLASS_LETTERS = {"B", "SM", "SS", "DK"};

    record Tenant(String slug, String shortCode, String timeZone, List<String> agencies, List<String> ppidUnits,
            List<String[]> categories) {
        ZoneOffset offset() {
            return switch (timeZone) {
                case "WITA" -> ZoneOffset.ofHours(8);
                case "WIT" -> ZoneOffset.ofHours(9);
                default -> ZoneOffset.ofHours(7);
            };
        }
    }

    record Counts(long complaints, long requests, long entries) {
    }

    /** Numbers and access codes a load client may track (the read benchmark). */
    record Sample(String kind, String tenant, String number, String code) {
    }

    private final Tenant t;
    private final Counts counts;
    private final SplittableRandom r;
    private final AesGcmCipher cipher;
    private final LookupDigests digests;
    private final TenantId tenantId;
    private final LocalDate from;
    private final LocalDate to;
    /** The requests' receipt days: one fiscal year for the tenant whose LLID is measured. */
    private LocalDate requestsFrom;
    private LocalDate requestsTo;
    private final Map<String, Long> counters = new TreeMap<>();
    final List<Sample> samples = new ArrayList<>();
    long rows;

    TenantRows(Tenant t, Counts counts, long seed, AesGcmCipher cipher, LookupDigests digests, LocalDate from,
            LocalDate to) {
        this.t = t;
        this.counts = counts;
        this.r = new SplittableRandom(seed ^ (t.slug().hashCode() * 0x9E3779B97F4A7C15L));
        this.cipher = cipher;
        this.digests = digests;
        this.tenantId = new TenantId(t.slug());
        this.from = from;
        this.to = to;
        this.requestsFrom = from;
        this.requestsTo = to;
    }

    TenantRows requestsIn(int year) {
        requestsFrom = LocalDate.of(year, 1, 1);
        requestsTo = LocalDate.of(year, 12, 31).isAfter(to) ? to : LocalDate.of(year, 12, 31);
        return this;
    }

    static AesGcmCipher cipher(id.balai.privacy.infrastructure.PiiKeys keys) {
        return new AesGcmCipher(keys, new SecureRandom());
    }

    void write(Connection c) throws SQLException, IOException {
        c.setAutoCommit(false);
        // Bulk load as pg_restore --disable-triggers does: the foreign-key triggers are skipped for this session
        // (the rows are generated consistent: every step and part refers to its case, every case to a category
        // and unit of its tenant). The schema has no other triggers.
        try (var s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
        }
        Copy person = new Copy("person", "tenant_id, id, name_enc, phone_enc, email_enc, address_enc, id_number_enc, "
                + "occupation_enc, phone_digest, email_digest, created_at");
        Copy complaint = new Copy("complaint", "tenant_id, id, tracking_number, access_code_hash, type, channel, title, "
                + "description, category_code, location_text, anonymous, confidential, reporter_id, received_at, "
                + "received_on, verify_due, status, final_answer, responded_at, auto_close_due, closed_at, reopen_until, "
                + "rating, rejection, counting_starts_on");
        Copy cEvent = new Copy("complaint_event",
                "tenant_id, complaint_id, seq, at, step, action, actor, org_unit_code, note, public_event");
        Copy dispatch = new Copy("complaint_dispatch",
                "tenant_id, complaint_id, org_unit_code, status, sent_at, due_on, answer, answered_at");
        for (long i = 0; i < counts.complaints(); i++) {
            complaint(person, complaint, cEvent, dispatch);
            if (complaint.large() || cEvent.large()) {
                flushAll(c, person, complaint, dispatch, cEvent);
            }
        }
        flushAll(c, person, complaint, dispatch, cEvent);

        Copy request = new Copy("information_request", "tenant_id, id, registration_number, access_code_hash, channel, "
                + "requester_type, requester_id, received_at, received_on, status, notice_due, extended_on, "
                + "org_unit_code, outcome, notice_issued_on, details, counting_starts_on, extended_at, notice_issued_at");
        Copy iEvent = new Copy("information_event", "tenant_id, subject_id, seq, at, action, actor, note, public_event");
        Copy objection = new Copy("information_objection", "tenant_id, id, request_id, register_number, ground, "
                + "ground_arose_on, filed_on, reasons, answer_due, status, decision, answer, answered_on, filed_at, "
                + "counting_starts_on, answered_at");
        for (long i = 0; i < counts.requests(); i++) {
            request(person, request, iEvent, objection);
            if (request.large() || iEvent.large()) {
                flushAll(c, person, request, objection, iEvent);
            }
        }
        flushAll(c, person, request, objection, iEvent);

        Copy entry = new Copy("register_entry", "tenant_id, id, number, title, summary, holding_official, holding_unit, "
                + "person_responsible, made_on, made_place, available_forms, retention_period, info_class, "
                + "class_before_exemption, owner_ppid, stage, code, published, published_at, front_page, "
                + "last_updated_on, next_update_due, exemption_ground, exemption_decree, exempt_until, created_at");
        for (long i = 0; i < counts.entries(); i++) {
            entry(entry);
            if (entry.large()) {
                flushAll(c, entry);
            }
        }
        flushAll(c, entry);
        // The numbering continues after the generated numbers.
        try (var ps = c.prepareStatement("""
                insert into tracking_counter (tenant_id, series, year, last) values (?, ?, ?, ?)
                on conflict (tenant_id, series, year) do update set last = greatest(tracking_counter.last, excluded.last)
                """)) {
            for (Map.Entry<String, Long> e : counters.entrySet()) {
                String[] k = e.getKey().split("\\|");
                ps.setString(1, t.slug());
                ps.setString(2, k[0]);
                ps.setInt(3, Integer.parseInt(k[1]));
                ps.setLong(4, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        c.commit();
    }

    private void flushAll(Connection c, Copy... copies) throws SQLException, IOException {
        for (Copy copy : copies) {
            copy.flush(c);
        }
    }

    // ---- complaints ----

    private void complaint(Copy person, Copy complaint, Copy events, Copy dispatch) {
        UUID id = uuid();
        LocalDate received = day();
        OffsetDateTime receivedAt = at(received, 7 * 60 + 30, 16 * 60);
        int year = received.getYear();
        String number = String.format("%s-%d-%06d", t.shortCode(), year, next("SPIKM", year));
        String code = accessCode();
        String[] category = t.categories().get(r.nextInt(t.categories().size()));
        String topic = Words.pick(r, Words.COMPLAINT_TOPICS);
        String place = Words.pick(r, Words.PLACES);
        String channel = pickWeighted(new String[] {"WEB", "SMS", "WALK_IN"}, 60, 25, 15);
        String type = pickWeighted(new String[] {"COMPLAINT", "QUESTION", "CRITICISM", "SUGGESTION", "STATEMENT"},
                60, 15, 10, 10, 5);
        boolean anonymous = r.nextInt(100) < 25;
        boolean confidential = r.nextInt(100) < 10;
        UUID reporter = r.nextInt(100) < 40 ? person(person, receivedAt, false) : null;
        LocalDate verifyDue = addWorkingDays(received, 3);

        String status = "RECEIVED";
        String finalAnswer = null;
        OffsetDateTime respondedAt = null;
        LocalDate autoCloseDue = null;
        OffsetDateTime closedAt = null;
        LocalDate reopenUntil = null;
        Integer rating = null;
        String rejection = null;
        int seq = 0;
        event(events, id, ++seq, receivedAt, "RECEIPT", "RECEIVED", "system", null, "Diterima melalui " + channel, true);
        event(events, id, ++seq, receivedAt.plusSeconds(1), "RECORDING", "RECORDED", "system", null,
                "Nomor pelacakan " + number, true);
        LocalDate reviewed = addWorkingDays(received, r.nextInt(100) < 85 ? r.nextInt(4) : 4 + r.nextInt(4));
        if (!reviewed.isAfter(to)) {
            OffsetDateTime reviewedAt = at(reviewed, 8 * 60, 15 * 60).isBefore(receivedAt)
                    ? receivedAt.plusMinutes(30) : at(reviewed, 8 * 60, 15 * 60);
            if (r.nextInt(100) < 8) {
                status = "REJECTED";
                rejection = pickWeighted(new String[] {"SPAM", "NOT_REGENCY_MATTER", "DUPLICATE"}, 30, 50, 20);
                event(events, id, ++seq, reviewedAt, "REVIEW", "REJECTED", "petugas-bench", null, rejection, true);
            } else {
                status = "DISPATCHED";
                event(events, id, ++seq, reviewedAt, "REVIEW", "VERIFIED", "petugas-bench", null, null, true);
                OffsetDateTime sentAt = reviewedAt.plusMinutes(5);
                event(events, id, ++seq, sentAt, "FOLLOW_UP", "DISPATCHED", "petugas-bench", category[1], null, true);
                LocalDate due = addWorkingDays(reviewed, 5);
                LocalDate answered = addWorkingDays(reviewed, r.nextInt(100) < 80 ? 1 + r.nextInt(5) : 6 + r.nextInt(6));
                String answer = null;
                OffsetDateTime answeredAt = null;
                if (!answered.isAfter(to)) {
                    answeredAt = at(answered, 8 * 60, 15 * 60);
                    answer = Words.pick(r, Words.ANSWERS);
                    status = "ANSWERED";
                    event(events, id, ++seq, answeredAt, "REPORTING", "AGENCY_ANSWERED", "petugas-bench", category[1],
                            null, false);
                    LocalDate responded = answered.plusDays(r.nextInt(3));
                    if (!responded.isAfter(to)) {
                        respondedAt = answeredAt.plusDays(responded.toEpochDay() - answered.toEpochDay()).plusHours(1);
                        finalAnswer = answer;
                        status = "RESPONDED";
                        autoCloseDue = responded.plusDays(14);
                        event(events, id, ++seq, respondedAt, "REPORTING", "RESPONDED", "petugas-bench", null, answer,
                                true);
                        LocalDate closed = responded.plusDays(3 + r.nextInt(12));
                        if (!closed.isAfter(to)) {
                            closedAt = respondedAt.plusDays(closed.toEpochDay() - responded.toEpochDay());
                            reopenUntil = closed.plusDays(14);
                            status = ChronoUnit.DAYS.between(closed, to) > 365 && r.nextInt(100) < 30 ? "ARCHIVED"
                                    : "CLOSED";
                            event(events, id, ++seq, closedAt, "FOLLOW_UP", "CLOSED", "system", null, null, true);
                            if (r.nextInt(100) < 40) {
                                rating = pickWeightedInt(new int[] {1, 2, 3, 4, 5}, 5, 8, 20, 40, 27);
                                event(events, id, ++seq, closedAt.plusHours(2), "FOLLOW_UP", "RATED", "reporter", null,
                                        Integer.toString(rating), true);
                            }
                            if (status.equals("ARCHIVED")) {
                                event(events, id, ++seq, closedAt.plusDays(365), "ARCHIVING", "ARCHIVED", "system",
                                        null, null, false);
                            }
                        }
                    }
                }
                dispatch.add(t.slug()).add(id).add(category[1]).add(answer == null ? "SENT" : "ANSWERED").add(sentAt)
                        .add(due).add(answer).add(answeredAt).end();
            }
        }
        complaint.add(t.slug()).add(id).add(number).add(sha256(code)).add(type).add(channel)
                .add(topic + " di " + place)
                .add(topic + " di " + place + ", " + Words.pick(r, Words.DETAILS) + ". " + Words.pick(r, Words.DETAILS)
                        + ".")
                .add(category[0]).add(place).add(anonymous).add(confidential).add(reporter).add(receivedAt).add(received)
                .add(verifyDue).add(status).add(finalAnswer).add(respondedAt).add(autoCloseDue).add(closedAt)
                .add(reopenUntil).add(rating).add(rejection).add(countingStart(received)).end();
        rows += 1 + seq;
        if (samples.size() < 40 && r.nextInt(4) == 0) {
            samples.add(new Sample("complaint", t.slug(), number, code));
        }
    }

    private void event(Copy events, UUID id, int seq, OffsetDateTime at, String step, String action, String actor,
            String unit, String note, boolean publicEvent) {
        events.add(t.slug()).add(id).add(seq).add(at).add(step).add(action).add(actor).add(unit).add(note)
                .add(publicEvent).end();
    }

    // ---- information requests ----

    private void request(Copy person, Copy request, Copy events, Copy objections) {
        UUID id = uuid();
        LocalDate received = day(requestsFrom, requestsTo);
        OffsetDateTime receivedAt = at(received, 7 * 60 + 30, 16 * 60);
        int year = received.getYear();
        String number = String.format("%s-PPID-%d-%06d", t.shortCode(), year, next("PPID", year));
        String code = accessCode();
        String channel = pickWeighted(new String[] {"WEB", "WALK_IN", "LETTER", "EMAIL"}, 55, 25, 10, 10);
        RequesterType type = RequesterType.values()[r.nextInt(100) < 70 ? 0 : r.nextInt(RequesterType.values().length)];
        UUID requester = person(person, receivedAt, true);
        ObtainMethod obtain = ObtainMethod.values()[r.nextInt(ObtainMethod.values().length)];
        RequestContent content = new RequestContent(type, Words.pick(r, Words.REQUEST_WANTED) + " " + year,
                Words.pick(r, Words.PURPOSES), obtain, obtain.isCopy() ? ReceiveMethod.EMAIL : null, r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean());
        String unit = r.nextBoolean() ? t.ppidUnits().get(r.nextInt(t.ppidUnits().size())) : null;
        LocalDate noticeDue = addWorkingDays(received, 10);
        LocalDate extendedOn = null;
        OffsetDateTime extendedAt = null;
        String extensionReason = null;
        int seq = 0;
        ievent(events, id, ++seq, receivedAt, "RECEIVED", "system", "Diterima melalui " + channel
                + "; nomor pendaftaran " + number, true);
        String status = "REGISTERED";
        if (unit != null) {
            status = "ROUTED";
            ievent(events, id, ++seq, receivedAt.plusHours(2), "ROUTED", "petugas-bench",
                    "Diteruskan ke PPID Pembantu " + unit, true);
        }
        if (r.nextInt(100) < 8) {
            extendedOn = addWorkingDays(received, 6 + r.nextInt(4));
            if (!extendedOn.isAfter(to)) {
                LocalDate before = noticeDue;
                noticeDue = addWorkingDays(received, 17);
                extensionReason = "Informasi masih dikumpulkan dari beberapa unit";
                extendedAt = at(extendedOn, 9 * 60, 15 * 60);
                ievent(events, id, ++seq, extendedAt, "EXTENDED", "petugas-bench",
                        "Tenggat diperpanjang dari " + before + " menjadi " + noticeDue + ": " + extensionReason, true);
            } else {
                extendedOn = null;
            }
        }
        int d = r.nextInt(100);
        LocalDate issued = addWorkingDays(received, d < 75 ? 1 + r.nextInt(10) : d < 92 ? 11 + r.nextInt(7)
                : 18 + r.nextInt(10));
        WrittenNotice notice = null;
        String outcome = null;
        LocalDate issuedOn = null;
        OffsetDateTime issuedAt = null;
        if (!issued.isAfter(to)) {
            int o = r.nextInt(100);
            NoticeDecision decision = o < 70 ? NoticeDecision.GRANTED_FULL : o < 85 ? NoticeDecision.GRANTED_PART
                    : NoticeDecision.REFUSED;
            boolean held = o < 95;
            notice = held
                    ? new WrittenNotice(true, null, decision,
                            decision == NoticeDecision.REFUSED
                                    ? ExemptionGround.values()[r.nextInt(3)] : null,
                            decision == NoticeDecision.REFUSED ? "Hasil uji konsekuensi PPID" : null,
                            decision == NoticeDecision.REFUSED ? null : "Salinan dokumen yang diminta",
                            List.of(), obtain, "PDF", BigDecimal.ZERO, null)
                    : new WrittenNotice(false, "Pemerintah Provinsi", null, null, null, null, List.of(), null, null,
                            null, null);
            outcome = notice.outcome();
            issuedOn = issued;
            status = "NOTICE_ISSUED";
            issuedAt = at(issued, 9 * 60, 15 * 60);
            ievent(events, id, ++seq, issuedAt, "NOTICE_ISSUED", "petugas-bench",
                    "Pemberitahuan tertulis: " + outcome, true);
            if (r.nextInt(100) < 4) {
                objection(objections, events, id, outcome, issued, noticeDue);
            }
        }
        String details;
        try {
            details = Json.JSON.writeValueAsString(
                    new InformationRequestRepository.Details(content, extensionReason, notice, null, null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        request.add(t.slug()).add(id).add(number).add(sha256(code)).add(channel).add(type.name()).add(requester)
                .add(receivedAt).add(received).add(status).add(noticeDue).add(extendedOn).add(unit).add(outcome)
                .add(issuedOn).add(details).add(countingStart(received)).add(extendedAt).add(issuedAt).end();
        rows += 2 + seq;
        if (samples.size() < 60 && r.nextInt(4) == 0) {
            samples.add(new Sample("request", t.slug(), number, code));
        }
    }

    private void objection(Copy objections, Copy events, UUID request, String outcome, LocalDate issued,
            LocalDate noticeDue) {
        UUID id = uuid();
        LocalDate filed = issued.plusDays(1 + r.nextInt(20));
        if (filed.isAfter(to)) {
            return;
        }
        String ground = outcome.equals("REFUSED") ? "A_REFUSED_EXEMPT"
                : issued.isAfter(noticeDue) ? "G_DEADLINE_EXCEEDED" : "D_ANSWERED_OTHERWISE";
        String number = String.format("%s-KEB-%d-%06d", t.shortCode(), filed.getYear(), next("KEB", filed.getYear()));
        LocalDate due = addWorkingDays(filed, 30);
        LocalDate answered = addWorkingDays(filed, r.nextInt(100) < 85 ? 5 + r.nextInt(25) : 31 + r.nextInt(20));
        boolean done = !answered.isAfter(to);
        OffsetDateTime filedAt = at(filed, 9 * 60, 15 * 60);
        OffsetDateTime answeredAt = done ? at(answered, 9 * 60, 15 * 60) : null;
        objections.add(t.slug()).add(id).add(request).add(number).add(ground).add(issued).add(filed)
                .add("Keberatan atas jawaban PPID").add(due).add(done ? "ANSWERED" : "FILED")
                .add(done ? (r.nextBoolean() ? "UPHELD" : "REJECTED") : null)
                .add(done ? "Tanggapan atasan PPID atas keberatan" : null).add(done ? answered : null).add(filedAt)
                .add(countingStart(filed)).add(answeredAt).end();
        ievent(events, id, 1, filedAt, "OBJECTION_FILED", "requester",
                "Keberatan " + number + " alasan " + ground, true);
        if (done) {
            ievent(events, id, 2, answeredAt, "OBJECTION_ANSWERED", "petugas-bench",
                    "Tanggapan atasan PPID", true);
        }
        rows += 2;
    }

    private void ievent(Copy events, UUID subject, int seq, OffsetDateTime at, String action, String actor, String note,
            boolean publicEvent) {
        events.add(t.slug()).add(subject).add(seq).add(at).add(action).add(actor).add(note).add(publicEvent).end();
    }

    // ---- register ----

    private void entry(Copy entries) {
        UUID id = uuid();
        LocalDate made = day();
        int year = made.getYear();
        long seq = next("DIP", year);
        String number = String.format("DIP/%s-%d-%06d", t.shortCode(), year, seq);
        int cls = pickWeightedInt(new int[] {0, 1, 2, 3}, 35, 5, 55, 5);
        String owner = t.ppidUnits().get(r.nextInt(t.ppidUnits().size()));
        String holder = t.agencies().get(r.nextInt(t.agencies().size()));
        String stage = r.nextInt(100) < 88 ? "CODIFIED" : pickWeighted(new String[] {"DESCRIBED", "VERIFIED",
                "AUTHENTICATED"}, 40, 30, 30);
        boolean codified = stage.equals("CODIFIED");
        String subject = Words.pick(r, Words.DOC_SUBJECTS);
        String kind = Words.pick(r, Words.DOC_KINDS);
        String title = kind + " " + subject + " Tahun " + year;
        String summary = "Dokumen " + kind.toLowerCase(Locale.ROOT) + " mengenai " + subject + " yang disusun oleh "
                + holder + ", memuat " + Words.pick(r, Words.DOC_SUBJECTS) + " dan "
                + Words.pick(r, Words.DOC_SUBJECTS) + " di " + Words.pick(r, Words.PLACES) + ".";
        boolean exempt = cls == 3;
        LocalDate lastUpdated = cls == 0 ? made.plusDays(r.nextInt(200)) : null;
        if (lastUpdated != null && lastUpdated.isAfter(to)) {
            lastUpdated = to;
        }
        OffsetDateTime created = at(made, 8 * 60, 15 * 60);
        entries.add(t.slug()).add(id).add(number).add(title).add(summary).add("Kepala " + holder).add(holder)
                .add(Words.name(r)).add(made).add("Kantor " + holder).add(r.nextBoolean() ? "SOFTCOPY,WEBSITE" : "HARDCOPY")
                .add("5 tahun").add(CLASSES[cls]).add(exempt ? "SETIAP_SAAT" : null).add(owner).add(stage)
                .add(codified ? t.shortCode() + "." + owner + "." + CLASS_LETTERS[cls] + "." + year + "-"
                        + String.format("%06d", seq) : null)
                .add(codified).add(codified ? created.plusDays(1) : null).add(cls == 1 && r.nextInt(10) == 0)
                .add(lastUpdated).add(lastUpdated == null ? null : lastUpdated.plusMonths(6))
                .add(exempt ? String.valueOf((char) ('A' + r.nextInt(9))) : null)
                .add(exempt ? "Keputusan PPID Nomor " + r.nextInt(1000) + "/" + year : null)
                .add(exempt ? made.plusYears(5) : null).add(created).end();
        rows++;
    }

    // ---- personal data ----

    private UUID person(Copy person, OffsetDateTime created, boolean requester) {
        UUID id = uuid();
        String name = Words.name(r);
        String phone = String.format("08%d%08d", 11 + r.nextInt(89), r.nextInt(100_000_000));
        String email = requester && r.nextBoolean()
                ? name.toLowerCase(Locale.ROOT).replace(' ', '.') + r.nextInt(1000) + "@example.org" : null;
        String address = requester ? Words.pick(r, Words.PLACES) + " No. " + (1 + r.nextInt(200)) : null;
        String idNumber = requester ? String.format("73%014d", Math.floorMod(r.nextLong(), 100_000_000_000_000L)) : null;
        String occupation = requester ? Words.pick(r, Words.OCCUPATIONS) : null;
        person.add(t.slug()).add(id).add(enc(name, "person.name_enc", id)).add(enc(phone, "person.phone_enc", id))
                .add(enc(email, "person.email_enc", id)).add(enc(address, "person.address_enc", id))
                .add(enc(idNumber, "person.id_number_enc", id)).add(enc(occupation, "person.occupation_enc", id))
                .add(PhoneNumber.parse(phone).map(p -> digests.current(tenantId, "person.phone_digest", p.e164()))
                        .orElse(null))
                .add(email == null ? null : digests.current(tenantId, "person.email_digest", email))
                .add(created).end();
        rows++;
        return id;
    }

    private byte[] enc(String value, String column, UUID row) {
        return value == null ? null : cipher.encrypt(value, new FieldAddress(tenantId, column, row));
    }

    // ---- helpers ----

    private long next(String series, int year) {
        return counters.merge(series + "|" + year, 1L, Long::sum);
    }

    private UUID uuid() {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo);
    }

    private String accessCode() {
        StringBuilder b = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            b.append(CODE_ALPHABET.charAt(r.nextInt(CODE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** A receipt day in [from, to], mostly on weekdays. */
    private LocalDate day() {
        return day(from, to);
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate d = from.plusDays(r.nextLong(span));
        if ((d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) && r.nextInt(10) < 8) {
            d = d.minusDays(d.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2);
            if (d.isBefore(from)) {
                d = from;
            }
        }
        return d;
    }

    private OffsetDateTime at(LocalDate day, int fromMinute, int toMinute) {
        int minute = fromMinute + r.nextInt(toMinute - fromMinute);
        return OffsetDateTime.of(day, LocalTime.of(minute / 60, minute % 60, r.nextInt(60)), t.offset());
    }

    /** Weekdays only (the synthetic data ignores holidays; the server's clocks do not). */
    /** A clock's counting start for a receipt on {@code d} (generated receipts fall inside office hours). */
    static LocalDate countingStart(LocalDate d) {
        LocalDate x = d;
        while (x.getDayOfWeek() == DayOfWeek.SATURDAY || x.getDayOfWeek() == DayOfWeek.SUNDAY) {
            x = x.plusDays(1);
        }
        return x;
    }

    static LocalDate addWorkingDays(LocalDate d, int n) {
        LocalDate x = d;
        int left = n;
        while (left > 0) {
            x = x.plusDays(1);
            if (x.getDayOfWeek() != DayOfWeek.SATURDAY && x.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return x;
    }

    private String pickWeighted(String[] values, int... weights) {
        return values[pickIndex(weights)];
    }

    private int pickWeightedInt(int[] values, int... weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static byte[] sha256(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
