package id.balai.complaints.infrastructure.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.balai.complaints.domain.routing.RoutingExample;
import id.balai.complaints.domain.routing.RoutingModel;

class TribuoRoutingTrainerTest {
    private static final List<RoutingExample> EXAMPLES = List.of(
            new RoutingExample("Jalan berlubang di desa", "PUPR"),
            new RoutingExample("Jembatan ambruk setelah banjir", "PUPR"),
            new RoutingExample("Drainase tersumbat, jalan tergenang", "PUPR"),
            new RoutingExample("Puskesmas tutup pada jam pelayanan", "DINKES"),
            new RoutingExample("Obat di puskesmas kosong", "DINKES"),
            new RoutingExample("Bidan desa tidak melayani pasien", "DINKES"));
    private final TribuoRoutingTrainer trainer = new TribuoRoutingTrainer();

    @Test
    void ranksUnitsWithProbabilitiesThatAddUpToOne() {
        List<RoutingModel.Scored> ranked = trainer.train(EXAMPLES, 1).rank("Puskesmas kami kehabisan obat");
        assertThat(ranked).extracting(RoutingModel.Scored::orgUnit).containsExactly("DINKES", "PUPR");
        assertThat(ranked.get(0).probability()).isGreaterThan(0.5);
        assertThat(ranked.stream().mapToDouble(RoutingModel.Scored::probability).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theSameExamplesAndSeedGiveTheSameModel() {
        String text = "jalan di depan puskesmas berlubang";
        assertThat(trainer.train(EXAMPLES, 42).rank(text)).isEqualTo(trainer.train(EXAMPLES, 42).rank(text));
    }

    @Test
    void aTextOfUnknownWordsIsNotRanked() {
        assertThat(trainer.train(EXAMPLES, 1).rank("xyzzy qwerty")).isEmpty();
        assertThat(trainer.train(EXAMPLES, 1).rank("")).isEmpty();
    }

    @Test
    void oneUnitIsNothingToLearn() {
        assertThatThrownBy(() -> trainer.train(EXAMPLES.subList(0, 3), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
