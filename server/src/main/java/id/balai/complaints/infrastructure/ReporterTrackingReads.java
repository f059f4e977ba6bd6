package id.balai.complaints.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import id.balai.complaints.application.ReporterTracking;
import id.balai.platform.domain.TenantId;
import id.balai.platform.infrastructure.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The reporter's tracking page read with one statement, {@code complaint_tracking_view} (migration V0089), on a
 * pooled connection outside any JTA transaction: the statement runs in autocommit, binds the tenant for itself
 * and row-level security applies as in every tenant-scoped transaction. Nothing is written, so nothing needs a
 * transaction manager; the document comes back as JSON and is read into the port's record.
 */
@ApplicationScoped
public class ReporterTrackingReads implements ReporterTracking {

    @Resource(lookup = "jdbc/balai")
    DataSource dataSource;

    @Override
    public Optional<TrackedCase> find(TenantId tenant, String trackingNumber, byte[] accessCodeHash) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select complaint_tracking_view(?, ?, ?)")) {
            s.setString(1, tenant.value());
            s.setString(2, trackingNumber);
            s.setBytes(3, accessCodeHash);
            try (ResultSet r = s.executeQuery()) {
                String json = r.next() ? r.getString(1) : null;
                return json == null ? Optional.empty() : Optional.of(Json.read(json, TrackedCase.class));
            }
        } catch (SQLException e) {
            // A database outage becomes the 503 with Retry-After (DatabaseOutage reads the SQL state).
            throw new IllegalStateException("The tracking read failed", e);
        }
    }
}
