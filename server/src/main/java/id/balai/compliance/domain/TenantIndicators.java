package id.balai.compliance.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every indicator of one tenant for one period, computed from its summed day counters and its snapshot
 * (docs/compliance.md gives each formula). Shares are percentages rounded to one decimal; null means "no case to
 * judge" (no denominator), never 0.
 */
public record TenantIndicators(
        long requests, long requestsDue, Double noticedWithinNoticePct, Double noticedWithinExtensionPct,
        Integer medianWorkingDaysToNotice, Integer p90WorkingDaysToNotice,
        long objections, Double objectionsPer100Requests, Double objectionsAnsweredOnTimePct, long disputes,
        Integer berkalaEntries, Integer berkalaCurrent, Double berkalaCurrentPct, Integer setiapSaatEntries,
        Double registerCompletenessPct,
        Integer llidFiscalYear, LocalDate llidPublishedOn, Boolean llidOnTime,
        Integer pembantuUnits, Integer pembantuCovered, Double pembantuCoveragePct,
        long complaints, Double complaintsVerifiedOnTimePct, Double followUpOnTimePct, Double complaintsClosedPct,
        Double ratingMean, long ratingCount) {

    /**
     * @param periodEnd   the period's last day: the LLID judged is the one of the fiscal year before its year
     * @param today       the LLID of a fiscal year whose deadline is still ahead has no value yet
     * @param llidDue     the deadline of that LLID (31 March by default)
     */
    public static TenantIndicators compute(Counters c, Snapshot s, int llidFiscalYear, LocalDate llidDue,
            LocalDate today) {
        Double berkalaPct = null;
        Double register = null;
        Integer pembantuUnits = null;
        Integer pembantuCovered = null;
        Double coverage = null;
        LocalDate llidOn = null;
        Boolean llidOnTime = null;
        if (s != null) {
            berkalaPct = pct(s.berkalaCurrent(), s.berkalaEntries());
            double present = (s.berkalaEntries() > 0 ? 100 : 0) + (s.setiapSaatEntries() > 0 ? 100 : 0);
            register = round1((present + (berkalaPct == null ? 0 : berkalaPct)) / 3);
            pembantuUnits = s.pembantuUnits();
            pembantuCovered = s.pembantuCovered();
            coverage = pct(s.pembantuCovered(), s.pembantuUnits());
            llidOn = s.llid().get(llidFiscalYear);
            if (llidOn != null && !llidOn.isAfter(llidDue)) {
                llidOnTime = true;
            } else if (!today.isBefore(llidDue) || llidOn != null) {
                llidOnTime = false;
            }
        }
        Double rating = c.ratingCount() == 0 ? null : round2((double) c.ratingSum() / c.ratingCount());
        return new TenantIndicators(c.requests(), c.requestsDue(), pct(c.noticedInTime(), c.requestsDue()),
                pct(c.noticedInExtension(), c.requestsDue()), NoticeHistogram.percentile(c.noticeDays(), 50),
                NoticeHistogram.percentile(c.noticeDays(), 90), c.objections(),
                c.requests() == 0 ? null : round1(100.0 * c.objections() / c.requests()),
                pct(c.objectionsAnsweredInTime(), c.objectionsDue()), c.disputes(),
                s == null ? null : s.berkalaEntries(), s == null ? null : s.berkalaCurrent(), berkalaPct,
                s == null ? null : s.setiapSaatEntries(), register, llidFiscalYear, llidOn, llidOnTime,
                pembantuUnits, pembantuCovered, coverage, c.complaints(),
                pct(c.complaintsVerifiedInTime(), c.complaintsDue()), pct(c.dispatchesInTime(), c.dispatchesDue()),
                pct(c.complaintsClosed(), c.complaints()), rating, c.ratingCount());
    }

    /** The scored indicators, 0-100 each, null without data. */
    public Map<Indicator, Double> scores() {
        Map<Indicator, Double> m = new EnumMap<>(Indicator.class);
        m.put(Indicator.NOTICE_ON_TIME, noticedWithinNoticePct);
        m.put(Indicator.OBJECTIONS_ANSWERED_ON_TIME, objectionsAnsweredOnTimePct);
        m.put(Indicator.REGISTER_COMPLETENESS, registerCompletenessPct);
        m.put(Indicator.LLID_ON_TIME, llidOnTime == null ? null : llidOnTime ? 100.0 : 0.0);
        m.put(Indicator.PPID_PEMBANTU_COVERAGE, pembantuCoveragePct);
        m.put(Indicator.COMPLAINTS_VERIFIED_ON_TIME, complaintsVerifiedOnTimePct);
        m.put(Indicator.FOLLOW_UP_ON_TIME, followUpOnTimePct);
        m.put(Indicator.COMPLAINTS_CLOSED, complaintsClosedPct);
        m.put(Indicator.REPORTER_RATING, ratingMean == null ? null : round1((ratingMean - 1) / 4 * 100));
        return m;
    }

    static Double pct(long part, long whole) {
        return whole == 0 ? null : round1(100.0 * part / whole);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
