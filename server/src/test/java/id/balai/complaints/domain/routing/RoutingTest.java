package id.balai.complaints.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import id.balai.complaints.infrastructure.routing.TribuoRoutingTrainer;
import id.balai.support.TenantFiles;
import id.balai.tenancy.domain.TenantDefinition;

/** The cold start, the threshold of history, and what an officer is offered. */
class RoutingTest {
    private static final TenantDefinition MUARA_ENIM = TenantFiles.definition("muara-enim");
    private final TribuoRoutingTrainer trainer = new TribuoRoutingTrainer();

    @Test
    void aRegencyStartsColdFromItsCategoryMap() {
        List<RoutingExample> seeds = Routing.seedExamples(MUARA_ENIM);
        assertThat(seeds).contains(new RoutingExample("Jalan, jembatan dan drainase", "PUPR"),
                new RoutingExample("Layanan kesehatan", "DINKES"));
        // Too little history: only the map is learnt.
        List<RoutingExample> few = GeneratedHistory.generate(Routing.MIN_HISTORY - 1, 1);
        assertThat(Routing.enoughHistory(few)).isFalse();
        assertThat(Routing.trainingSet(MUARA_ENIM, few)).isEqualTo(seeds);

        RoutingModel cold = trainer.train(Routing.trainingSet(MUARA_ENIM, few), 7);
        Optional<RoutingSuggestion> s = Routing.suggest(Optional.of(cold), Routing.Basis.CATEGORY_MAP,
                "Jembatan di desa kami ambruk", null, MUARA_ENIM);
        assertThat(s).get().extracting(RoutingSuggestion::orgUnit, RoutingSuggestion::source)
                .containsExactly("PUPR", RoutingSuggestion.Source.CATEGORY_MAP);
        assertThat(s.get().confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void enoughHistoryIsAHundredReportsOverAtLeastTwoAgencies() {
        List<RoutingExample> history = GeneratedHistory.generate(Routing.MIN_HISTORY, 2);
        assertThat(Routing.enoughHistory(history)).isTrue();
        assertThat(Routing.trainingSet(MUARA_ENIM, history)).hasSize(Routing.seedExamples(MUARA_ENIM).size()
                + Routing.MIN_HISTORY);
        List<RoutingExample> oneAgency = new ArrayList<>();
        for (int i = 0; i < Routing.MIN_HISTORY; i++) {
            oneAgency.add(new RoutingExample("jalan rusak " + i, "PUPR"));
        }
        assertThat(Routing.enoughHistory(oneAgency)).isFalse();
    }

    @Test
    void unknownWordsFallBackToTheReportsCategoryWithoutAConfidence() {
        RoutingModel cold = trainer.train(Routing.seedExamples(MUARA_ENIM), 7);
        assertThat(Routing.suggest(Optional.of(cold), Routing.Basis.CATEGORY_MAP, "xyzzy qwerty", "KESEHATAN",
                MUARA_ENIM)).contains(new RoutingSuggestion("DINKES", null, RoutingSuggestion.Source.CATEGORY,
                        List.of()));
        assertThat(Routing.suggest(Optional.empty(), Routing.Basis.CATEGORY_MAP, "xyzzy", null, MUARA_ENIM))
                .isEmpty();
    }

    @Test
    void aUnitTheRegencyNoLongerHasIsNeverOffered() {
        List<RoutingExample> history = new ArrayList<>(GeneratedHistory.generate(300, 3));
        for (int i = 0; i < 50; i++) {
            history.add(new RoutingExample("jembatan ambruk talud longsor " + i, "DINAS-HAPUS"));
        }
        RoutingModel model = trainer.train(history, 7);
        RoutingSuggestion s = Routing.suggest(Optional.of(model), Routing.Basis.HISTORY,
                "jembatan ambruk talud longsor", null, MUARA_ENIM).orElseThrow();
        assertThat(s.orgUnit()).isEqualTo("PUPR");
        assertThat(s.alternatives()).extracting(RoutingModel.Scored::orgUnit).doesNotContain("DINAS-HAPUS");
    }
}
