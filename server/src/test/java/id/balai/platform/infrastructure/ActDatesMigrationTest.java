package id.balai.platform.infrastructure;

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

import id.balai.support.TestDatabase;

/**
 * V0044 on rows written by the code before it (the counting start stored as the date of receipt or filing): every
 * act keeps its instant, its date becomes that instant's date in the regency's zone, the counting start keeps the
 * value the due dates were computed from, and the compliance aggregates are dropped to be rebuilt.
 */
class ActDatesMigrationTest {
    // Luwu Timur is in WITA (UTC+8): 2026-12-04T17:35Z is Saturday 5 December 2026, 01:35 local time.
    private static final String SATURDAY_NIGHT = "2026-12-04T17:35:00Z";
    private static final String NOTICE_AT_ONCE = "2026-12-04T17:50:00Z";
    private static final String OBJECTION_FILED = "2026-12-04T18:10:00Z";
    private static final String OBJECTION_ANSWERED = "2026-12-04T18:30:00Z";
    private static final String REQUEST = "00000000-0000-0000-0000-00000000000a";
    private static final String OBJECTION = "00000000-0000-0000-0000-00000000000b";
    private static final String COMPLAINT = "00000000-0000-0000-0000-00000000000c";
    private static final String PERSON = "00000000-0000-0000-0000-00000000000d";

