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
import id.balai.register.domain.AvailableForm;
import id.balai.register.domain.DocumentationStage;
import id.balai.register.domain.ExemptionGround;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;
import id.balai.register.domain.RegisterErrors;
import id.balai.platform.infrastructure.SeriesNumbers;
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
public class RegisterRepository {
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

    /**
     * A page of a list and the list's size; {@code capped}: there are more than {@code total} (a search ranks its
     * newest {@link #SEARCH_CANDIDATES} matches only).
     */
    public record Page<T>(List<T> items, long total, boolean capped) {
        public Page(List<T> items, long total) {
            this(items, total, false);
        }
    }

    /** Filters of a list; null means any. */
    /** @param text a number or code as written, or words of the title and summary (Indonesian stemming) */
    public record Filter(boolean publishedOnly, InformationClass infoClass, String unit, DocumentationStage stage,
            String text) {
        public Filter(boolean publishedOnly, InformationClass infoClass, String unit, DocumentationStage stage) {
            this(publishedOnly, infoClass, unit, stage, null);
        }
    }

    /** A document's metadata (its content is read separately). */
    public record Document(UUID id, UUID entryId, String fileName, String mediaType, int sizeBytes, String sha256,
            Instant uploadedAt) {
    }

    /** A search hit: the entry, its rank and a snippet with matches between {@link #START} and {@link #STOP}. */
    public record Hit(RegisterEntry entry, double rank, String headline) {
    }

    /** The last delivery of each unit that delivered (Pasal 11b). */
    public record LastDelivery(String unit, LocalDate deliveredOn) {
    }

