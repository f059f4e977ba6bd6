package id.balai.support;

import java.nio.file.Files;
import java.nio.file.Path;

import id.balai.calendar.application.CalendarService;
import id.balai.calendar.infrastructure.NationalHolidayFiles;
import id.balai.platform.infrastructure.SchemaValidator;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantStatus;
import id.balai.tenancy.infrastructure.TenantFileReader;

/** The repository's real tenant folder, for tests that must hold for the data we ship. */
public final class TenantFiles {
    private TenantFiles() {
    }

    public static Path dir() {
        Path dir = Path.of(System.getProperty("balai.tenants.dir", "../tenants")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("No tenants folder at " + dir);
        }
        return dir;
    }

    public static TenantFileReader reader() {
        return new TenantFileReader(SchemaValidator.load(dir().resolve("schema/tenant.schema.json")));
    }

    public static TenantDefinition definition(String slug) {
        TenantFileReader.Result r = reader().readFile(dir().resolve(slug).resolve("tenant.yaml"));
        if (!r.valid()) {
            throw new IllegalStateException(slug + ": " + r.problems());
        }
        return r.definition().get();
    }

    public static Tenant tenant(String slug) {
        return new Tenant(definition(slug), TenantStatus.ACTIVE);
    }

    /** A calendar service loaded with the shipped national holiday files. */
    public static CalendarService calendars() {
        CalendarService s = new CalendarService(NationalHolidayFiles::read);
        s.loadNational(dir());
        return s;
    }
}
