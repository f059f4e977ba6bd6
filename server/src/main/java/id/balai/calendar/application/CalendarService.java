package id.balai.calendar.application;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import id.balai.calendar.domain.DayOff;
import id.balai.calendar.domain.Deadline;
import id.balai.calendar.domain.HolidayYear;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.calendar.infrastructure.NationalHolidayFiles;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Each tenant's working calendar: the national years plus the tenant's own settings. */
@ApplicationScoped
public class CalendarService {
    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    private record Cached(TenantDefinition definition, WorkingCalendar calendar) {
    }

    private volatile List<HolidayYear> nationalYears = List.of();
    private volatile List<String> rejectedFiles = List.of();
    private final Map<String, Cached> calendars = new ConcurrentHashMap<>();

    public void loadNational(Path tenantsDir) {
        NationalHolidayFiles.Result result = NationalHolidayFiles.read(tenantsDir);
        result.rejected().forEach(r -> LOG.severe(() -> "National holiday file rejected: " + r));
        nationalYears = result.years();
        rejectedFiles = result.rejected();
        calendars.clear();
        LOG.info(() -> "National holiday data for " + result.years().stream().map(HolidayYear::year).toList());
    }

    public List<Integer> years() {
        return nationalYears.stream().map(HolidayYear::year).sorted().toList();
    }

    public List<String> rejectedFiles() {
        return rejectedFiles;
    }

    public WorkingCalendar calendarOf(Tenant tenant) {
        TenantDefinition d = tenant.definition();
        Cached cached = calendars.get(d.slug());
        // A reloaded tenant has a new definition object: rebuild its calendar then.
        if (cached == null || cached.definition() != d) {
            cached = new Cached(d, build(d));
            calendars.put(d.slug(), cached);
        }
        return cached.calendar();
    }

    private WorkingCalendar build(TenantDefinition d) {
        List<DayOff> own = d.calendar().daysOff().stream()
                .map(o -> new DayOff(o.date(), id.balai.calendar.domain.DayOffKind.TENANT_DAY_OFF, o.name()))
                .toList();
        return new WorkingCalendar(nationalYears, d.calendar().cutiBersamaAreDaysOff(), own);
    }

    /** The deadline {@code workingDays} working days after receipt on {@code receivedOn}. */
    public Deadline due(Tenant tenant, LocalDate receivedOn, int workingDays) {
        return calendarOf(tenant).addWorkingDays(receivedOn, workingDays);
    }

    /** The same, for something received at an instant: the tenant's time zone and office hours decide the day. */
    public Deadline due(Tenant tenant, Instant receivedAt, int workingDays) {
        WorkingCalendar calendar = calendarOf(tenant);
        return calendar.addWorkingDays(calendar.receiptDate(receivedAt, tenant.zone(), tenant.officeHours()),
                workingDays);
    }
}
