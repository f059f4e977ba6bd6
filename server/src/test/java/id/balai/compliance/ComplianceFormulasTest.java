package id.balai.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.balai.compliance.domain.Band;
import id.balai.compliance.domain.Counters;
import id.balai.compliance.domain.Indicator;
import id.balai.compliance.domain.NoticeHistogram;
import id.balai.compliance.domain.Snapshot;
import id.balai.compliance.domain.TenantIndicators;
import id.balai.compliance.domain.Weights;
import id.balai.platform.domain.DomainException;

/** The formulas of docs/compliance.md, by hand. */
class ComplianceFormulasTest {

    private static long[] histogram(int... workingDays) {
        long[] h = new long[NoticeHistogram.BUCKETS];
        for (int d : workingDays) {
            h[NoticeHistogram.bucket(d)]++;
        }
        return h;
    }

    @Test
    void percentilesAreNearestRankOnTheMergedHistogram() {
        // 1, 2, 3, 4: median rank ceil(0.5 * 4) = 2 -> 2; p90 rank ceil(3.6) = 4 -> 4.
        assertThat(NoticeHistogram.percentile(histogram(1, 2, 3, 4), 50)).isEqualTo(2);
        assertThat(NoticeHistogram.percentile(histogram(1, 2, 3, 4), 90)).isEqualTo(4);
        // Ten values 1..10: p90 rank 9 -> 9; an odd count's median is the middle one.
        assertThat(NoticeHistogram.percentile(histogram(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 90)).isEqualTo(9);
        assertThat(NoticeHistogram.percentile(histogram(0, 10, 10, 12, 30), 50)).isEqualTo(10);
        // Merging two days' histograms gives the same answer as one histogram of all values.
        long[] a = histogram(3, 12);
        long[] b = histogram(5, 7, 20);
        long[] merged = new long[NoticeHistogram.BUCKETS];
        for (int i = 0; i < merged.length; i++) {
            merged[i] = a[i] + b[i];
        }
        assertThat(NoticeHistogram.percentile(merged, 50)).isEqualTo(7);
        assertThat(NoticeHistogram.percentile(merged, 90)).isEqualTo(20);
        // The last bucket holds 60 and more; an empty histogram has no percentile.
        assertThat(NoticeHistogram.percentile(histogram(75), 50)).isEqualTo(60);
        assertThat(NoticeHistogram.percentile(new long[NoticeHistogram.BUCKETS], 50)).isNull();
        assertThatThrownBy(() -> NoticeHistogram.percentile(histogram(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bandsFollowTheEMonevThresholdsAtOneDecimal() {
        assertThat(Band.of(100)).isEqualTo(Band.INFORMATIF);
        assertThat(Band.of(90)).isEqualTo(Band.INFORMATIF);
        assertThat(Band.of(89.96)).isEqualTo(Band.INFORMATIF);
        assertThat(Band.of(89.9)).isEqualTo(Band.MENUJU_INFORMATIF);
        assertThat(Band.of(80)).isEqualTo(Band.MENUJU_INFORMATIF);
        assertThat(Band.of(79.9)).isEqualTo(Band.CUKUP_INFORMATIF);
        assertThat(Band.of(60)).isEqualTo(Band.CUKUP_INFORMATIF);
        assertThat(Band.of(59.9)).isEqualTo(Band.KURANG_INFORMATIF);
        assertThat(Band.of(40)).isEqualTo(Band.KURANG_INFORMATIF);
        assertThat(Band.of(39.9)).isEqualTo(Band.TIDAK_INFORMATIF);
        assertThat(Band.of(0)).isEqualTo(Band.TIDAK_INFORMATIF);
    }

    @Test
    void theCompositeIsTheWeightedMeanOfTheIndicatorsWithAValue() {
        Weights w = Weights.defaults();
        assertThat(w.asMap().values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0);
        Map<Indicator, Double> s = new EnumMap<>(Indicator.class);
        s.put(Indicator.NOTICE_ON_TIME, 50.0); // weight 20
        s.put(Indicator.REGISTER_COMPLETENESS, 100.0); // weight 20
        s.put(Indicator.LLID_ON_TIME, 0.0); // weight 10
        s.put(Indicator.PPID_PEMBANTU_COVERAGE, null); // no data: drops out
        // (20*50 + 20*100 + 10*0) / 50 = 60
        assertThat(w.composite(s).getAsDouble()).isEqualTo(60.0);
        // A weight of 0 drops an indicator too; new weights from a province admin.
        Weights custom = Weights.parse(Map.of("NOTICE_ON_TIME", 30, "LLID_ON_TIME", 0));
        // (30*50 + 20*100) / 50 = 70
        assertThat(custom.composite(s).getAsDouble()).isEqualTo(70.0);
        assertThat(w.composite(new EnumMap<>(Indicator.class))).isEmpty();
    }

    @Test
    void badWeightsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Weights.parse(Map.of("NOPE", 1))).isInstanceOf(DomainException.class)
                .extracting("code", "field").containsExactly("UNKNOWN_INDICATOR", "weights.NOPE");
        assertThatThrownBy(() -> Weights.parse(Map.of("NOTICE_ON_TIME", 101))).extracting("code", "field")
                .containsExactly("INVALID_WEIGHT", "weights.NOTICE_ON_TIME");
        assertThatThrownBy(() -> Weights.parse(Map.of("NOTICE_ON_TIME", "x"))).extracting("code")
                .isEqualTo("INVALID_WEIGHT");
        Map<String, Object> zero = new java.util.HashMap<>();
        for (Indicator i : Indicator.values()) {
            zero.put(i.name(), 0);
        }
        assertThatThrownBy(() -> Weights.parse(zero)).extracting("code").isEqualTo("WEIGHTS_ALL_ZERO");
        assertThatThrownBy(() -> Weights.parse(Map.of())).extracting("code").isEqualTo("WEIGHTS_REQUIRED");
    }

    @Test
    void indicatorsFromCountersAndSnapshot() {
        // 10 requests, 8 due; 6 noticed within 10 WD, 7 within 17; notice days 2,3,5,8,9,10,15; 3 objections,
        // 2 due, 1 answered in time; 1 dispute; 4 complaints, 4 due, 3 verified in time, 2 closed; 5 parts due,
        // 4 in time; ratings 4 + 5.
        Counters c = new Counters(10, 8, 7, 6, 7, 3, 2, 1, 1, 4, 4, 3, 2, 5, 4, 9, 2,
                histogram(2, 3, 5, 8, 9, 10, 15));
        Snapshot s = new Snapshot(LocalDate.of(2026, 11, 24), 4, 3, 2, 5, 2,
                Map.of(2025, LocalDate.of(2026, 3, 20)));
        TenantIndicators i = TenantIndicators.compute(c, s, 2025, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 11, 24));
        assertThat(i.noticedWithinNoticePct()).isEqualTo(75.0);
        assertThat(i.noticedWithinExtensionPct()).isEqualTo(87.5);
        assertThat(i.medianWorkingDaysToNotice()).isEqualTo(8);
        assertThat(i.p90WorkingDaysToNotice()).isEqualTo(15);
        assertThat(i.objectionsPer100Requests()).isEqualTo(30.0);
        assertThat(i.objectionsAnsweredOnTimePct()).isEqualTo(50.0);
        assertThat(i.berkalaCurrentPct()).isEqualTo(75.0);
        // (100 berkala present + 100 setiap saat present + 75 current) / 3
        assertThat(i.registerCompletenessPct()).isEqualTo(91.7);
        assertThat(i.llidOnTime()).isTrue();
        assertThat(i.pembantuCoveragePct()).isEqualTo(40.0);
        assertThat(i.complaintsVerifiedOnTimePct()).isEqualTo(75.0);
        assertThat(i.followUpOnTimePct()).isEqualTo(80.0);
        assertThat(i.complaintsClosedPct()).isEqualTo(50.0);
        assertThat(i.ratingMean()).isEqualTo(4.5);
        assertThat(i.scores().get(Indicator.REPORTER_RATING)).isEqualTo(87.5);
        // A late LLID is 0; one not yet due and not published has no value.
        Snapshot late = new Snapshot(s.asOf(), 0, 0, 0, 0, 0, Map.of(2025, LocalDate.of(2026, 4, 2)));
        TenantIndicators j = TenantIndicators.compute(Counters.empty(), late, 2025, LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 11, 24));
        assertThat(j.llidOnTime()).isFalse();
        assertThat(j.registerCompletenessPct()).isEqualTo(0.0);
        assertThat(j.pembantuCoveragePct()).isNull();
        assertThat(j.noticedWithinNoticePct()).isNull();
        TenantIndicators k = TenantIndicators.compute(Counters.empty(), late, 2026, LocalDate.of(2027, 3, 31),
                LocalDate.of(2026, 11, 24));
        assertThat(k.llidOnTime()).isNull();
    }
}
