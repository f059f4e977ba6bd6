package id.balai.complaints.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.balai.complaints.infrastructure.routing.TribuoRoutingTrainer;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.TenantDefinition;

/**
 * The routing suggestion's accuracy on held-back history (docs/routing.md): 2,000 generated Muara Enim reports,
 * split 80/20 within each agency (stratified), the model trained on the 80 and measured on the 20; the cold start
 * (category map only) measured on the same 20; and a learning curve. Run it alone with
 * {@code ./mvnw -o -B -pl server test -Dtest=RoutingAccuracyTest}: it prints the figures the docs report.
 */
class RoutingAccuracyTest {
    private static final TenantDefinition MUARA_ENIM = TenantFiles.definition("muara-enim");
    private static final long SEED = 17;
    private final TribuoRoutingTrainer trainer = new TribuoRoutingTrainer();

    @Test
    void theLearntModelBeatsTheColdStartOnHeldBackReports() {
        List<RoutingExample> all = GeneratedHistory.generate(2_000, SEED);
        Split split = stratified(all, 0.2, SEED);

        Scores learnt = score(trainer.train(Routing.trainingSet(MUARA_ENIM, split.train()), SEED),
                Routing.Basis.HISTORY, split.test());
        Scores cold = score(trainer.train(Routing.seedExamples(MUARA_ENIM), SEED), Routing.Basis.CATEGORY_MAP,
                split.test());
        System.out.printf("routing accuracy (train %d, held back %d): learnt top-1 %.3f top-3 %.3f macro recall "
                + "%.3f; cold start top-1 %.3f top-3 %.3f macro recall %.3f%n", split.train().size(),
                split.test().size(), learnt.top1(), learnt.top3(), learnt.macroRecall(), cold.top1(), cold.top3(),
                cold.macroRecall());
        learnt.perUnit().forEach((u, r) -> System.out.printf("  recall %-12s %.3f%n", u, r));

        assertThat(learnt.top1()).isGreaterThan(0.85);
        assertThat(learnt.top3()).isGreaterThan(learnt.top1());
        assertThat(learnt.top1()).isGreaterThan(cold.top1() + 0.2);
    }

    @Test
    void learningCurveShowsWhereHistoryBeginsToPay() {
        List<RoutingExample> all = GeneratedHistory.generate(2_000, SEED);
        Split split = stratified(all, 0.2, SEED);
        Scores cold = score(trainer.train(Routing.seedExamples(MUARA_ENIM), SEED), Routing.Basis.CATEGORY_MAP,
                split.test());
        double previous = 0;
        for (int n : new int[] {25, 50, 100, 200, 400, 800, 1600}) {
            List<RoutingExample> train = new ArrayList<>(Routing.seedExamples(MUARA_ENIM));
            train.addAll(split.train().subList(0, n));
            Scores s = score(trainer.train(train, SEED), Routing.Basis.HISTORY, split.test());
            System.out.printf("learning curve: %4d reports -> top-1 %.3f (cold start %.3f)%n", n, s.top1(),
                    cold.top1());
            if (n >= Routing.MIN_HISTORY) {
                assertThat(s.top1()).as("at %d reports", n).isGreaterThan(cold.top1());
            }
            previous = Math.max(previous, s.top1());
        }
        assertThat(previous).isGreaterThan(0.85);
    }

    record Split(List<RoutingExample> train, List<RoutingExample> test) {
    }

    /** Each agency's reports shuffled and cut at the same share, so both halves keep the agencies' proportions. */
    static Split stratified(List<RoutingExample> all, double heldBack, long seed) {
        Random r = new Random(seed);
        List<RoutingExample> train = new ArrayList<>();
        List<RoutingExample> test = new ArrayList<>();
        Map<String, List<RoutingExample>> byUnit = all.stream()
                .collect(Collectors.groupingBy(RoutingExample::orgUnit, LinkedHashMap::new, Collectors.toList()));
        for (List<RoutingExample> group : byUnit.values()) {
            List<RoutingExample> g = new ArrayList<>(group);
            Collections.shuffle(g, r);
            int cut = (int) Math.round(g.size() * heldBack);
            test.addAll(g.subList(0, cut));
            train.addAll(g.subList(cut, g.size()));
        }
        Collections.shuffle(train, r);
        return new Split(train, test);
    }

    record Scores(double top1, double top3, double macroRecall, Map<String, Double> perUnit) {
    }

    private static Scores score(RoutingModel model, Routing.Basis basis, List<RoutingExample> test) {
        int top1 = 0;
        int top3 = 0;
        Map<String, int[]> perUnit = new LinkedHashMap<>();
        for (RoutingExample e : test) {
            Optional<RoutingSuggestion> s = Routing.suggest(Optional.of(model), basis, e.text(), null, MUARA_ENIM);
            int[] hits = perUnit.computeIfAbsent(e.orgUnit(), u -> new int[2]);
            hits[1]++;
            if (s.isPresent() && s.get().orgUnit().equals(e.orgUnit())) {
                top1++;
                hits[0]++;
            }
            if (s.isPresent() && s.get().alternatives().stream().anyMatch(a -> a.orgUnit().equals(e.orgUnit()))) {
                top3++;
            }
        }
        Map<String, Double> recall = new LinkedHashMap<>();
        perUnit.forEach((u, h) -> recall.put(u, (double) h[0] / h[1]));
        return new Scores((double) top1 / test.size(), (double) top3 / test.size(),
                recall.values().stream().mapToDouble(Double::doubleValue).average().orElse(0), recall);
    }
}
