package id.balai.register.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import id.balai.platform.domain.TenantId;
import id.balai.register.application.RegisterEntries;
import id.balai.register.domain.AvailableForm;
import id.balai.register.domain.DocumentationStage;
import id.balai.register.domain.ExemptionGround;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;
import id.balai.register.domain.RegisterErrors;
import id.balai.platform.infrastructure.SeriesNumbers;
import id.balai.platform.infrastructure.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

/**
 * Stores register entries and their documents, and answers the register's queries (browse, search, overdue,
 * front page, deliveries). Every statement names the tenant and runs in the caller's tenant-scoped transaction,
 * with row-level security beneath. Updates check the version read: a concurrent change is a 409.
 */
@ApplicationScoped
public class RegisterRepository implements RegisterEntries {
    private static final String COLUMNS = """
            id, number, title, summary, holding_official, holding_unit, person_responsible, made_on, made_place,
            available_forms, retention_period, info_class, class_before_exemption, owner_ppid, stage, code,
            published, published_at, front_page, last_updated_on, next_update_due, exemption_ground,
            exemption_decree, exempt_until, created_at, version
            """;
    /** Marks around matches in ts_headline: control characters, which entry text never contains. */
    static final char START = '\u0001';
    static final char STOP = '\u0002';

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    /** Filters of a list; null means any. */

    /** The next entry number of the tenant and year, e.g. {@code DIP/ME-2026-000012} ({@link SeriesNumbers}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextNumber(TenantId tenant, String shortCode, int year) {
        return String.format("DIP/%s-%d-%06d", shortCode, year, SeriesNumbers.next(em, "DIP", year));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(RegisterEntry e) {
        RegisterEntry.Description d = e.description();
        Sql.of(em, """
                insert into register_entry (tenant_id, id, number, title, summary, holding_official, holding_unit,
                    person_responsible, made_on, made_place, available_forms, retention_period, info_class,
                    owner_ppid, stage, created_at, last_updated_on, next_update_due)
                values (:tenant, :id, :number, :title, :summary, :holdingOfficial, :holdingUnit, :personResponsible,
                    :madeOn, :madePlace, :forms, :retentionPeriod, :infoClass, :ownerPpid, :stage, :createdAt,
                    :lastUpdatedOn, :nextUpdateDue)
                """)
                .set("tenant", e.tenant().value()).set("id", e.id()).set("number", e.number())
                .set("title", d.title()).set("summary", d.summary())
                .set("holdingOfficial", d.holdingOfficial(), String.class)
                .set("holdingUnit", d.holdingUnit(), String.class)
                .set("personResponsible", d.personResponsible(), String.class)
                .set("madeOn", d.madeOn(), LocalDate.class).set("madePlace", d.madePlace(), String.class)
                .set("forms", d.forms().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .set("retentionPeriod", d.retentionPeriod(), String.class).set("infoClass", e.infoClass())
                .set("ownerPpid", e.ownerPpid()).set("stage", e.stage()).set("createdAt", e.createdAt())
                .set("lastUpdatedOn", e.lastUpdatedOn().orElse(null), LocalDate.class)
                .set("nextUpdateDue", e.nextUpdateDue().orElse(null), LocalDate.class)
                .execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(RegisterEntry e) {
        RegisterEntry.State s = e.state();
        RegisterEntry.Exemption x = s.exemption();
        int n = Sql.of(em, """
                update register_entry set info_class = :infoClass, class_before_exemption = :classBefore,
                    stage = :stage, code = :code, published = :published, published_at = :publishedAt,
                    front_page = :frontPage, last_updated_on = :lastUpdatedOn, next_update_due = :nextUpdateDue,
                    exemption_ground = :ground, exemption_decree = :decree, exempt_until = :exemptUntil,
                    version = version + 1
                where tenant_id = :tenant and id = :id and version = :version
                """)
                .set("tenant", e.tenant().value()).set("id", e.id()).set("infoClass", s.infoClass())
                .set("classBefore", s.classBeforeExemption(), InformationClass.class).set("stage", s.stage())
                .set("code", s.code(), String.class).set("published", s.published())
                .set("publishedAt", s.publishedAt(), Instant.class).set("frontPage", s.frontPage())
                .set("lastUpdatedOn", s.lastUpdatedOn(), LocalDate.class)
                .set("nextUpdateDue", s.nextUpdateDue(), LocalDate.class)
                .set("ground", x == null ? null : x.ground(), ExemptionGround.class)
                .set("decree", x == null ? null : x.decreeNumber(), String.class)
                .set("exemptUntil", x == null ? null : x.until(), LocalDate.class)
                .set("version", s.version()).execute();
        if (n != 1) {
            throw RegisterErrors.changedMeanwhile();
        }
    }

    public boolean codeTaken(TenantId tenant, String code) {
        return Sql.of(em, "select 1 from register_entry where tenant_id = :tenant and code = :code")
                .set("tenant", tenant.value()).set("code", code).exists();
    }

    public Optional<RegisterEntry> find(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from register_entry where tenant_id = :tenant and id = :id")
                .set("tenant", tenant.value()).set("id", id).first(r -> entry(tenant, r));
    }

    /** Locks the row for the rest of the transaction (a consequence test changes the entry). */
    public Optional<RegisterEntry> findForUpdate(TenantId tenant, UUID id) {
        return Sql.of(em, "select " + COLUMNS + " from register_entry where tenant_id = :tenant and id = :id for update")
                .set("tenant", tenant.value()).set("id", id).first(r -> entry(tenant, r));
    }