    /** What the code before V0044 wrote for a request received and answered on a Saturday night. */
    private static void writeAsTheOldCodeDid(Statement s) throws SQLException {
        s.execute("update tenant set time_zone = 'WITA' where tenant_id = 'alpha'");
        s.executeUpdate("insert into person (tenant_id, id) values ('alpha', '" + PERSON + "')");
        s.executeUpdate("insert into information_request (tenant_id, id, registration_number, access_code_hash, "
                + "channel, requester_type, requester_id, received_at, received_on, status, notice_due, outcome, "
                + "notice_issued_on, extended_on, details) values ('alpha', '" + REQUEST + "', 'AL-PPID-2026-000001', "
                + "'\\x00', 'WEB', 'INDIVIDUAL', '" + PERSON + "', '" + SATURDAY_NIGHT + "', '2026-12-07', "
                + "'NOTICE_ISSUED', '2026-12-21', 'GRANTED_FULL', '2026-12-05', '2026-12-05', '{}')");
        s.executeUpdate("insert into information_event (tenant_id, subject_id, seq, at, action, actor, note, "
                + "public_event) values ('alpha', '" + REQUEST + "', 1, '" + SATURDAY_NIGHT + "', 'RECEIVED', 'web', "
                + "null, true), ('alpha', '" + REQUEST + "', 2, '2026-12-04T17:40:00Z', 'EXTENDED', 'ppid', null, "
                + "true), ('alpha', '" + REQUEST + "', 3, '" + NOTICE_AT_ONCE + "', 'NOTICE_ISSUED', 'ppid', null, "
                + "true), ('alpha', '" + OBJECTION + "', 1, '" + OBJECTION_FILED + "', 'OBJECTION_FILED', 'web', "
                + "null, true), ('alpha', '" + OBJECTION + "', 2, '" + OBJECTION_ANSWERED + "', "
                + "'OBJECTION_ANSWERED', 'atasan', null, true)");
        // The objection "filed" on Monday (its counting start) and answered on Saturday: before its filing.
        s.executeUpdate("insert into information_objection (tenant_id, id, request_id, register_number, ground, "
                + "ground_arose_on, filed_on, answer_due, status, decision, answer, answered_on) values ('alpha', '"
                + OBJECTION + "', '" + REQUEST + "', 'AL-KEB-2026-000001', 'D_ANSWERED_OTHERWISE', '2026-12-05', "
                + "'2026-12-07', '2027-01-18', 'ANSWERED', 'REJECTED', 'Tanggapan', '2026-12-05')");
        // A complaint sent on Sunday evening (WITA), counted from Monday.
        s.executeUpdate("insert into complaint (tenant_id, id, tracking_number, access_code_hash, type, channel, "
                + "title, description, anonymous, confidential, received_at, received_on, verify_due, status) values "
                + "('alpha', '" + COMPLAINT + "', 'AL-2026-000001', '\\x00', 'COMPLAINT', 'WEB', 'Jalan rusak', "
                + "'Jalan rusak di desa', false, false, '2026-12-06T12:00:00Z', '2026-12-07', '2026-12-10', "
                + "'RECEIVED')");
        s.executeUpdate("insert into compliance_day (tenant_id, day, province_code, requests, requests_due, noticed, "
                + "noticed_in_time, noticed_in_extension, notice_days, objections, objections_due, "
                + "objections_answered_in_time, disputes, complaints, complaints_due, complaints_verified_in_time, "
                + "complaints_closed, dispatches_due, dispatches_in_time, rating_sum, rating_count, computed_at) values "
                + "('alpha', '2026-12-07', '99', 1, 1, 1, 1, 1, '{0}', 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, now())");
        s.executeUpdate("insert into compliance_snapshot (tenant_id, province_code, as_of, berkala_entries, "
                + "berkala_current, setiap_saat_entries, pembantu_units, pembantu_covered, llid, watermark) values "
                + "('alpha', '99', '2026-12-07', 0, 0, 0, 0, 0, '{}', now())");
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    line.append(i > 1 ? " " : "").append(r.getString(i));
                }
                out.add(line.toString());
            }
        }
        return out;
    }

    @Test
    void everyActKeepsItsInstantAndIsDatedByItOnTheRegencysCalendar() throws Exception {
        try (TestDatabase db = TestDatabase.startAt(MigrationVersion.fromVersion("43"), "balai-act-dates-test",
                "alpha")) {
            List<String> eventsBefore;
            try (Connection su = db.owner(); Statement s = su.createStatement()) {
                writeAsTheOldCodeDid(s);
                eventsBefore = rows(s, "select subject_id, seq, at, action from information_event order by 1, 2");
            }

            DatabaseMigrations.migrate(db.settings(), MigrationVersion.fromVersion("44"));

            try (Connection su = db.owner(); Statement s = su.createStatement()) {
                s.execute("set timezone = 'UTC'");
                // The request: received and noticed on Saturday (its date), counted from Monday (its clock).
                assertThat(rows(s, "select received_at, received_on, counting_starts_on, notice_due, notice_issued_at, "
                        + "notice_issued_on, extended_at, extended_on from information_request")).containsExactly(
                                "2026-12-04 17:35:00+00 2026-12-05 2026-12-07 2026-12-21 2026-12-04 17:50:00+00 "
                                        + "2026-12-05 2026-12-04 17:40:00+00 2026-12-05");
                // The objection: filed and answered on Saturday, in that order; its answer clock unchanged.
                assertThat(rows(s, "select filed_at, filed_on, counting_starts_on, answer_due, answered_at, answered_on "
                        + "from information_objection")).containsExactly("2026-12-04 18:10:00+00 2026-12-05 "
                                + "2026-12-07 2027-01-18 2026-12-04 18:30:00+00 2026-12-05");
                // The complaint: Sunday evening in WITA (20:00), counted from Monday.
                assertThat(rows(s, "select received_at, received_on, counting_starts_on, verify_due from complaint"))
                        .containsExactly("2026-12-06 12:00:00+00 2026-12-06 2026-12-07 2026-12-10");
                // No act lost or re-dated: the events are as they were.
                assertThat(rows(s, "select subject_id, seq, at, action from information_event order by 1, 2"))
                        .isEqualTo(eventsBefore);
                // The aggregates counted by counting start are gone: the next run rebuilds them by the acts' dates.
                assertThat(rows(s, "select count(*) from compliance_day union all select count(*) from "
                        + "compliance_snapshot")).containsExactly("0", "0");
                // From now on the database refuses a counting start before the receipt, and a notice before it.
                assertThatThrownBy(() -> s.executeUpdate("update complaint set counting_starts_on = '2026-12-05'"))
                        .hasMessageContaining("complaint_count_starts_on_or_after_receipt");
                assertThatThrownBy(() -> s.executeUpdate("update information_request set notice_issued_at = "
                        + "'2026-12-04T17:00:00Z'")).hasMessageContaining("notice_dated_with_its_instant");
                assertThatThrownBy(() -> s.executeUpdate("update information_objection set answered_at = "
                        + "'2026-12-04T18:00:00Z'")).hasMessageContaining("answer_dated_with_its_instant");
            }
        }
    }
}
