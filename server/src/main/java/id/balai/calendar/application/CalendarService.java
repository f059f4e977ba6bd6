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
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Each tenant's working calendar: the national years plus the tenant's own settings. */
@ApplicationScoped
public class CalendarService {
    private static final Logger LOG = Logger.getLogger(CalendarService.class.getName());

    @Inject
    NationalHolidays holidays;

    private record Cached(TenantDefinition definition, WorkingCalendar calendar) {
    }

    private volatile List<HolidayYear> nationalYears = List.of();
    private volatile List<String> rejectedFiles = List.of();
    private final Map<String, Cached> calendars = new ConcurrentHashMap<>();

    public CalendarService() {
    }

    /** Outside the container (tests, tools): over the given source of national holidays. */
    public CalendarService(NationalHolidays holidays) {
        this.holidays = holidays;
    }

    public void loadNational(Path tenantsDir) {
        NationalHolidays.Result result = holidays.load(tenantsDir);
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
        return new WorkingCalendar(withProvisionalNextYear(nationalYears), d.calendar().cutiBersamaAreDaysOff(), own);
    }

    /**
     * The published years plus, for the year after the last one, a provisional stand-in: the decree for next year
     * comes out late in the year, and a report received in late December must still get its due date (a refusal
     * would stop intake). Deadlines counted on it are marked provisional and can only be early, never late.
     */
    static List<HolidayYear> withProvisionalNextYear(List<HolidayYear> published) {
        if (published.isEmpty()) {
            return published;
        }
        int last = published.stream().mapToInt(HolidayYear::year).max().getAsInt();
        List<HolidayYear> all = new java.util.ArrayList<>(published);
        all.add(HolidayYear.provisional(last + 1));
        return List.copyOf(all);
    }

    /**
     * The year whose decree should be loaded by now but is not: from October on, next year's (the decree is
     * usually signed in September to November). Empty when all is in place.
     */
    public java.util.Optional<Integer> missingNextYear(LocalDate today) {
        int next = today.getYear() + 1;
        boolean due = today.getMonthValue() >= 10;
        return (due && !years().contains(next)) || !years().contains(today.getYear())
                ? java.util.Optional.of(years().contains(today.getYear()) ? next : today.getYear())
                : java.util.Optional.empty();
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
