package id.balai.complaints.infrastructure.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import id.balai.complaints.domain.routing.RoutingExample;
import id.balai.complaints.domain.routing.RoutingModel;
import id.balai.complaints.domain.routing.RoutingTokeniser;
import id.balai.complaints.domain.routing.RoutingTrainer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A multinomial logistic regression (Tribuo's linear SGD with AdaGrad) over the tokens of a report, each token's
 * count scaled so that a text's vector has length one: long and short reports weigh alike. Logistic regression gives
 * probabilities, which the officer sees as the confidence.
 */
@ApplicationScoped
public class TribuoRoutingTrainer implements RoutingTrainer {
    private static final LabelFactory LABELS = new LabelFactory();
    private static final int EPOCHS = 15;
    private static final int MINIBATCH = 1;
    /** Tribuo logs the loss every so many steps; -1 logs nothing. */
    private static final int NO_LOGGING = -1;

    @Override
    public RoutingModel train(List<RoutingExample> examples, long seed) {
        if (examples.stream().map(RoutingExample::orgUnit).distinct().count() < 2) {
            throw new IllegalArgumentException("A routing model needs examples of at least two units");
        }
        List<Example<Label>> rows = new ArrayList<>(examples.size());
        for (RoutingExample e : examples) {
            Example<Label> row = example(new Label(e.orgUnit()), e.text());
            if (row.size() > 0) {
                rows.add(row);
            }
        }
        MutableDataset<Label> data = new MutableDataset<>(new ListDataSource<>(rows, LABELS,
                new SimpleDataSourceProvenance("routing history", LABELS)));
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5, 0.1), EPOCHS,
                NO_LOGGING, MINIBATCH, seed);
        return new TribuoModel(trainer.train(data));
    }

    /** A text as an example: its tokens' counts, scaled to unit length, names in order. */
    static Example<Label> example(Label label, String text) {
        Map<String, Double> counts = new TreeMap<>();
        for (String t : RoutingTokeniser.tokens(text)) {
            counts.merge("w=" + t, 1.0, Double::sum);
        }
        double norm = Math.sqrt(counts.values().stream().mapToDouble(v -> v * v).sum());
        String[] names = counts.keySet().toArray(String[]::new);
        double[] values = counts.values().stream().mapToDouble(v -> v / norm).toArray();
        return new ArrayExample<>(label, names, values);
    }

    private record TribuoModel(Model<Label> model) implements RoutingModel {
        @Override
        public List<Scored> rank(String text) {
            Example<Label> example = example(LabelFactory.UNKNOWN_LABEL, text);
            ImmutableFeatureMap known = model.getFeatureIDMap();
            boolean anyKnown = false;
            for (var f : example) {
                anyKnown |= known.getID(f.getName()) >= 0;
            }
            if (!anyKnown) {
                return List.of();
            }
            Prediction<Label> p = model.predict(example);
            return p.getOutputScores().values().stream()
                    .map(l -> new Scored(l.getLabel(), l.getScore()))
                    .sorted(Comparator.comparingDouble(Scored::probability).reversed()
                            .thenComparing(Scored::orgUnit))
                    .toList();
        }
    }
}
