package id.balai.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code infra/citus/distribute.sql} places every table of the migrations the way Citus needs for a tenant-sharded
 * cluster (docs/scale-out.md, "The Citus path"). Runs without Citus: it reads the migrations' SQL and the script.
 * A migration that adds a tenant table without a line in the script fails here, with the line to add.
 */
class CitusDistributionTest {

    private static MigrationSchema schema() {
        return MigrationSchema.of(RepositoryFiles.resolve("server/src/main/resources/db/migration"));
    }

    private static String script() {
        return RepositoryFiles.read(CitusPlacement.SQL_FILE);
    }

    @Test
    void everyTableOfTheMigrationsIsPlacedAsCitusRequires() {
        MigrationSchema schema = schema();
        // The parser found the schema (a vacuous pass would prove nothing).
        assertThat(schema.tables()).containsKeys("tenant", "org_unit", "officer", "complaint", "complaint_dispatch",
                "person", "idempotency_key", "tracking_counter", "auth_session", "platform_account",
                "rate_limit_bucket", "complaint_attachment");
        assertThat(schema.tables().get("complaint").tenantIdNotNull()).isTrue();
        assertThat(schema.tables().get("auth_session").tenantIdNotNull()).isFalse();
        assertThat(schema.tables().get("complaint").foreignKeys).isNotEmpty();

        List<String> problems = CitusPlacement.parse(script()).problems(schema);

        assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
    }

    @Test
    void everyTenantOwnedTableIsDistributedByTenantIdAndColocated() {
        MigrationSchema schema = schema();
        CitusPlacement placement = CitusPlacement.parse(script());
        schema.tables().values().stream().filter(t -> t.tenantIdNotNull() && !t.name.equals("tenant")).forEach(t -> {
            CitusPlacement.Placement p = placement.placements().get(t.name).get(0);
            assertThat(p.kind()).as(t.name).isEqualTo(CitusPlacement.Kind.DISTRIBUTED);
            assertThat(p.column()).as(t.name).isEqualTo("tenant_id");
        });
        assertThat(placement.placements().get("tenant").get(0).kind()).isEqualTo(CitusPlacement.Kind.REFERENCE);
        assertThat(placement.placements().get("auth_session").get(0).kind()).isEqualTo(CitusPlacement.Kind.LOCAL);
    }

    @Test
    void aNewTenantTableWithoutALineFailsWithTheLineToAdd() {
        MigrationSchema schema = schema();
        schema.apply("V0099__create_example_requests.sql", """
                CREATE TABLE example_request (
                    tenant_id varchar(50) NOT NULL REFERENCES tenant (tenant_id),
                    id        uuid        NOT NULL,
                    category  varchar(32) NOT NULL,
                    PRIMARY KEY (tenant_id, id),
                    FOREIGN KEY (tenant_id, category) REFERENCES complaint_category (tenant_id, code)
                );
                """);

        List<String> problems = CitusPlacement.parse(script()).problems(schema);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0))
                .contains("Table example_request (created in V0099__create_example_requests.sql) is not placed")
                .contains("below the lines of [tenant, complaint_category]")
                .contains("SELECT create_distributed_table('example_request', 'tenant_id', colocate_with => "
                        + "'org_unit') WHERE NOT pg_temp.is_distributed('example_request');");
    }

    @Test
    void aNewTableWithoutTenantIsOfferedReferenceOrCoordinator() {
        MigrationSchema schema = schema();
        schema.apply("V0098__create_national_classification.sql",
                "CREATE TABLE information_classification (code varchar(20) PRIMARY KEY, name text NOT NULL);");

        List<String> problems = CitusPlacement.parse(script()).problems(schema);

        assertThat(problems).singleElement().asString()
                .contains("information_classification")
                .contains("SELECT create_reference_table('information_classification')")
                .contains("SELECT citus_add_local_table_to_metadata('information_classification')");
    }

    @Test
    void keysThatCitusRefusesAreReported() {
        MigrationSchema schema = schema();
        schema.apply("V0097__bad.sql", """
                CREATE TABLE example_entry (
                    tenant_id varchar(50) NOT NULL,
                    id        uuid        NOT NULL,
                    number    varchar(40) NOT NULL UNIQUE,
                    complaint uuid,
                    PRIMARY KEY (tenant_id, id),
                    FOREIGN KEY (complaint) REFERENCES complaint (id)
                );
                """);
        String sql = script().replace("COMMIT;", CitusPlacement.distributeLine("example_entry", "org_unit")
                + "\nCOMMIT;");

        List<String> problems = CitusPlacement.parse(sql).problems(schema);

        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("unique constraint [number] lacks tenant_id"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("example_entry[complaint] -> complaint[id]")
                .contains("must include tenant_id on both sides"));
    }

    @Test
    void aReferencedTablePlacedAfterItsReferrerIsReported() {
        String sql = script();
        String complaintLine = line(sql, "create_distributed_table('complaint',");
        String dispatchLine = line(sql, "create_distributed_table('complaint_dispatch',");
        String swapped = sql.replace(complaintLine, "@@").replace(dispatchLine, complaintLine).replace("@@", dispatchLine);

        List<String> problems = CitusPlacement.parse(swapped).problems(schema());

        assertThat(problems).singleElement().asString()
                .contains("complaint_dispatch[tenant_id, complaint_id] -> complaint[tenant_id, id]")
                .contains("move the line of complaint above the line of complaint_dispatch");
    }

    @Test
    void aLineForATableThatNoMigrationCreatesIsReported() {
        String sql = script().replace("COMMIT;", CitusPlacement.distributeLine("complaints_old", "org_unit")
                + "\nCOMMIT;");

        assertThat(CitusPlacement.parse(sql).problems(schema())).singleElement().asString()
                .contains("places table complaints_old, which no migration creates");
    }

    @Test
    void theTenantRegistryMustBeAReferenceTable() {
        String sql = script().replace(line(script(), "create_reference_table('tenant')"),
                "SELECT citus_add_local_table_to_metadata('tenant');");

        assertThat(CitusPlacement.parse(sql).problems(schema()))
                .anySatisfy(p -> assertThat(p).contains("Table tenant (the tenant registry")
                        .contains("SELECT create_reference_table('tenant')"));
    }

    private static String line(String text, String containing) {
        return text.lines().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }
}
