package id.balai.compliance.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import id.balai.compliance.domain.NoticeHistogram;
import id.balai.platform.infrastructure.DatabaseMigrations;
import id.balai.support.TestDatabase;

/**
 * V0043 on a database that already holds day aggregates (every deployment that ran the compliance job): each tenant's
 * months are rolled up from its days, histograms bucket by bucket, and the new table is walled like the day table.
 */
class ComplianceMonthMigrationTest {

    /** A histogram with {@code n} requests noticed after each of the given working days. */
    private static String histogram(int n, int... workingDays) {
        int[] h = new int[NoticeHistogram.BUCKETS];
        for (int d : workingDays) {
            h[d] += n;
        }
        return Arrays.toString(h).replace('[', '{').replace(']', '}');
    }

    private static String day(String tenant, String day, int requests, String histogram, int complaints) {
        return "insert into compliance_day (tenant_id, day, province_code, requests, requests_due, noticed, "
                + "noticed_in_time, noticed_in_extension, notice_days, objections, objections_due, "
                + "objections_answered_in_time, disputes, complaints, complaints_due, complaints_verified_in_time, "
                + "complaints_closed, dispatches_due, dispatches_in_time, rating_sum, rating_count, computed_at) "
                + "values ('" + tenant + "', '" + day + "', '99', " + requests + ", " + requests + ", 0, 0, 0, '"
                + histogram + "', 1, 0, 0, 0, " + complaints + ", 0, 0, 0, 0, 0, 0, 0, now())";
    }

    private static List<String> months(Connection c, String setting, String value) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('" + setting + "', '" + value + "', true)");
            List<String> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery("select tenant_id, month, requests, objections, complaints, notice_days "
                    + "from compliance_month order by tenant_id, month")) {
                while (r.next()) {
                    Array h = r.getArray(6);
                    Integer[] cells = (Integer[]) h.getArray();
                    out.add(r.getString(1) + " " + r.getDate(2) + " " + r.getInt(3) + " " + r.getInt(4) + " "
                            + r.getInt(5) + " " + cells.length + " " + cells[2] + "/" + cells[13] + "/" + cells[60]);
                }
            }
            c.rollback();
            return out;
        }
    }

    @Test
    void theMonthsOfTheDaysAlreadyAggregatedAreRolledUpAndWalled() throws Exception {
        try (TestDatabase db = TestDatabase.startAt(MigrationVersion.fromVersion("42"), "balai-month-test", "alpha",
                "beta")) {
            try (Connection su = db.owner(); Statement s = su.createStatement()) {
                s.executeUpdate(day("alpha", "2026-07-01", 2, histogram(1, 2, 13), 3));
                s.executeUpdate(day("alpha", "2026-07-31", 1, histogram(1, 13), 0));
                s.executeUpdate(day("alpha", "2026-08-03", 4, histogram(2, 60), 1));
                s.executeUpdate(day("beta", "2026-07-15", 5, histogram(5, 2), 2));
            }

            DatabaseMigrations.migrate(db.settings(), MigrationVersion.fromVersion("43"));

            try (Connection app = db.app()) {
                // tenant, month, requests, objections, complaints, buckets, cells 2/13/60
                assertThat(months(app, "balai.province_code", "99")).containsExactly(
                        "alpha 2026-07-01 3 2 3 61 1/2/0",
                        "alpha 2026-08-01 4 1 1 61 0/0/2",
                        "beta 2026-07-01 5 1 2 61 5/0/0");
                assertThat(months(app, "balai.tenant_id", "beta")).containsExactly("beta 2026-07-01 5 1 2 61 5/0/0");
                assertThat(months(app, "balai.province_code", "98")).isEmpty();
            }
        }
    }
}
