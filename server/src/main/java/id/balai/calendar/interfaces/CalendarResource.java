package id.balai.calendar.interfaces;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.balai.calendar.application.CalendarService;
import id.balai.calendar.domain.DayOff;
import id.balai.calendar.domain.DayOffKind;
import id.balai.calendar.domain.Deadline;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.domain.Tenant;
import id.balai.platform.domain.IsoDates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The tenant's working-day calendar, public so that a citizen can check how a deadline was counted.
 */
@Path("/t/{tenant}/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar", description = "Hari kerja dan tenggat / Working days and deadlines")
public class CalendarResource {

    @Inject
    RequestTenant requestTenant;

    @Inject
    CalendarService calendars;

    /**
     * A deadline and how it was counted. {@code provisional}: the count ran into a year whose holiday decree is not
     * loaded yet; only the fixed-date holidays were skipped there, so the true due date can be later, never earlier.
     */
    public record DueView(LocalDate from, String receivedAt, LocalDate receivedOn, int workingDays, LocalDate due,
            List<DayOffView> daysOff, boolean provisional) {
    }

    public record DayOffView(LocalDate date, @Schema(implementation = DayOffKind.class) String kind, String name) {
    }

    public record WorkingDaysView(LocalDate from, LocalDate to, int workingDays) {
    }

    @GET
    @Path("/due")
    @Operation(summary = "Tenggat N hari kerja / The date N working days after receipt",
            description = "Counting starts on the working day after receipt (UU KIP Ps 22(7)). Give either `from` "
                    + "(the date of receipt; a day off counts as the next working day) or `receivedAt` (an ISO "
                    + "timestamp with offset: after office hours or on a day off it counts as received on the "
                    + "next working day, in the regency's time zone).")
    public DueView due(@Parameter(description = "YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "e.g. 2026-03-16T17:30:00+07:00") @QueryParam("receivedAt") String receivedAt,
            @QueryParam("workingDays") String workingDays) {
        Tenant tenant = requestTenant.tenant();
        int n = workingDays(workingDays);
        if ((from == null) == (receivedAt == null)) {
            throw new DomainException(DomainException.Kind.INVALID, "FROM_OR_RECEIVED_AT",
                    Message.of("Isi salah satu: tanggal terima (from) atau waktu terima (receivedAt).",
                            "Give exactly one of from (a date) or receivedAt (a timestamp)."), "from");
        }
        Deadline d = from != null
                ? calendars.due(tenant, date(from, "from"), n)
                : calendars.due(tenant, instant(receivedAt), n);
        return new DueView(from != null ? date(from, "from") : null, receivedAt, d.receivedOn(), d.workingDays(),
                d.due(), d.daysOff().stream().map(CalendarResource::view).toList(), d.provisional());
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "Jumlah hari kerja / Working days after `from`, up to and including `to`")
    public WorkingDaysView workingDays(@QueryParam("from") String from,
            @QueryParam("to") String to) {
        Tenant tenant = requestTenant.tenant();
        LocalDate a = date(from, "from");
        LocalDate b = date(to, "to");
        return new WorkingDaysView(a, b, calendars.calendarOf(tenant).workingDaysBetween(a, b));
    }

    @GET
    @Path("/days-off")
    @Operation(summary = "Hari libur setahun / The year's days off: national holidays, cuti bersama, the regency's own")
    public List<DayOffView> daysOff(@QueryParam("year") String year) {
        Tenant tenant = requestTenant.tenant();
        WorkingCalendar calendar = calendars.calendarOf(tenant);
        return calendar.daysOffIn(year(year)).stream().map(CalendarResource::view).toList();
    }

    private static DayOffView view(DayOff d) {
        return new DayOffView(d.date(), d.kind().name(), d.name());
    }

    private static int workingDays(String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= 0 && n <= WorkingCalendar.MAX_WORKING_DAYS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DomainException(DomainException.Kind.INVALID, "INVALID_WORKING_DAYS",
                Message.of("Jumlah hari kerja harus bilangan bulat 0 sampai " + WorkingCalendar.MAX_WORKING_DAYS + ".",
                        "workingDays must be a whole number from 0 to " + WorkingCalendar.MAX_WORKING_DAYS + "."),
                "workingDays");
    }

    private static int year(String value) {
        try {
            int y = Integer.parseInt(value == null ? "" : value.trim());
            if (y >= 1900 && y <= 2999) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DomainException(DomainException.Kind.INVALID, "INVALID_YEAR",
                Message.of("Tahun tidak valid.", "Not a valid year."), "year");
    }

    private static LocalDate date(String value, String field) {
        return IsoDates.parse(value, field);
    }

    private static Instant instant(String value) {
        try {
            // An unencoded '+' of the offset arrives as a space in a query string.
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw new DomainException(DomainException.Kind.INVALID, "INVALID_TIMESTAMP",
                    Message.of("Waktu terima harus berformat ISO 8601 dengan zona, mis. 2026-03-16T17:30:00+07:00.",
                            "receivedAt must be an ISO 8601 timestamp with an offset, e.g. 2026-03-16T17:30:00+07:00."),
                    "receivedAt");
        }
    }
}
