package id.balai.complaints.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import id.balai.calendar.application.CalendarService;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.complaints.domain.ComplaintStatus;
import id.balai.complaints.domain.DispatchStatus;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An officer's dashboard for complaints (issue 17 item 6): what waits for them, what is overdue, what falls due this
 * week, and the last twelve weeks. Every count is the total of a queue the officer can open (the same repository
 * query, through {@link ComplaintService#list} and {@link CaseClock#overdue}), so the dashboard and the queues never
 * disagree; "due this week" is the queue due before next Monday less the one due before today.
 */
@ApplicationScoped
public class ComplaintDashboard {
    static final int WEEKS = 12;

    @Inject
    ComplaintService service;

    @Inject
    CaseClock clock;

    @Inject
    CalendarService calendars;

    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintTrend trend;

    /** Whose dashboard. */
    public enum Scope {
        /** The central administrator: verification, dispatch and the answer to the reporter (SPIKM Pasal 7c-g). */
        CENTRAL,
        /** One agency's operator: its parts of cases (SPIKM Pasal 7e-h). */
        AGENCY,
        /** The coordinator, the coordination team and the regent's office: the whole regency, read only. */
        OVERSIGHT
    }

    /**
     * A count and the queue it is the total of: the officer queue's query parameters ({@code overdue=true} for the
     * overdue queue).
     */
    @Schema(name = "ComplaintTile")
    public record Tile(String key, long count, Map<String, String> queue) {
    }

    /** One week (starting Monday): reports received and answered. */
    @Schema(name = "ComplaintWeek")
    public record Week(LocalDate startsOn, long received, long answered) {
    }

    public record Dashboard(Scope scope, String orgUnit, LocalDate today, LocalDate weekEndsOn,
            int workingDaysLeftThisWeek, List<Tile> waiting, Tile overdue, Tile dueThisWeek, List<Week> trend) {
    }

    public Dashboard of(Tenant tenant, Scope who, String unit, Instant now) {
        WorkingCalendar calendar = calendars.calendarOf(tenant);
        LocalDate today = new TenantClocks(tenant, calendar, now).calendarToday();
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        int daysLeft = calendar.workingDaysBetween(today.minusDays(1), nextMonday.minusDays(1));
        String agency = who == Scope.AGENCY ? unit : null;

        List<Tile> waiting = new ArrayList<>();
        long dueThisWeek = 0;
        if (who == Scope.AGENCY) {
            for (DispatchStatus s : List.of(DispatchStatus.SENT, DispatchStatus.RECEIVED, DispatchStatus.IN_PROGRESS)) {
                waiting.add(tile(tenant, s.name(), filter(null, agency, s, null), Map.of("unitStatus", s.name())));
                dueThisWeek += total(tenant, filter(null, agency, s, nextMonday))
                        - total(tenant, filter(null, agency, s, today));
            }
        } else {
            List<ComplaintStatus> mine = who == Scope.CENTRAL
                    ? List.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, ComplaintStatus.ANSWERED)
                    : List.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, ComplaintStatus.DISPATCHED,
                            ComplaintStatus.ANSWERED);
            for (ComplaintStatus s : mine) {
                waiting.add(tile(tenant, s.name(), filter(s, null, null, null), Map.of("status", s.name())));
            }
            // Verification and dispatch: the central administrator's clock (SPIKM Pasal 7c).
            for (ComplaintStatus s : List.of(ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED)) {
                dueThisWeek += total(tenant, filter(s, null, null, nextMonday))
                        - total(tenant, filter(s, null, null, today));
            }
        }
        long overdue = clock.overdue(tenant, now, agency, 0, 1).total();
        return new Dashboard(who, agency, today, nextMonday.minusDays(1), daysLeft, waiting,
                new Tile("OVERDUE", overdue, Map.of("overdue", "true")),
                new Tile("DUE_THIS_WEEK", dueThisWeek, Map.of("dueBefore", nextMonday.toString())),
                weeks(tenant, agency, today));
    }

    private List<Week> weeks(Tenant tenant, String agency, LocalDate today) {
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1L);
        LocalDate until = today.plusDays(1);
        Map<LocalDate, long[]> counts = scope.call(tenant.id(), () -> agency == null
                ? trend.regency(tenant.id(), tenant.zone(), first, until)
                : trend.unit(tenant.id(), tenant.zone(), agency, first, until));
        Map<LocalDate, Week> out = new LinkedHashMap<>();
        for (int i = 0; i < WEEKS; i++) {
            LocalDate w = first.plusWeeks(i);
            long[] c = counts.getOrDefault(w, new long[2]);
            out.put(w, new Week(w, c[0], c[1]));
        }
        return List.copyOf(out.values());
    }

    private Tile tile(Tenant tenant, String key, ComplaintRecords.Filter f, Map<String, String> queue) {
        return new Tile(key, total(tenant, f), queue);
    }

    private long total(Tenant tenant, ComplaintRecords.Filter f) {
        return service.list(tenant, f, 0, 1).total();
    }

    private static ComplaintRecords.Filter filter(ComplaintStatus status, String unit, DispatchStatus unitStatus,
            LocalDate dueBefore) {
        return new ComplaintRecords.Filter(status, unit, unitStatus, dueBefore, null);
    }
}
