package id.balai.startup.interfaces;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import id.balai.calendar.application.CalendarService;
import id.balai.platform.application.PlatformReadiness;
import id.balai.tenancy.application.TenantCatalog;
import id.balai.tenancy.application.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/**
 * {@code /health/ready}: the database answers, and the platform has started with at least one tenant. A
 * rejected tenant or holiday file is reported in the data without taking the instance out of service: the other
 * tenants work.
 */
@ApplicationScoped
public class ReadinessChecks {

    @Resource(lookup = "jdbc/balai")
    DataSource dataSource;

    @Inject
    PlatformReadiness readiness;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantCatalog catalog;

    @Inject
    CalendarService calendars;

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> {
            HealthCheckResponseBuilder b = HealthCheckResponse.named("database");
            if (!readiness.ready()) {
                return b.down().withData("problem", String.valueOf(readiness.problem())).build();
            }
            try (Connection c = dataSource.getConnection()) {
                return b.status(c.isValid(2)).build();
            } catch (SQLException e) {
                return b.down().withData("problem", e.getMessage()).build();
            }
        };
    }

    @Produces
    @Readiness
    HealthCheck tenants() {
        return () -> {
            TenantCatalog.LoadReport report = catalog.lastReport();
            HealthCheckResponseBuilder b = HealthCheckResponse.named("tenants")
                    // No tenant yet is ready too: the platform operator onboards or imports the first one.
                    .status(readiness.ready())
                    .withData("tenants", registry.size())
                    .withData("rejectedFiles", report.rejected().size() + calendars.rejectedFiles().size())
                    .withData("holidayYears", calendars.years().toString());
            int i = 0;
            for (TenantCatalog.Rejected r : report.rejected()) {
                b.withData("rejected." + i++, r.toString());
            }
            for (String r : calendars.rejectedFiles()) {
                b.withData("rejected." + i++, r);
            }
            // Stays UP: deadlines into that year are counted provisionally (early, never late) until the file comes.
            calendars.missingNextYear(java.time.LocalDate.now(java.time.ZoneOffset.ofHours(7))).ifPresent(y -> b
                    .withData("holidayFileMissing", "tenants/_national/holidays-" + y + ".yaml: add the SKB 3 Menteri "
                            + "for " + y + "; until then deadlines running into " + y + " are provisional"));
            return b.build();
        };
    }
}
