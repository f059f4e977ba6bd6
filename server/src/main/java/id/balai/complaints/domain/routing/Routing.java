package id.balai.complaints.domain.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.balai.tenancy.domain.TenantDefinition;

/**
 * The rules of the routing suggestion: what a regency's model learns from, when its own history is enough, and
 * what an officer is offered for a report.
 *
 * <p>A regency starts cold: its model learns only the category map (each category's name, routed to its
 * {@code routeTo} agency), and a report's own category, when it has one, is offered by that map. Once it has
 * {@value #MIN_HISTORY} dispatched reports spread over at least two agencies, the model learns from them too. The
 * figure comes from the learning curve in docs/routing.md: on generated history the learnt model passes 85% of
 * reports routed right at about a hundred reports; below that, a handful of one agency's cases would weigh more
 * than the regency's own category map says.
 */
public final class Routing {
    /** Dispatched reports a regency needs before its model learns from its own history. */
    public static final int MIN_HISTORY = 100;
    /** The most reports a model learns from: the newest ones, so that a reorganised regency's old routes fade. */
    public static final int MAX_HISTORY = 20_000;
    /** How many units an officer is shown. */
    public static final int SHOWN = 3;

    private Routing() {
    }

    /** Where a regency's model stands. */
    public enum Basis {
        /** Learnt from the regency's own dispatched reports (and the category map). */
        HISTORY,
        /** Learnt from the category map only: too little history yet. */
        CATEGORY_MAP
    }

    /** The category map as examples: each category's name, routed to its agency (units the definition has). */
    public static List<RoutingExample> seedExamples(TenantDefinition definition) {
        Set<String> units = units(definition);
        List<RoutingExample> out = new ArrayList<>();
        for (TenantDefinition.ComplaintCategory c : definition.complaintCategories()) {
            if (c.routeTo() != null && units.contains(c.routeTo())) {
                out.add(new RoutingExample(c.name(), c.routeTo()));
            }
        }
        return out;
    }

    /** Whether a regency's history is enough to learn from (see {@link #MIN_HISTORY}). */
    public static boolean enoughHistory(List<RoutingExample> history) {
        return history.size() >= MIN_HISTORY
                && history.stream().map(RoutingExample::orgUnit).distinct().limit(2).count() >= 2;
    }

    /** What the model learns from: the history when it is enough, plus the category map in any case. */
    public static List<RoutingExample> trainingSet(TenantDefinition definition, List<RoutingExample> history) {
        List<RoutingExample> out = new ArrayList<>(seedExamples(definition));
        if (enoughHistory(history)) {
            Set<String> units = units(definition);
            history.stream().filter(e -> units.contains(e.orgUnit())).forEach(out::add);
        }
        return out;
    }

    /**
     * What an officer is offered for a report: the model's most likely units that the regency still has, with
     * their probabilities; when the model knows none of the report's words, the report's category's agency,
     * without a probability. Empty when neither says anything.
     */
    public static Optional<RoutingSuggestion> suggest(Optional<RoutingModel> model, Basis basis, String text,
            String category, TenantDefinition definition) {
        Set<String> units = units(definition);
        List<RoutingModel.Scored> ranked = model.map(m -> m.rank(text)).orElse(List.of()).stream()
                .filter(s -> units.contains(s.orgUnit())).limit(SHOWN).toList();
        if (!ranked.isEmpty()) {
            return Optional.of(new RoutingSuggestion(ranked.get(0).orgUnit(), ranked.get(0).probability(),
                    basis == Basis.HISTORY ? RoutingSuggestion.Source.HISTORY : RoutingSuggestion.Source.CATEGORY_MAP,
                    ranked));
        }
        return definition.complaintCategories().stream().filter(c -> c.code().equals(category)).findFirst()
                .map(TenantDefinition.ComplaintCategory::routeTo).filter(units::contains)
                .map(u -> new RoutingSuggestion(u, null, RoutingSuggestion.Source.CATEGORY, List.of()));
    }

    private static Set<String> units(TenantDefinition definition) {
        return definition.flattenedUnits().stream().map(p -> p.unit().code()).collect(Collectors.toSet());
    }
}
