package id.balai.register.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;
import id.balai.register.domain.DocumentationStage;
import id.balai.register.domain.InformationClass;
import id.balai.register.domain.RegisterEntry;

/**
 * The port to one regency's register of public information (DIP): entries with their documents, the filtered and
 * searched lists, the deliveries and the handovers to the regional library. Each call joins the caller's
 * transaction, bound to the tenant. The adapter is {@code register.infrastructure.RegisterRepository}.
 */
public interface RegisterEntries {

    /**
     * A page of a list and the list's size; {@code capped}: there are more than {@code total} (a search ranks its
     * newest {@link #SEARCH_CANDIDATES} matches only).
     */
    public record Page<T>(List<T> items, long total, boolean capped) {
        public Page(List<T> items, long total) {
            this(items, total, false);
        }
    }

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

    /**
     * How many matches a search ranks at most: the newest this many. Ranking every match of a common word in a
     * register of 200 000 entries took seconds (docs/benchmarks.md); the newest 1 000 matches are found by the
     * publication-date index without reading the others, and a rarer word (fewer matches) is ranked in full.
     */
    public static final int SEARCH_CANDIDATES = 1000;

    public record DocumentContent(Document document, byte[] content) {
    }

    /** A handover of the register to the regional library (Pasal 17(2)). */
    public record LibraryHandover(UUID id, LocalDate handedOn, String reference, int entries) {
    }

    /**
     * The next entry number of the tenant and year, e.g. {@code DIP/ME-2026-000012} (a series of
     * {@code platform.infrastructure.SeriesNumbers}).
     */
    String nextNumber(TenantId tenant, String shortCode, int year);

    void insert(RegisterEntry e);

    void save(RegisterEntry e);

    boolean codeTaken(TenantId tenant, String code);

    Optional<RegisterEntry> find(TenantId tenant, UUID id);

    /** Locks the row for the rest of the transaction (a consequence test changes the entry). */
    Optional<RegisterEntry> findForUpdate(TenantId tenant, UUID id);

    Page<RegisterEntry> list(TenantId tenant, Filter f, int offset, int limit);

    /** How many entries the filter finds in each documentation stage, whatever stage it names (the tabs' counts). */
    java.util.Map<DocumentationStage, Long> countsByStage(TenantId tenant, Filter f);

    /** Named query: berkala items whose next update date has passed (Perki 1/2021), oldest due first. */
    Page<RegisterEntry> berkalaOverdue(TenantId tenant, LocalDate today, String unit, int offset, int limit);

    /** Published serta-merta information flagged for the portal's front page, newest first. */
    List<RegisterEntry> frontPage(TenantId tenant, int limit);

    /**
     * Full-text search in Indonesian over the published entries: {@code websearch_to_tsquery} (quotes, OR, -word),
     * ranked by {@code ts_rank} among the newest {@code candidates} matches, with a snippet of title and summary.
     * Document contents are not searched. The total is exact up to {@code candidates}; beyond it the page says
     * "more than" ({@link Page#capped()}).
     */
    Page<Hit> search(TenantId tenant, String text, int offset, int limit, int candidates);

    /** Every entry of the tenant's published register, in number order (the export for Pasal 17(2)). */
    List<RegisterEntry> publishedRegister(TenantId tenant, int limit);

    void insertDocument(TenantId tenant, Document d, byte[] content, String by);

    List<Document> documents(TenantId tenant, UUID entryId);

    /** A document with its content, only if it belongs to the entry. */
    Optional<DocumentContent> documentContent(TenantId tenant, UUID entryId, UUID documentId);

    void insertDelivery(TenantId tenant, UUID id, String unit, LocalDate on, int entries, String note, String by,
            Instant at);

    List<LastDelivery> lastDeliveries(TenantId tenant);

    long count(TenantId tenant, UUID entryId);

    void insertHandover(TenantId t, LibraryHandover h, String by, Instant at);

    List<LibraryHandover> handovers(TenantId t);

    void insertAssignment(TenantId t, id.balai.register.domain.DocumentationAssignment a);

    /** Records the work done, unless it already is (then nothing changes and the caller says so). */
    boolean markAssignmentDone(TenantId t, id.balai.register.domain.DocumentationAssignment a, String by);

    /** The assignments, of one unit when {@code unit} is given; the open ones first by due date. */
    List<id.balai.register.domain.DocumentationAssignment> assignments(TenantId t, String unit);
}