    public Page<RegisterEntry> list(TenantId tenant, Filter f, int offset, int limit) {
        long total = filtered(tenant, "select count(*)" + where(f), f).count();
        return new Page<>(filtered(tenant, "select " + COLUMNS + where(f) + " order by number limit " + limit
                + " offset " + offset, f).list(r -> entry(tenant, r)), total);
    }

    /** How many entries the filter finds in each documentation stage, whatever stage it names (the tabs' counts). */
    public java.util.Map<DocumentationStage, Long> countsByStage(TenantId tenant, Filter f) {
        Filter anyStage = new Filter(f.publishedOnly(), f.infoClass(), f.unit(), null, f.text());
        java.util.Map<DocumentationStage, Long> out = new java.util.EnumMap<>(DocumentationStage.class);
        filtered(tenant, "select stage, count(*)" + where(anyStage) + " group by stage", anyStage)
                .list(r -> out.put(r.enumOf(0, DocumentationStage.class), r.count(1)));
        return out;
    }

    /** The from and where clauses of a filter; {@link #filtered} binds their parameters. */
    private static String where(Filter f) {
        StringBuilder where = new StringBuilder(" from register_entry where tenant_id = :tenant");
        if (f.publishedOnly()) {
            where.append(" and published");
        }
        if (f.infoClass() != null) {
            where.append(" and info_class = :infoClass");
        }
        if (f.unit() != null) {
            where.append(" and (owner_ppid = :unit or holding_unit = :unit)");
        }
        if (f.stage() != null) {
            where.append(" and stage = :stage");
        }
        if (f.text() != null) {
            where.append(" and (number = :number or search @@ websearch_to_tsquery('indonesian', :text))");
        }
        return where.toString();
    }

    /** A statement over {@link #where}'s clauses with the filter's parameters bound. */
    private Sql filtered(TenantId tenant, String statement, Filter f) {
        Sql q = Sql.of(em, statement).set("tenant", tenant.value());
        if (f.infoClass() != null) {
            q.set("infoClass", f.infoClass());
        }
        if (f.unit() != null) {
            q.set("unit", f.unit());
        }
        if (f.stage() != null) {
            q.set("stage", f.stage());
        }
        if (f.text() != null) {
            q.set("number", f.text().strip().toUpperCase(java.util.Locale.ROOT)).set("text", f.text());
        }
        return q;
    }

