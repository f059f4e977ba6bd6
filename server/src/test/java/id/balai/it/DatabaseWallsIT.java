package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The second wall, checked on the live database with a raw JDBC connection as the application role: every table
 * that holds a tenant_id has row-level security enabled and forced, and with one tenant set not a single row of
 * another tenant is visible. The audit trail cannot be rewritten by the application role.
 */
class DatabaseWallsIT extends BalaiIT {
    /** Platform tables that carry a tenant_id but are not tenant data (documented in docs/security.md). */
    private static final Set<String> PLATFORM_TABLES = Set.of("tenant", "auth_session");

    /** The tables, and with {@code views} the views too, that have a tenant_id column. */
    private static List<String> tablesWithTenantId(Connection c, boolean views) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.table_name from information_schema.columns c
                join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                where c.table_schema = 'public' and c.column_name = 'tenant_id'
                    and t.table_type in ('BASE TABLE', %s) order by c.table_name
                """.formatted(views ? "'VIEW'" : "'BASE TABLE'"))) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void everyTenantOwnedTableHasForcedRowLevelSecurity() throws SQLException {
        // Sign in once so that sessions, audit entries and officers exist for both tenants.
        officers().adminToken("muara-enim");
        officers().adminToken("luwu-timur");
        try (Connection c = Db.asSuperuser()) {
            List<String> tables = tablesWithTenantId(c, false);
            assertThat(tables).contains("org_unit", "complaint_category", "officer", "audit_entry", "audit_head",
                    "audit_journal");
            for (String table : tables) {
                if (PLATFORM_TABLES.contains(table)) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "select relrowsecurity, relforcerowsecurity from pg_class where relname = ?")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertThat(rs.getBoolean(1)).as(table + " row-level security").isTrue();
                        assertThat(rs.getBoolean(2)).as(table + " forced").isTrue();
                    }
                }
            }
        }
    }

    @Test
    void withOneTenantSetNoRowOfAnotherTenantIsVisibleInAnyTable() throws SQLException {
        officers().adminToken("muara-enim");
        officers().adminToken("luwu-timur");
        List<String> tables;
        try (Connection su = Db.asSuperuser()) {
            // Views too (the audit record): they read as their caller, so the same wall holds beneath them.
            tables = tablesWithTenantId(su, true).stream().filter(t -> !PLATFORM_TABLES.contains(t)).toList();
            // Not vacuous: Luwu Timur's rows exist in the tables that matter.
            for (String t : List.of("org_unit", "officer", "audit_record")) {
                try (Statement s = su.createStatement(); ResultSet rs = s.executeQuery(
                        "select count(*) from " + t + " where tenant_id = 'luwu-timur'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(t).isPositive();
                }
            }
        }
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            try (Statement s = app.createStatement()) {
                s.execute("select set_config('balai.tenant_id', 'muara-enim', true)");
                for (String t : tables) {
                    try (ResultSet rs = s.executeQuery(
                            "select count(*) filter (where tenant_id <> 'muara-enim'), count(*) from " + t)) {
                        rs.next();
                        assertThat(rs.getLong(1)).as("other tenants' rows in " + t).isZero();
                    }
                }
                try (ResultSet rs = s.executeQuery("select count(*) from officer")) {
                    rs.next();
                    assertThat(rs.getLong(1)).as("Muara Enim's own officers").isPositive();
                }
            }
            app.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotUpdateOrDeleteAuditEntries() throws SQLException {
        officers().adminToken("muara-enim");
        try (Connection app = Db.asApplication()) {
            app.setAutoCommit(false);
            try (Statement s = app.createStatement()) {
                s.execute("select set_config('balai.tenant_id', 'muara-enim', true)");
                assertThatThrownBy(() -> s.executeUpdate("update audit_entry set actor_id = 'x'"))
                        .hasMessageContaining("permission denied");
            }
            app.rollback();
            try (Statement s = app.createStatement()) {
                s.execute("select set_config('balai.tenant_id', 'muara-enim', true)");
                assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry"))
                        .hasMessageContaining("permission denied");
            }
            app.rollback();
        }
    }

    @Test
    void theOneStatementTrackingReadSeesOnlyTheTenantItNamesAndLeavesNoTenantBehind() throws SQLException {
        String number = api().contentType(io.restassured.http.ContentType.JSON)
                .header("Idempotency-Key", "walls-" + java.util.UUID.randomUUID())
                .header("X-Forwarded-For", Officers.someAddress())
                .body(java.util.Map.of("type", "COMPLAINT", "title", "Debu tambang menutupi Jalan Merdeka",
                        "description", "Sudah tiga hari debu truk tambang menutupi jalan dan rumah warga.",
                        "category", "TAMBANG-LINGKUNGAN", "location", "Jalan Merdeka", "anonymous", true,
                        "confidential", false))
                .post("/api/t/luwu-utara/complaints").then().statusCode(201).extract().path("trackingNumber");
        byte[] hash;
        try (Connection su = Db.asSuperuser();
                PreparedStatement ps = su.prepareStatement(
                        "select access_code_hash from complaint where tracking_number = ?")) {
            ps.setString(1, number);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                hash = rs.getBytes(1);
            }
        }
        try (Connection app = Db.asApplication()) {
            assertThat(app.getAutoCommit()).isTrue();
            assertThat(trackingView(app, "luwu-utara", number, hash))
                    .containsPattern("\"trackingNumber\"\\s*:\\s*\"" + number + "\"");
            // The same number and code under another tenant's name: nothing, row-level security beneath the WHERE.
            assertThat(trackingView(app, "muara-enim", number, hash)).isNull();
            assertThat(trackingView(app, "luwu-utara", number, new byte[32])).isNull();
            // The tenant was bound for that one statement only: the connection, back in a pool, sees no case.
            try (Statement s = app.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from complaint")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }

    @Test
    void reportsSentAtOnceToOneRegencyEachGetTheirOwnNumberAndNoNumberIsTakenWithoutATenant() throws Exception {
        int n = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                sent.add(pool.submit(() -> api().contentType(io.restassured.http.ContentType.JSON)
                        .header("Idempotency-Key", "burst-" + java.util.UUID.randomUUID())
                        .header("X-Forwarded-For", Officers.someAddress())
                        .body(java.util.Map.of("type", "COMPLAINT", "title", "Air sungai keruh di titik " + k,
                                "description", "Air sungai di desa kami keruh sejak tambang di hulu beroperasi.",
                                "category", "TAMBANG-LINGKUNGAN", "location", "Jalan Pasar", "anonymous", true,
                                "confidential", false))
                        .post("/api/t/luwu-utara/complaints").then().statusCode(201).extract()
                        .<String>path("trackingNumber")));
            }
            Set<String> numbers = new java.util.HashSet<>();
            for (java.util.concurrent.Future<String> f : sent) {
                numbers.add(f.get());
            }
            assertThat(numbers).hasSize(n).allMatch(x -> x.matches("[A-Z]+-\\d{4}-\\d{6}"));
        } finally {
            pool.shutdownNow();
        }
        // The function reads the tenant from the transaction: with none bound it hands out nothing.
        try (Connection app = Db.asApplication(); Statement s = app.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select tracking_number_next('SPIKM', 2026)"))
                    .hasMessageContaining("no tenant is bound");
        }
    }

    @Test
    void twoFirstNumbersOfANewSeriesTakenAtOnceMakeOneSequence() throws Exception {
        officers().adminToken("muara-enim");
        String series = "RACE" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        try (Connection a = Db.asApplication(); Connection b = Db.asApplication()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            for (Connection c : List.of(a, b)) {
                try (Statement s = c.createStatement()) {
                    s.execute("select set_config('balai.tenant_id', 'muara-enim', true)");
                }
            }
            long first = next(a, series);
            // b's first call waits for a's (the sequence a made is not committed yet), then takes the next number.
            java.util.concurrent.CompletableFuture<Long> second = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        try {
                            return next(b, series);
                        } catch (SQLException e) {
                            throw new java.util.concurrent.CompletionException(e);
                        }
                    });
            Thread.sleep(500);
            assertThat(second).isNotDone();
            a.commit();
            assertThat(second.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(first + 1);
            b.commit();
            assertThat(first).isEqualTo(1);
        }
    }

    private static long next(Connection c, String series) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select tracking_number_next(?, 2026)")) {
            ps.setString(1, series);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String trackingView(Connection c, String tenant, String number, byte[] hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select complaint_tracking_view(?, ?, ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, number);
            ps.setBytes(3, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
