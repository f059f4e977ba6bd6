package id.balai.compliance.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import id.balai.calendar.application.CalendarService;
import id.balai.calendar.domain.CalendarYearUnavailableException;
import id.balai.calendar.domain.WorkingCalendar;
import id.balai.compliance.application.ComplianceRecords.DayRow;
import id.balai.compliance.application.ComplianceRecords.RequestDates;
import id.balai.compliance.domain.NoticeHistogram;
import id.balai.compliance.domain.Snapshot;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.RegulationParameters;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Refreshes one tenant's compliance aggregates (docs/compliance.md) in one transaction bound to that tenant: the day
 * counters of the days that may have changed, their months' roll-ups, and the snapshot. The days recomputed on an incremental run are the
 * current and the previous month (whose "due" counts move with the date) and the start days of every case with a
 * step recorded since the last run (minus a margin for transactions still open then); a full run, and a tenant's
 * first, rebuilds every day.
 * Never a scan of all cases: each query reads the given days through the (tenant_id, day) indexes.
 */
@ApplicationScoped
public class ComplianceAggregator {
    /** Steps committed late by a transaction that started before the last run's watermark. */
    static final Duration MARGIN = Duration.ofMinutes(10);

    @Inject
    TenantTransactions scope;

    @Inject
    ComplianceRecords store;

    @Inject
    CalendarService calendars;

    /** @return the number of days recomputed */
    public int refresh(Tenant tenant, boolean full, Instant now) {
        return scope.call(tenant.id(), () -> {
            LocalDate today = now.atZone(tenant.zone()).toLocalDate();
            TreeSet<LocalDate> days = new TreeSet<>();
            java.util.Optional<Instant> watermark = store.watermark(tenant.id());
            if (full || watermark.isEmpty()) {
                // A tenant's first run (a new tenant, or the first run after this migration) builds every day.
                store.clearAllDays(tenant.id());
                days.addAll(store.allCaseDays(tenant.id()));
            } else {
                for (LocalDate d = today.withDayOfMonth(1).minusMonths(1); !d.isAfter(today); d = d.plusDays(1)) {
                    days.add(d);
                }
                days.addAll(store.daysTouchedSince(tenant.id(), watermark.get().minus(MARGIN)));
            }
            String province = tenant.definition().province().code();
            List<LocalDate> all = new ArrayList<>(days);
            for (int i = 0; i < all.size(); i += 400) {
                List<LocalDate> batch = all.subList(i, Math.min(all.size(), i + 400));
                store.replaceDays(tenant.id(), province, batch, compute(tenant, batch, today), now);
            }
            store.rollUpMonths(tenant.id(), province,
                    days.stream().map(d -> d.withDayOfMonth(1)).collect(Collectors.toCollection(TreeSet::new)), now);
            store.writeSnapshot(tenant.id(), province, snapshot(tenant, today), now);
            return days.size();
        });
    }

    private List<DayRow> compute(Tenant tenant, List<LocalDate> days, LocalDate today) {
        RegulationParameters p = tenant.definition().parameters();
        int notice = p.informationRequest().noticeWorkingDays();
        int extended = notice + p.informationRequest().extensionWorkingDays();
        WorkingCalendar calendar = calendars.calendarOf(tenant);
        String zone = tenant.zone().getId();
        Map<LocalDate, int[]> req = new HashMap<>();
        Map<LocalDate, int[]> hist = new HashMap<>();
        for (RequestDates r : store.requests(tenant.id(), days)) {
            int[] c = req.computeIfAbsent(r.receivedOn(), k -> new int[5]);
            c[0]++;
            if (r.noticeIssuedOn() != null || r.noticeDue().isBefore(today)) {
                c[1]++;
            }
            if (r.noticeIssuedOn() != null) {
                int wd = workingDays(calendar, r.countingStartsOn(), r.noticeIssuedOn());
                c[2]++;
                c[3] += wd <= notice ? 1 : 0;
                c[4] += wd <= extended ? 1 : 0;
                hist.computeIfAbsent(r.receivedOn(), k -> new int[NoticeHistogram.BUCKETS])[NoticeHistogram.bucket(wd)]++;
            }
        }
        Map<LocalDate, long[]> obj = store.objections(tenant.id(), days, today);
        Map<LocalDate, long[]> dis = store.disputes(tenant.id(), days);
        Map<LocalDate, long[]> com = store.complaints(tenant.id(), days, today, zone);
        Map<LocalDate, long[]> dsp = store.dispatches(tenant.id(), days, today, zone);
        List<DayRow> rows = new ArrayList<>();
        for (LocalDate d : days) {
            if (!req.containsKey(d) && !obj.containsKey(d) && !dis.containsKey(d) && !com.containsKey(d)) {
                continue;
            }
            int[] r = req.getOrDefault(d, new int[5]);
            long[] o = obj.getOrDefault(d, new long[3]);
            long[] ds = dis.getOrDefault(d, new long[1]);
            long[] c = com.getOrDefault(d, new long[6]);
            long[] x = dsp.getOrDefault(d, new long[2]);
            rows.add(new DayRow(d, r[0], r[1], r[2], r[3], r[4],
                    hist.getOrDefault(d, new int[NoticeHistogram.BUCKETS]), (int) o[0], (int) o[1], (int) o[2],
                    (int) ds[0], (int) c[0], (int) c[1], (int) c[2], (int) c[3], (int) x[0], (int) x[1], (int) c[4],
                    (int) c[5]));
        }
        return rows;
    }

    /**
     * Working days after the counting start up to and including the notice day (WorkingCalendar.workingDaysTaken: 0
     * for a notice given before the count began, never negative). A year without published holidays counts its
     * weekdays, as the PPID clock does provisionally.
     */
    static int workingDays(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        try {
            return calendar.workingDaysTaken(from, to);
        } catch (CalendarYearUnavailableException e) {
            int n = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                n += d.getDayOfWeek().getValue() <= 5 ? 1 : 0;
            }
            return to.isBefore(from) ? 0 : n;
        }
    }

    private Snapshot snapshot(Tenant tenant, LocalDate today) {
        RegulationParameters.Register reg = tenant.definition().parameters().register();
        long[] register = store.register(tenant.id(), today);
        long[] pembantu = store.pembantu(tenant.id(), today.minusMonths(reg.ppidPembantuDeliveryMonths()));
        return new Snapshot(today, (int) register[0], (int) register[1], (int) register[2], (int) pembantu[0],
                (int) pembantu[1], store.llidPublished(tenant.id()));
    }
}
