package id.balai.information.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import id.balai.platform.infrastructure.DatabaseMigrations;
import id.balai.support.TestDatabase;

/**
 * V0047 on a database that already holds disputes: the Commission case number moves from {@code details} into its own
 * column (trimmed as the application writes it), a case recorded twice keeps the column on its first recording only,
 * and from then on the unique index refuses a second row of the same case in the same regency.
 */
class DisputeCaseNumberMigrationTest {

    private static String dispute(String tenant, String number, String filedOn, String details) {
        return "insert into information_dispute (tenant_id, id, objection_id, request_id, register_number, filed_on, "
                + "stage, details) values ('" + tenant + "', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '"
                + number + "', date '" + filedOn + "', 'REGISTRATION', '" + details + "')";
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select tenant_id, register_number, "
                + "coalesce(commission_case_number, '-') from information_dispute order by 1, 2")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return out;
    }

    @Test
    void theCaseNumberGetsItsColumnAndEachCaseIsOneRowPerRegency() throws Exception {
        try (TestDatabase db = TestDatabase.startAt(MigrationVersion.fromVersion("43"), "balai-dispute-case-test",
                "alpha", "beta")) {
            try (Connection su = db.owner(); Statement s = su.createStatement()) {
                // The disputes alone: their objections and requests are beside the point here.
                s.execute("set session_replication_role = replica");
                s.executeUpdate(dispute("alpha", "A-SKI-1", "2026-08-03",
                        "{\"commissionCaseNumber\": \" 012/KI-SS/2026 \"}"));
                s.executeUpdate(dispute("alpha", "A-SKI-2", "2026-08-04",
                        "{\"commissionCaseNumber\": \"012/KI-SS/2026\"}"));
                s.executeUpdate(dispute("alpha", "A-SKI-3", "2026-08-05", "{\"commissionCaseNumber\": null}"));
                s.executeUpdate(dispute("alpha", "A-SKI-4", "2026-08-05", "{\"commissionCaseNumber\": \"  \"}"));
                s.executeUpdate(dispute("alpha", "A-SKI-5", "2026-08-06", "{}"));
                s.executeUpdate(dispute("beta", "B-SKI-1", "2026-08-03",
                        "{\"commissionCaseNumber\": \"012/KI-SS/2026\"}"));
            }

            DatabaseMigrations.migrate(db.settings());

            try (Connection su = db.owner()) {
                assertThat(rows(su)).containsExactly("alpha A-SKI-1 012/KI-SS/2026", "alpha A-SKI-2 -",
                        "alpha A-SKI-3 -", "alpha A-SKI-4 -", "alpha A-SKI-5 -", "beta B-SKI-1 012/KI-SS/2026");
                try (Statement s = su.createStatement()) {
                    s.execute("set session_replication_role = replica");
                    assertThatThrownBy(() -> s.executeUpdate("update information_dispute set commission_case_number "
                            + "= '012/KI-SS/2026' where register_number = 'A-SKI-3'"))
                            .isInstanceOf(SQLException.class)
                            .hasMessageContaining("information_dispute_commission_case_idx");
                    // Any number of disputes without a case number.
                    s.executeUpdate(dispute("alpha", "A-SKI-6", "2026-08-07", "{}"));
                }
            }
        }
    }
}