    /** Named query: berkala items whose next update date has passed (Perki 1/2021), oldest due first. */
    public Page<RegisterEntry> berkalaOverdue(TenantId tenant, LocalDate today, String unit, int offset, int limit) {
        String where = " from register_entry where tenant_id = :tenant and info_class = 'BERKALA' "
                + "and next_update_due < :today and (:unit is null or owner_ppid = :unit)";
        java.util.function.Function<String, Sql> statement = text -> Sql.of(em, text).set("tenant", tenant.value())
                .set("today", today).set("unit", unit, String.class);
        long total = statement.apply("select count(*)" + where).count();
        return new Page<>(statement.apply("select " + COLUMNS + where + " order by next_update_due, number limit "
                + limit + " offset " + offset).list(r -> entry(tenant, r)), total);
    }

    /** Published serta-merta information flagged for the portal's front page, newest first. */
    public List<RegisterEntry> frontPage(TenantId tenant, int limit) {
        return Sql.of(em, "select " + COLUMNS + """
                 from register_entry where tenant_id = :tenant and front_page and published
                order by published_at desc limit :limit
                """).set("tenant", tenant.value()).set("limit", limit).list(r -> entry(tenant, r));
    }

    /**
     * Full-text search in Indonesian over the published entries: {@code websearch_to_tsquery} (quotes, OR, -word),
     * ranked by {@code ts_rank} among the newest {@code candidates} matches, with a snippet of title and summary.
     * Document contents are not searched. The total is exact up to {@code candidates}; beyond it the page says
     * "more than" ({@link Page#capped()}).
     */
    public Page<Hit> search(TenantId tenant, String text, int offset, int limit, int candidates) {
        // One statement: the candidates (newest first, one more than the cap to know whether there are more), their
        // count, the page by rank, then the snippets: ts_headline re-parses the text, so only for the page's rows.
        record Row(Sql.Row row, RegisterEntry entry) {
        }
        List<Row> rows = Sql.of(em, "with q as (select websearch_to_tsquery('indonesian', :text) q), "
                // the candidates come from the covering index alone (V0042): no entry row is read for them
                + "candidate as materialized (select m.id, m.published_at, m.number, ts_rank(m.search, q.q) as rank "
                + "  from register_entry m, q where m.tenant_id = :tenant and m.published and m.search @@ q.q "
                + "  order by m.published_at desc, m.number limit :candidatesAndOne), "
                + "counted as (select count(*) as n from candidate), "
                + "page as (select id, rank, number from (select * from candidate "
                + "  order by published_at desc, number limit :candidates) ranked order by rank desc, number "
                + "  limit :limit offset :offset) "
                + "select " + prefixed() + """
                , page.rank,
                  ts_headline('indonesian', e.title || '. ' || e.summary, q.q,
                      'StartSel=' || chr(1) || ', StopSel=' || chr(2)
                      || ', MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "'),
                  counted.n
                from counted left join (page join register_entry e on e.tenant_id = :tenant and e.id = page.id)
                    on true, q
                order by page.rank desc, page.number
                """).set("tenant", tenant.value()).set("text", text).set("limit", limit).set("offset", offset)
                .set("candidatesAndOne", candidates + 1).set("candidates", candidates)
                .list(r -> new Row(r, r.raw(0) == null ? null : entry(tenant, r)));
        long found = rows.isEmpty() ? 0 : rows.get(0).row().count(ENTRY_COLUMNS + 2);
        List<Hit> hits = new ArrayList<>();
        for (Row r : rows) {
            if (r.entry() != null) {
                hits.add(new Hit(r.entry(), r.row().decimal(ENTRY_COLUMNS), r.row().text(ENTRY_COLUMNS + 1)));
            }
        }
        return found > candidates ? new Page<>(hits, candidates, true) : new Page<>(hits, found, false);
    }

