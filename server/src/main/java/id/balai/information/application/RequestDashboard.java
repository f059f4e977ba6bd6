package id.balai.information.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.calendar.application.CalendarService;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.information.domain.RequestStatus;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The PPID's dashboard (issue 17 item 6): requests waiting at each step, overdue and due soon (the totals of the
 * officer queues {@code …/information-requests?status=}, {@code /overdue} and {@code /due-soon}), due by the end of
 * this week (the same named query as those two, up to Sunday), and twelve weeks of requests received and answered.
 * A PPID Pembantu sees its own unit's, as in its queue.
 */
@ApplicationScoped
public class RequestDashboard {
    static final int WEEKS = 12;

    @Inject
    InformationRequestService service;

    @Inject
    RequestRecords requests;

    @Inject
    RequestWeeks trend;

    @Inject
    CalendarService calendars;

    @Inject
    TenantTransactions scope;

    /** A count and the officer queue it is the total of ({@code path} under …/information-requests, and a query). */
    @Schema(name = "RequestTile")
    public record Tile(String key, long count, String path, Map<String, String> queue) {
    }

    @Schema(name = "RequestWeek")
    public record Week(LocalDate startsOn, long received, long answered) {
    }

    @Schema(name = "RequestDashboard")
    public record Dashboard(String orgUnit, LocalDate today, LocalDate weekEndsOn, int workingDaysLeftThisWeek,
            List<Tile> waiting, Tile overdue, Tile dueSoon, Tile dueThisWeek, List<Week> trend) {
    }

    public Dashboard of(Tenant tenant, Optional<String> unit, Instant now) {
        WorkingCalendar calendar = calendars.calendarOf(tenant);
        LocalDate today = new TenantInformationClocks(tenant, calendar, now).calendarToday();
        LocalDate sunday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<Tile> waiting = new ArrayList<>();
        for (RequestStatus s : List.of(RequestStatus.AWAITING_CONFIRMATION, RequestStatus.REGISTERED,
                RequestStatus.ROUTED)) {
            long n = service.list(tenant, new RequestRecords.Filter(s, unit.orElse(null)), 0, 1).total();
            waiting.add(new Tile(s.name(), n, "", Map.of("status", s.name())));
        }
        long overdue = service.due(tenant, true, unit, 0, 1).total();
        long dueSoon = service.due(tenant, false, unit, 0, 1).total();
        // Perbup LT Pasal 22(4): the notice's date; due this week = due after yesterday and by Sunday.
        long dueThisWeek = scope.call(tenant.id(), () -> requests.openDue(tenant.id(), today.minusDays(1), sunday,
                unit.orElse(null), 0, 1).total());
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        Map<LocalDate, long[]> counts = scope.call(tenant.id(),
                () -> trend.weekly(tenant.id(), unit.orElse(null), first, today.plusDays(1)));
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate w = first.plusWeeks(i);
            long[] c = counts.getOrDefault(w, new long[2]);
            weeks.add(new Week(w, c[0], c[1]));
        }
        return new Dashboard(unit.orElse(null), today, sunday, calendar.workingDaysBetween(today.minusDays(1), sunday),
                waiting, new Tile("OVERDUE", overdue, "/overdue", Map.of()),
                new Tile("DUE_SOON", dueSoon, "/due-soon", Map.of()),
                new Tile("DUE_THIS_WEEK", dueThisWeek, null, Map.of()), weeks);
    }
}
