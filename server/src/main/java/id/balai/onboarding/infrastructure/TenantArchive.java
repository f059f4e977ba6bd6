package id.balai.onboarding.infrastructure;

import id.balai.platform.infrastructure.SessionSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.balai.onboarding.application.TenantArchives;
import id.balai.platform.infrastructure.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * One tenant's complete data as a zip, and back (issue: move a regency between deployments or shards; the round
 * trip keeps everything, the audit chain included). Plain JDBC on a connection the caller opens as the application
 * role, inside row-level security: the export reads in one REPEATABLE READ snapshot with the tenant set, the import
 * writes every table in one transaction in foreign-key order, so that a failed import leaves nothing.
 *
 * <p>Contents: {@code manifest.json} (format, schema version, tables with their row counts), {@code tenant.json}
 * (the registry row), and {@code tables/<table>.jsonl}, one JSON object per row (PostgreSQL's own
 * {@code row_to_json}; bytea as {@code \x...} hex, read back by {@code json_populate_record}). The tables are
 * every table with a {@code tenant_id} column except sessions (credentials of the old deployment) and derived
 * aggregates (rebuilt there). Personal data
 * stays encrypted: the target needs the same personal-data keys.
 */
@ApplicationScoped
public class TenantArchive implements TenantArchives {
    /**
     * Not moved: sign-in sessions belong to the deployment that issued them; the compliance aggregates are derived
     * from the records and rebuilt on the target by its first compliance run.
     */
    static final Set<String> NOT_MOVED = Set.of("auth_session", "tenant", "compliance_day", "compliance_month",
            "compliance_snapshot");
    private static final int BATCH = 500;

    @Resource(lookup = "jdbc/balai")
    DataSource dataSource;

