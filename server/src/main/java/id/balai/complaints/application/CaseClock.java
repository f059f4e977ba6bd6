package id.balai.complaints.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.balai.audit.application.AuditLog;
import id.balai.calendar.application.CalendarService;
import id.balai.complaints.domain.Complaint;
import id.balai.complaints.domain.ComplaintEvent;
import id.balai.platform.domain.Actor;
import id.balai.platform.domain.Paging;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the clocks do to a tenant's cases at a given moment: close responded cases whose auto-close date passed
 * (no reply from the reporter), escalate what is overdue to the operations coordinator (SPIKM Pasal 7k-m), and
 * remind agencies of parts falling due, each also by e-mail to the officers concerned ({@link ClockNotices}). Each
 * case changes in its own transaction.
 */
@ApplicationScoped
public class CaseClock {
    private static final Actor CLOCK = new Actor("system:clock", "", null);
    private static final int BATCH = 200;

    @Inject
    TenantTransactions scope;

    @Inject
    ComplaintRecords complaints;

    @Inject
    CalendarService calendars;

    @Inject
    AuditLog audit;

    @Inject
    ClockNotices notices;

    @Inject
    ReporterNotifications reporters;

    /** What one run did. */
    public record Run(int closed, int escalated, int reminded) {
        Run plus(Run o) {
            return new Run(closed + o.closed, escalated + o.escalated, reminded + o.reminded);
        }
    }

    /** The cases the clock has work for, one batch. */
    @Transactional
    public List<UUID> due(Tenant tenant, Instant now) {
        TenantClocks clocks = new TenantClocks(tenant, calendars.calendarOf(tenant), now);
        return scope.call(tenant.id(), () -> complaints.needingTheClock(tenant.id(), clocks.calendarToday(),
                clocks.dueSoonUntil(), BATCH));
    }

    @Transactional
    public Run apply(Tenant tenant, UUID id, Instant now) {
        TenantClocks clocks = new TenantClocks(tenant, calendars.calendarOf(tenant), now);
        LocalDate today = clocks.calendarToday();
        LocalDate remindUntil = clocks.dueSoonUntil();
        return scope.call(tenant.id(), () -> {
            Complaint c = complaints.get(tenant.id(), id);
            boolean closed = c.closeIfDue(now, clocks);
            boolean escalated = c.escalateOverdue(today, now);
            boolean reminded = c.remindDueSoon(due -> !due.isAfter(remindUntil), today, now);
            if (closed || escalated || reminded) {
                List<ComplaintEvent> happened = c.newEvents();
                complaints.save(c);
                notices.tell(tenant, c, happened);
                reporters.after(tenant, c, happened);
                audit.record(tenant.id(), CLOCK, "COMPLAINT_CLOCK", "complaint", id.toString(),
                        Map.of("closed", closed, "escalated", escalated, "reminded", reminded));
            }
            return new Run(closed ? 1 : 0, escalated ? 1 : 0, reminded ? 1 : 0);
        });
    }

    /** The named query "overdue" as of now, for the queues (an agency operator's scoped to its unit). */
    @Transactional
    public ComplaintRecords.Page overdue(Tenant tenant, Instant now, String unit, int page, int size) {
        LocalDate today = new TenantClocks(tenant, calendars.calendarOf(tenant), now).calendarToday();
        return scope.call(tenant.id(), () -> complaints.overdue(tenant.id(), today, unit, Paging.offset(page, size), size));
    }

    /** Runs the clock over all of a tenant's cases that need it. */
    public Run runFor(Tenant tenant, Instant now) {
        Run total = new Run(0, 0, 0);
        List<UUID> batch = due(tenant, now);
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        while (!batch.isEmpty()) {
            boolean progress = false;
            for (UUID id : batch) {
                if (seen.add(id)) {
                    total = total.plus(apply(tenant, id, now));
                    progress = true;
                }
            }
            if (!progress) {
                break;
            }
            batch = due(tenant, now);
        }
        return total;
    }
}
