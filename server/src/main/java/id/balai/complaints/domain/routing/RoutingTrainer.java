package id.balai.complaints.domain.routing;

import java.util.List;

/** The port a classifier library implements: examples in, a model that ranks units for a text out. */
public interface RoutingTrainer {

    /**
     * Trains a model. Deterministic for the same examples and seed.
     *
     * @throws IllegalArgumentException with fewer than two distinct units among the examples
     */
    RoutingModel train(List<RoutingExample> examples, long seed);
}