    @Override
    public Manifest export(String tenant, OutputStream out) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            return export(c, tenant, out);
        }
    }

    @Override
    public Contents peek(java.nio.file.Path archive) throws IOException {
        return contents(archive);
    }

    @Override
    public Manifest importInto(java.nio.file.Path archive) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            return importInto(c, archive);
        }
    }

    /** The tables that hold tenant data, parents before children (foreign keys among them). */
    public static List<String> tables(Connection c) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = current_schema() and c.column_name = 'tenant_id'
                    and t.table_type = 'BASE TABLE'
                order by c.table_name""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!NOT_MOVED.contains(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        Map<String, Set<String>> parents = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select distinct child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid
                join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = current_schema()""");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                parents.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
            }
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(tables);
        int guard = 0;
        while (!todo.isEmpty()) {
            String t = todo.poll();
            boolean ready = parents.getOrDefault(t, Set.of()).stream()
                    .allMatch(p -> p.equals(t) || !tables.contains(p) || placed.contains(p));
            if (ready) {
                ordered.add(t);
                placed.add(t);
                guard = 0;
            } else {
                todo.add(t);
                if (++guard > todo.size() + 1) {
                    throw new IllegalStateException("Foreign keys among tenant tables form a cycle: " + todo);
                }
            }
        }
        return ordered;
    }

    /** Writes the tenant's archive. The connection must be the application role's; its state is restored. */
    public static Manifest export(Connection c, String tenant, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            setTenant(c, tenant);
            // The series' sequences hold the last numbers handed out; the archive carries them in tracking_counter.
            execute(c, "select tracking_counters_flush()");
            ObjectNode tenantRow = tenantRow(c, tenant);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables(c)) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
                long n = 0;
                try (PreparedStatement ps = c.prepareStatement("select row_to_json(x)::text from (select "
                        + String.join(", ", quoted(columns(c, table))) + " from " + table
                        + " where tenant_id = ?) x")) {
                    ps.setFetchSize(BATCH);
                    ps.setString(1, tenant);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            zip.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                            zip.write('\n');
                            n++;
                        }
                    }
                }
                zip.closeEntry();
                counts.put(table, n);
            }
            zip.putNextEntry(new ZipEntry("tenant.json"));
            zip.write(Json.JSON.writeValueAsBytes(tenantRow));
            zip.closeEntry();
            Manifest m = new Manifest(FORMAT, tenant, schemaVersion(c), Instant.now(), counts);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(Json.JSON.writeValueAsBytes(m));
            zip.closeEntry();
            c.commit();
            return m;
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    /** The table of a regency's boundaries (its {@code boundaries.geojson}, checked with its definition). */
    static final String BOUNDARIES_TABLE = "tenant_boundaries";

    /** Reads an archive's manifest and definition, to check them before the import writes anything. */
    static Contents contents(java.nio.file.Path archive) throws IOException {
        try (java.util.zip.ZipFile zip = open(archive)) {
            Manifest m = read(zip, "manifest.json", Manifest.class);
            JsonNode row = read(zip, "tenant.json", JsonNode.class);
            if (!row.path("tenant_id").asText().equals(m.tenant())) {
                throw new Refused("ARCHIVE_UNREADABLE", "tenant.json bukan milik " + m.tenant(),
                        "tenant.json is not " + m.tenant() + "'s");
            }
            JsonNode definition = row.path("definition");
            // row_to_json writes jsonb as an object; an archive written by hand may hold it as text
            return new Contents(m, definition.isTextual() ? definition.asText()
                    : Json.JSON.writeValueAsString(definition), boundaries(zip, m.tenant()));
        }
    }

    /** The archived regency's boundaries: the one row of its boundaries table, if the archive has it. */
    private static Optional<String> boundaries(java.util.zip.ZipFile zip, String tenant) throws IOException {
        ZipEntry entry = zip.getEntry("tables/" + BOUNDARIES_TABLE + ".jsonl");
        if (entry == null) {
            return Optional.empty();
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(zip.getInputStream(entry),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = Json.JSON.readTree(line);
                if (!tenant.equals(row.path("tenant_id").asText())) {
                    throw new Refused("ARCHIVE_UNREADABLE", BOUNDARIES_TABLE + " memuat baris kabupaten/kota lain",
                            BOUNDARIES_TABLE + " holds a row of another tenant");
                }
                JsonNode geojson = row.path("geojson");
                return Optional.of(geojson.isTextual() ? geojson.asText() : Json.JSON.writeValueAsString(geojson));
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new Refused("ARCHIVE_UNREADABLE", BOUNDARIES_TABLE + " tidak dapat dibaca: "
                    + e.getOriginalMessage(), BOUNDARIES_TABLE + " cannot be read: " + e.getOriginalMessage());
        }
    }

    /**
     * Reads an archive into this database in one transaction: the tenant must not exist here, the schema version
     * must be this one's. The connection must be the application role's.
     */
    public static Manifest importInto(Connection c, java.nio.file.Path archive) throws SQLException, IOException {
        try (java.util.zip.ZipFile zip = open(archive)) {
            return importInto(c, zip);
        }
    }

    private static java.util.zip.ZipFile open(java.nio.file.Path archive) {
        try {
            return new java.util.zip.ZipFile(archive.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new Refused("ARCHIVE_UNREADABLE", "bukan arsip zip: " + e.getMessage(),
                    "not a zip archive: " + e.getMessage());
        }
    }

    private static Manifest importInto(Connection c, java.util.zip.ZipFile entries) throws SQLException, IOException {
        Manifest m = read(entries, "manifest.json", Manifest.class);
        if (!FORMAT.equals(m.format())) {
            throw new Refused("ARCHIVE_UNREADABLE", "format arsip tidak dikenal: " + m.format(),
                    "unknown archive format " + m.format());
        }
        ObjectNode tenantRow = (ObjectNode) read(entries, "tenant.json", JsonNode.class);
        // Here it is the operator's tenant: no file of this deployment defines it.
        tenantRow.put("source", "API");
        tenantRow.putNull("source_path");
        tenantRow.putNull("file_sha256");
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            String here = schemaVersion(c);
            if (!here.equals(m.schemaVersion())) {
                throw new Refused("ARCHIVE_SCHEMA_MISMATCH", "versi skema arsip " + m.schemaVersion()
                        + ", basis data ini " + here + ": impor ke instalasi dengan versi yang sama",
                        "the archive has schema version " + m.schemaVersion() + ", this database " + here
                                + ": import into a deployment of the same version");
            }
            if (exists(c, m.tenant())) {
                throw new Refused("TENANT_EXISTS", "kabupaten/kota " + m.tenant() + " sudah ada di sini",
                        "tenant " + m.tenant() + " already exists here");
            }
            insertTenant(c, tenantRow);
            setTenant(c, m.tenant());
            List<String> tables = tables(c);
            for (String table : m.rows().keySet()) {
                if (!tables.contains(table)) {
                    throw new Refused("ARCHIVE_SCHEMA_MISMATCH", "tabel tidak dikenal: " + table,
                            "unknown table " + table);
                }
            }
            for (String table : tables) {
                ZipEntry entry = entries.getEntry("tables/" + table + ".jsonl");
                if (entry == null) {
                    continue;
                }
                List<String> cols = quoted(columns(c, table));
                String sql = "insert into " + table + " (" + String.join(", ", cols) + ") select "
                        + String.join(", ", cols) + " from json_populate_recordset(null::" + table
                        + ", cast(? as json))";
                long n = 0;
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(entries.getInputStream(entry),
                        StandardCharsets.UTF_8));
                        PreparedStatement ps = c.prepareStatement(sql)) {
                    List<String> batch = new ArrayList<>();
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode row = Json.JSON.readTree(line);
                        if (!m.tenant().equals(row.path("tenant_id").asText())) {
                            throw new Refused("ARCHIVE_UNREADABLE", table + " memuat baris kabupaten/kota lain",
                                    table + " holds a row of another tenant");
                        }
                        batch.add(line);
                        if (batch.size() == BATCH) {
                            n += flush(ps, batch);
                        }
                    }
                    n += flush(ps, batch);
                }
                long expected = m.rows().getOrDefault(table, 0L);
                if (n != expected) {
                    throw new Refused("ARCHIVE_UNREADABLE", table + ": " + n + " baris, manifes menyebut " + expected,
                            table + ": " + n + " rows, the manifest says " + expected);
                }
            }
            // Numbers and journal ids continue after the imported ones (migrations V0090, V0091).
            execute(c, "select tracking_counters_adopt()");
            execute(c, "select audit_journal_adopt()");
            c.commit();
            return m;
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    private static long flush(PreparedStatement ps, List<String> batch) throws SQLException {
        if (batch.isEmpty()) {
            return 0;
        }
        ps.setString(1, "[" + String.join(",", batch) + "]");
        long n = ps.executeUpdate();
        batch.clear();
        return n;
    }

    /** The columns a row is written with: generated ones are computed by the database again. */
    static List<String> columns(Connection c, String table) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
                order by ordinal_position""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cols.add(rs.getString(1));
                }
            }
        }
        return cols;
    }

    private static List<String> quoted(List<String> cols) {
        return cols.stream().map(col -> "\"" + col.replace("\"", "\"\"") + "\"").toList();
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        SessionSettings.setLocal(c, "balai.tenant_id", tenant);
    }

    private static ObjectNode tenantRow(Connection c, String tenant) throws SQLException, JsonProcessingException {
        try (PreparedStatement ps = c.prepareStatement("select row_to_json(t)::text from tenant t where tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new Refused("TENANT_NOT_FOUND", "tidak ada kabupaten/kota " + tenant, "no tenant " + tenant);
                }
                return (ObjectNode) Json.JSON.readTree(rs.getString(1));
            }
        }
    }

    private static boolean exists(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from tenant where tenant_id = ?")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertTenant(Connection c, JsonNode row) throws SQLException, JsonProcessingException {
        ArrayNode one = Json.JSON.createArrayNode().add(row);
        List<String> cols = quoted(columns(c, "tenant"));
        try (PreparedStatement ps = c.prepareStatement("insert into tenant (" + String.join(", ", cols) + ") select "
                + String.join(", ", cols) + " from json_populate_recordset(null::tenant, cast(? as json))")) {
            ps.setString(1, Json.JSON.writeValueAsString(one));
            ps.executeUpdate();
        }
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select max(installed_rank) || ':' || (select version from flyway_schema_history where success "
                        + "order by installed_rank desc limit 1) from flyway_schema_history where success");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return String.valueOf(rs.getString(1)).replaceFirst("^\\d+:", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the schema version (flyway_schema_history)", e);
        }
    }

    private static <T> T read(java.util.zip.ZipFile entries, String name, Class<T> type) {
        ZipEntry entry = entries.getEntry(name);
        if (entry == null) {
            throw new Refused("ARCHIVE_UNREADABLE", "arsip tidak memuat " + name, "the archive has no " + name);
        }
        try (InputStream in = entries.getInputStream(entry)) {
            return Json.JSON.readValue(in, type);
        } catch (IOException e) {
            throw new Refused("ARCHIVE_UNREADABLE", name + " tidak dapat dibaca: " + e.getMessage(),
                    name + " cannot be read: " + e.getMessage());
        }
    }
}