    /** The next entry number of the tenant and year, e.g. {@code DIP/ME-2026-000012} ({@link SeriesNumbers}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String nextNumber(TenantId tenant, String shortCode, int year) {
        return String.format("DIP/%s-%d-%06d", shortCode, year, SeriesNumbers.next(em, "DIP", year));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(RegisterEntry e) {
        RegisterEntry.Description d = e.description();
        em.createNativeQuery("""
                insert into register_entry (tenant_id, id, number, title, summary, holding_official, holding_unit,
                    person_responsible, made_on, made_place, available_forms, retention_period, info_class,
                    owner_ppid, stage, created_at, last_updated_on, next_update_due)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, cast(?9 as date), ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                    cast(?17 as date), cast(?18 as date))
                """)
                .setParameter(1, e.tenant().value()).setParameter(2, e.id()).setParameter(3, e.number())
                .setParameter(4, d.title()).setParameter(5, d.summary()).setParameter(6, d.holdingOfficial())
                .setParameter(7, d.holdingUnit()).setParameter(8, d.personResponsible())
                .setParameter(9, str(d.madeOn())).setParameter(10, d.madePlace())
                .setParameter(11, d.forms().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .setParameter(12, d.retentionPeriod()).setParameter(13, e.infoClass().name())
                .setParameter(14, e.ownerPpid()).setParameter(15, e.stage().name())
                .setParameter(16, Timestamp.from(e.createdAt()))
                .setParameter(17, e.lastUpdatedOn().map(LocalDate::toString).orElse(null))
                .setParameter(18, e.nextUpdateDue().map(LocalDate::toString).orElse(null))
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(RegisterEntry e) {
        RegisterEntry.State s = e.state();
        int n = em.createNativeQuery("""
                update register_entry set info_class = ?3, class_before_exemption = ?4, stage = ?5, code = ?6,
                    published = ?7, published_at = cast(?8 as timestamptz), front_page = ?9,
                    last_updated_on = cast(?10 as date), next_update_due = cast(?11 as date),
                    exemption_ground = ?12, exemption_decree = ?13, exempt_until = cast(?14 as date),
                    version = version + 1
                where tenant_id = ?1 and id = ?2 and version = ?15
                """)
                .setParameter(1, e.tenant().value()).setParameter(2, e.id()).setParameter(3, s.infoClass().name())
                .setParameter(4, s.classBeforeExemption() == null ? null : s.classBeforeExemption().name())
                .setParameter(5, s.stage().name()).setParameter(6, s.code()).setParameter(7, s.published())
                .setParameter(8, s.publishedAt() == null ? null : s.publishedAt().toString())
                .setParameter(9, s.frontPage()).setParameter(10, str(s.lastUpdatedOn()))
                .setParameter(11, str(s.nextUpdateDue()))
                .setParameter(12, s.exemption() == null ? null : s.exemption().ground().name())
                .setParameter(13, s.exemption() == null ? null : s.exemption().decreeNumber())
                .setParameter(14, s.exemption() == null ? null : str(s.exemption().until()))
                .setParameter(15, s.version()).executeUpdate();
        if (n != 1) {
            throw RegisterErrors.changedMeanwhile();
        }
    }

    public boolean codeTaken(TenantId tenant, String code) {
        return !em.createNativeQuery("select 1 from register_entry where tenant_id = ?1 and code = ?2")
                .setParameter(1, tenant.value()).setParameter(2, code).getResultList().isEmpty();
    }

    public Optional<RegisterEntry> find(TenantId tenant, UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from register_entry where tenant_id = ?1 and id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> entry(tenant, (Object[]) r));
    }

    /** Locks the row for the rest of the transaction (a consequence test changes the entry). */
    public Optional<RegisterEntry> findForUpdate(TenantId tenant, UUID id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS
                + " from register_entry where tenant_id = ?1 and id = ?2 for update")
                .setParameter(1, tenant.value()).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(r -> entry(tenant, (Object[]) r));
    }

    public Page<RegisterEntry> list(TenantId tenant, Filter f, int offset, int limit) {
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        String where = where(f, params);
        Query count = em.createNativeQuery("select count(*)" + where);
        Query page = em.createNativeQuery("select " + COLUMNS + where + " order by number limit " + limit
                + " offset " + offset);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            page.setParameter(i + 1, params.get(i));
        }
        return new Page<>(entries(tenant, page.getResultList()), ((Number) count.getSingleResult()).longValue());
    }

    /** How many entries the filter finds in each documentation stage, whatever stage it names (the tabs' counts). */
    public java.util.Map<DocumentationStage, Long> countsByStage(TenantId tenant, Filter f) {
        List<Object> params = new ArrayList<>(List.of(tenant.value()));
        String where = where(new Filter(f.publishedOnly(), f.infoClass(), f.unit(), null, f.text()), params);
        Query q = em.createNativeQuery("select stage, count(*)" + where + " group by stage");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        java.util.Map<DocumentationStage, Long> out = new java.util.EnumMap<>(DocumentationStage.class);
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            out.put(DocumentationStage.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        return out;
    }

    /** The where clause of a filter, its parameters appended to {@code params} (the tenant's is the first). */
    private static String where(Filter f, List<Object> params) {
        StringBuilder where = new StringBuilder(" from register_entry where tenant_id = ?1");
        if (f.publishedOnly()) {
            where.append(" and published");
        }
        if (f.infoClass() != null) {
            params.add(f.infoClass().name());
            where.append(" and info_class = ?").append(params.size());
        }
        if (f.unit() != null) {
            params.add(f.unit());
            where.append(" and (owner_ppid = ?").append(params.size()).append(" or holding_unit = ?")
                    .append(params.size()).append(")");
        }
        if (f.stage() != null) {
            params.add(f.stage().name());
            where.append(" and stage = ?").append(params.size());
        }
        if (f.text() != null) {
            params.add(f.text().strip().toUpperCase(java.util.Locale.ROOT));
            int number = params.size();
            params.add(f.text());
            where.append(" and (number = ?").append(number).append(" or search @@ websearch_to_tsquery('indonesian', ?")
                    .append(params.size()).append("))");
        }
        return where.toString();
    }

    /** Named query: berkala items whose next update date has passed (Perki 1/2021), oldest due first. */
    public Page<RegisterEntry> berkalaOverdue(TenantId tenant, LocalDate today, String unit, int offset, int limit) {
        String where = " from register_entry where tenant_id = ?1 and info_class = 'BERKALA' and next_update_due < ?2"
                + (unit == null ? "" : " and owner_ppid = ?3");
        Query count = em.createNativeQuery("select count(*)" + where);
        Query page = em.createNativeQuery("select " + COLUMNS + where + " order by next_update_due, number limit "
                + limit + " offset " + offset);
        for (Query q : List.of(count, page)) {
            q.setParameter(1, tenant.value()).setParameter(2, Date.valueOf(today));
            if (unit != null) {
                q.setParameter(3, unit);
            }
        }
        return new Page<>(entries(tenant, page.getResultList()), ((Number) count.getSingleResult()).longValue());
    }

    /** Published serta-merta information flagged for the portal's front page, newest first. */
    public List<RegisterEntry> frontPage(TenantId tenant, int limit) {
        return entries(tenant, em.createNativeQuery("select " + COLUMNS + """
                 from register_entry where tenant_id = ?1 and front_page and published
                order by published_at desc limit ?2
                """).setParameter(1, tenant.value()).setParameter(2, limit).getResultList());
    }

    /**
     * How many matches a search ranks at most: the newest this many. Ranking every match of a common word in a
     * register of 200 000 entries took seconds (docs/benchmarks.md); the newest 1 000 matches are found by the
     * publication-date index without reading the others, and a rarer word (fewer matches) is ranked in full.
     */
    public static final int SEARCH_CANDIDATES = 1000;

    /**
     * Full-text search in Indonesian over the published entries: {@code websearch_to_tsquery} (quotes, OR, -word),
     * ranked by {@code ts_rank} among the newest {@code candidates} matches, with a snippet of title and summary.
     * Document contents are not searched. The total is exact up to {@code candidates}; beyond it the page says
     * "more than" ({@link Page#capped()}).
     */
    @SuppressWarnings("unchecked")
    public Page<Hit> search(TenantId tenant, String text, int offset, int limit, int candidates) {
        // One statement: the candidates (newest first, one more than the cap to know whether there are more), their
        // count, the page by rank, then the snippets: ts_headline re-parses the text, so only for the page's rows.
        List<Object[]> rows = em.createNativeQuery("with q as (select websearch_to_tsquery('indonesian', ?2) q), "
                // the candidates come from the covering index alone (V0042): no entry row is read for them
                + "candidate as materialized (select m.id, m.published_at, m.number, ts_rank(m.search, q.q) as rank "
                + "  from register_entry m, q where m.tenant_id = ?1 and m.published and m.search @@ q.q "
                + "  order by m.published_at desc, m.number limit ?5), "
                + "counted as (select count(*) as n from candidate), "
                + "page as (select id, rank, number from (select * from candidate "
                + "  order by published_at desc, number limit ?6) ranked order by rank desc, number limit ?3 offset ?4) "
                + "select " + prefixed() + """
                , page.rank,
                  ts_headline('indonesian', e.title || '. ' || e.summary, q.q,
                      'StartSel=' || chr(1) || ', StopSel=' || chr(2)
                      || ', MaxFragments=2, MinWords=8, MaxWords=30, FragmentDelimiter=" … "'),
                  counted.n
                from counted left join (page join register_entry e on e.tenant_id = ?1 and e.id = page.id) on true, q
                order by page.rank desc, page.number
                """).setParameter(1, tenant.value()).setParameter(2, text).setParameter(3, limit)
                .setParameter(4, offset).setParameter(5, candidates + 1).setParameter(6, candidates).getResultList();
        long found = rows.isEmpty() ? 0 : ((Number) rows.get(0)[rows.get(0).length - 1]).longValue();
        List<Hit> hits = new ArrayList<>();
        for (Object[] r : rows) {
            int n = r.length;
            if (r[0] != null) {
                hits.add(new Hit(entry(tenant, r), ((Number) r[n - 3]).doubleValue(), (String) r[n - 2]));
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
        return entries(tenant, em.createNativeQuery("select " + COLUMNS
                + " from register_entry where tenant_id = ?1 and published order by number limit ?2")
                .setParameter(1, tenant.value()).setParameter(2, limit).getResultList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertDocument(TenantId tenant, Document d, byte[] content, String by) {
        em.createNativeQuery("""
                insert into register_document (tenant_id, id, entry_id, file_name, media_type, size_bytes, sha256,
                    content, uploaded_at, uploaded_by)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                """).setParameter(1, tenant.value()).setParameter(2, d.id()).setParameter(3, d.entryId())
                .setParameter(4, d.fileName()).setParameter(5, d.mediaType()).setParameter(6, d.sizeBytes())
                .setParameter(7, d.sha256()).setParameter(8, content).setParameter(9, Timestamp.from(d.uploadedAt()))
                .setParameter(10, by).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Document> documents(TenantId tenant, UUID entryId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, entry_id, file_name, media_type, size_bytes, sha256, uploaded_at from register_document
                where tenant_id = ?1 and entry_id = ?2 order by uploaded_at, id
                """).setParameter(1, tenant.value()).setParameter(2, entryId).getResultList();
        return rows.stream().map(RegisterRepository::document).toList();
    }

    /** A document with its content, only if it belongs to the entry. */
    @SuppressWarnings("unchecked")
    public Optional<DocumentContent> documentContent(TenantId tenant, UUID entryId, UUID documentId) {
        List<Object[]> rows = em.createNativeQuery("""
                select id, entry_id, file_name, media_type, size_bytes, sha256, uploaded_at, content
                from register_document where tenant_id = ?1 and entry_id = ?2 and id = ?3
                """).setParameter(1, tenant.value()).setParameter(2, entryId).setParameter(3, documentId)
                .getResultList();
        return rows.stream().findFirst().map(r -> new DocumentContent(document(r), (byte[]) r[7]));
    }

    public record DocumentContent(Document document, byte[] content) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertDelivery(TenantId tenant, UUID id, String unit, LocalDate on, int entries, String note,
            String by, Instant at) {
        em.createNativeQuery("""
                insert into register_delivery (tenant_id, id, org_unit_code, delivered_on, entries, note,
                    recorded_by, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                """).setParameter(1, tenant.value()).setParameter(2, id).setParameter(3, unit)
                .setParameter(4, Date.valueOf(on)).setParameter(5, entries).setParameter(6, note)
                .setParameter(7, by).setParameter(8, Timestamp.from(at)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<LastDelivery> lastDeliveries(TenantId tenant) {
        List<Object[]> rows = em.createNativeQuery("""
                select org_unit_code, max(delivered_on) from register_delivery where tenant_id = ?1
                group by org_unit_code
                """).setParameter(1, tenant.value()).getResultList();
        return rows.stream().map(r -> new LastDelivery((String) r[0], date(r[1]))).toList();
    }

    public long count(TenantId tenant, UUID entryId) {
        return ((Number) em.createNativeQuery(
                "select count(*) from register_document where tenant_id = ?1 and entry_id = ?2")
                .setParameter(1, tenant.value()).setParameter(2, entryId).getSingleResult()).longValue();
    }

    private static Document document(Object[] r) {
        return new Document((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                ((String) r[5]).trim(), instant(r[6]));
    }

    @SuppressWarnings("unchecked")
    private static List<RegisterEntry> entries(TenantId tenant, List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> entry(tenant, r)).toList();
    }

    private static RegisterEntry entry(TenantId tenant, Object[] r) {
        Set<AvailableForm> forms = ((String) r[9]).isEmpty() ? Set.of()
                : Arrays.stream(((String) r[9]).split(",")).map(AvailableForm::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AvailableForm.class)));
        RegisterEntry.Description d = new RegisterEntry.Description((String) r[2], (String) r[3], (String) r[4],
                (String) r[5], (String) r[6], date(r[7]), (String) r[8], forms, (String) r[10]);
        RegisterEntry.Exemption exemption = r[21] == null ? null
                : new RegisterEntry.Exemption(ExemptionGround.valueOf(r[21].toString().trim()), (String) r[22],
                        date(r[23]));
        RegisterEntry.State s = new RegisterEntry.State(InformationClass.valueOf((String) r[11]),
                r[12] == null ? null : InformationClass.valueOf((String) r[12]),
                DocumentationStage.valueOf((String) r[14]), (String) r[15], (Boolean) r[16],
                r[17] == null ? null : instant(r[17]), (Boolean) r[18], date(r[19]), date(r[20]), exemption,
                ((Number) r[25]).intValue());
        return new RegisterEntry(tenant, (UUID) r[0], (String) r[1], d, (String) r[13], instant(r[24]), s);
    }

    static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        return ((OffsetDateTime) value).toInstant();
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) value;
    }

    /** A handover of the register to the regional library (Pasal 17(2)). */
    public record LibraryHandover(UUID id, LocalDate handedOn, String reference, int entries) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertHandover(TenantId t, LibraryHandover h, String by, Instant at) {
        em.createNativeQuery("insert into register_library_handover (tenant_id, id, handed_on, reference, entries, "
                + "recorded_by, recorded_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)").setParameter(1, t.value())
                .setParameter(2, h.id()).setParameter(3, java.sql.Date.valueOf(h.handedOn()))
                .setParameter(4, h.reference()).setParameter(5, h.entries()).setParameter(6, by)
                .setParameter(7, java.sql.Timestamp.from(at)).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<LibraryHandover> handovers(TenantId t) {
        List<Object[]> rows = em.createNativeQuery("select id, handed_on, reference, entries from "
                + "register_library_handover where tenant_id = ?1 order by handed_on desc, recorded_at desc limit 100")
                .setParameter(1, t.value()).getResultList();
        return rows.stream().map(o -> new LibraryHandover((UUID) o[0], ((java.sql.Date) o[1]).toLocalDate(),
                (String) o[2], ((Number) o[3]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAssignment(TenantId t, id.balai.register.domain.DocumentationAssignment a) {
        em.createNativeQuery("insert into documentation_assignment (tenant_id, id, org_unit_code, work, description, "
                + "assigned_on, assigned_by, due_on) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, t.value()).setParameter(2, a.id()).setParameter(3, a.unit())
                .setParameter(4, a.work().name()).setParameter(5, a.description())
                .setParameter(6, java.sql.Date.valueOf(a.assignedOn())).setParameter(7, a.assignedBy())
                .setParameter(8, java.sql.Date.valueOf(a.dueOn())).executeUpdate();
    }

    /** Records the work done, unless it already is (then nothing changes and the caller says so). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markAssignmentDone(TenantId t, id.balai.register.domain.DocumentationAssignment a, String by) {
        return em.createNativeQuery("update documentation_assignment set done_on = ?3, done_note = ?4, done_by = ?5 "
                + "where tenant_id = ?1 and id = ?2 and done_on is null").setParameter(1, t.value())
                .setParameter(2, a.id()).setParameter(3, java.sql.Date.valueOf(a.doneOn().orElseThrow()))
                .setParameter(4, a.doneNote().orElse(null)).setParameter(5, by).executeUpdate() == 1;
    }

    /** The assignments, of one unit when {@code unit} is given; the open ones first by due date. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<id.balai.register.domain.DocumentationAssignment> assignments(TenantId t, String unit) {
        List<Object[]> rows = em.createNativeQuery("select id, org_unit_code, work, description, assigned_on, "
                + "assigned_by, due_on, done_on, done_note from documentation_assignment where tenant_id = ?1 and "
                + "(cast(?2 as varchar) is null or org_unit_code = ?2) order by done_on is not null, due_on limit 500")
                .setParameter(1, t.value()).setParameter(2, unit).getResultList();
        return rows.stream().map(o -> new id.balai.register.domain.DocumentationAssignment((UUID) o[0],
                (String) o[1], id.balai.register.domain.DocumentationAssignment.Work.valueOf((String) o[2]),
                (String) o[3], ((java.sql.Date) o[4]).toLocalDate(), (String) o[5], ((java.sql.Date) o[6]).toLocalDate(),
                java.util.Optional.ofNullable((java.sql.Date) o[7]).map(java.sql.Date::toLocalDate),
                java.util.Optional.ofNullable((String) o[8]))).toList();
    }
}