    private static String prefixed() {
        return Arrays.stream(COLUMNS.split(",")).map(String::strip).map(c -> "e." + c)
                .collect(Collectors.joining(", "));
    }

    /** Every entry of the tenant's published register, in number order (the export for Pasal 17(2)). */
    public List<RegisterEntry> publishedRegister(TenantId tenant, int limit) {
        return Sql.of(em, "select " + COLUMNS
                + " from register_entry where tenant_id = :tenant and published order by number limit :limit")
                .set("tenant", tenant.value()).set("limit", limit).list(r -> entry(tenant, r));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertDocument(TenantId tenant, Document d, byte[] content, String by) {
        Sql.of(em, """
                insert into register_document (tenant_id, id, entry_id, file_name, media_type, size_bytes, sha256,
                    content, uploaded_at, uploaded_by)
                values (:tenant, :id, :entry, :fileName, :mediaType, :size, :sha256, :content, :uploadedAt, :by)
                """).set("tenant", tenant.value()).set("id", d.id()).set("entry", d.entryId())
                .set("fileName", d.fileName()).set("mediaType", d.mediaType()).set("size", d.sizeBytes())
                .set("sha256", d.sha256()).set("content", content).set("uploadedAt", d.uploadedAt()).set("by", by)
                .execute();
    }

    public List<Document> documents(TenantId tenant, UUID entryId) {
        return Sql.of(em, """
                select id, entry_id, file_name, media_type, size_bytes, sha256, uploaded_at from register_document
                where tenant_id = :tenant and entry_id = :entry order by uploaded_at, id
                """).set("tenant", tenant.value()).set("entry", entryId).list(RegisterRepository::document);
    }

    /** A document with its content, only if it belongs to the entry. */
    public Optional<DocumentContent> documentContent(TenantId tenant, UUID entryId, UUID documentId) {
        return Sql.of(em, """
                select id, entry_id, file_name, media_type, size_bytes, sha256, uploaded_at, content
                from register_document where tenant_id = :tenant and entry_id = :entry and id = :id
                """).set("tenant", tenant.value()).set("entry", entryId).set("id", documentId)
                .first(r -> new DocumentContent(document(r), (byte[]) r.raw(7)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertDelivery(TenantId tenant, UUID id, String unit, LocalDate on, int entries, String note,
            String by, Instant at) {
        Sql.of(em, """
                insert into register_delivery (tenant_id, id, org_unit_code, delivered_on, entries, note,
                    recorded_by, recorded_at)
                values (:tenant, :id, :unit, :on, :entries, :note, :by, :at)
                """).set("tenant", tenant.value()).set("id", id).set("unit", unit).set("on", on)
                .set("entries", entries).set("note", note, String.class).set("by", by).set("at", at).execute();
    }

    public List<LastDelivery> lastDeliveries(TenantId tenant) {
        return Sql.of(em, """
                select org_unit_code, max(delivered_on) from register_delivery where tenant_id = :tenant
                group by org_unit_code
                """).set("tenant", tenant.value()).list(r -> new LastDelivery(r.text(0), r.date(1)));
    }

    public long count(TenantId tenant, UUID entryId) {
        return Sql.of(em, "select count(*) from register_document where tenant_id = :tenant and entry_id = :entry")
                .set("tenant", tenant.value()).set("entry", entryId).count();
    }

    private static Document document(Sql.Row r) {
        return new Document(r.uuid(0), r.uuid(1), r.text(2), r.text(3), r.integer(4), r.text(5).trim(),
                r.instant(6));
    }

    /** How many columns {@link #COLUMNS} names: a search's rank, snippet and count follow them. */
    private static final int ENTRY_COLUMNS = COLUMNS.split(",").length;

    private static RegisterEntry entry(TenantId tenant, Sql.Row r) {
        Set<AvailableForm> forms = r.text(9).isEmpty() ? Set.of()
                : Arrays.stream(r.text(9).split(",")).map(AvailableForm::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AvailableForm.class)));
        RegisterEntry.Description d = new RegisterEntry.Description(r.text(2), r.text(3), r.text(4), r.text(5),
                r.text(6), r.date(7), r.text(8), forms, r.text(10));
        RegisterEntry.Exemption exemption = r.raw(21) == null ? null
                : new RegisterEntry.Exemption(ExemptionGround.valueOf(r.text(21).trim()), r.text(22), r.date(23));
        RegisterEntry.State s = new RegisterEntry.State(r.enumOf(11, InformationClass.class),
                r.enumOf(12, InformationClass.class), r.enumOf(14, DocumentationStage.class), r.text(15), r.flag(16),
                r.instant(17), r.flag(18), r.date(19), r.date(20), exemption, r.integer(25));
        return new RegisterEntry(tenant, r.uuid(0), r.text(1), d, r.text(13), r.instant(24), s);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertHandover(TenantId t, LibraryHandover h, String by, Instant at) {
        Sql.of(em, "insert into register_library_handover (tenant_id, id, handed_on, reference, entries, "
                + "recorded_by, recorded_at) values (:tenant, :id, :on, :reference, :entries, :by, :at)")
                .set("tenant", t.value()).set("id", h.id()).set("on", h.handedOn())
                .set("reference", h.reference(), String.class).set("entries", h.entries()).set("by", by)
                .set("at", at).execute();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<LibraryHandover> handovers(TenantId t) {
        return Sql.of(em, "select id, handed_on, reference, entries from register_library_handover "
                + "where tenant_id = :tenant order by handed_on desc, recorded_at desc limit 100")
                .set("tenant", t.value())
                .list(r -> new LibraryHandover(r.uuid(0), r.date(1), r.text(2), r.integer(3)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAssignment(TenantId t, id.balai.register.domain.DocumentationAssignment a) {
        Sql.of(em, "insert into documentation_assignment (tenant_id, id, org_unit_code, work, description, "
                + "assigned_on, assigned_by, due_on) values (:tenant, :id, :unit, :work, :description, :on, :by, :due)")
                .set("tenant", t.value()).set("id", a.id()).set("unit", a.unit()).set("work", a.work())
                .set("description", a.description(), String.class).set("on", a.assignedOn())
                .set("by", a.assignedBy()).set("due", a.dueOn()).execute();
    }

    /** Records the work done, unless it already is (then nothing changes and the caller says so). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markAssignmentDone(TenantId t, id.balai.register.domain.DocumentationAssignment a, String by) {
        return Sql.of(em, "update documentation_assignment set done_on = :on, done_note = :note, done_by = :by "
                + "where tenant_id = :tenant and id = :id and done_on is null").set("tenant", t.value())
                .set("id", a.id()).set("on", a.doneOn().orElseThrow()).set("note", a.doneNote().orElse(null), String.class)
                .set("by", by).execute() == 1;
    }

    /** The assignments, of one unit when {@code unit} is given; the open ones first by due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<id.balai.register.domain.DocumentationAssignment> assignments(TenantId t, String unit) {
        return Sql.of(em, "select id, org_unit_code, work, description, assigned_on, assigned_by, due_on, done_on, "
                + "done_note from documentation_assignment where tenant_id = :tenant and "
                + "(:unit is null or org_unit_code = :unit) order by done_on is not null, due_on limit 500")
                .set("tenant", t.value()).set("unit", unit, String.class)
                .list(r -> new id.balai.register.domain.DocumentationAssignment(r.uuid(0), r.text(1),
                        r.enumOf(2, id.balai.register.domain.DocumentationAssignment.Work.class), r.text(3),
                        r.date(4), r.text(5), r.date(6), Optional.ofNullable(r.date(7)),
                        Optional.ofNullable(r.text(8))));
    }
}
