package id.balai.complaints.domain.routing;

import java.util.List;

/**
 * The agency proposed for a report, for the central administrator to accept or not (SPIKM Pasal 7c): nothing is
 * dispatched by it.
 *
 * @param orgUnit      the proposed unit
 * @param confidence   the model's probability for it (0-1); null when it comes from the report's category
 * @param source       what proposed it
 * @param alternatives the model's best units, the proposed one first, each with its probability
 */
public record RoutingSuggestion(String orgUnit, Double confidence, Source source,
        List<RoutingModel.Scored> alternatives) {

    public enum Source {
        /** The regency's model, learnt from its dispatched history. */
        HISTORY,
        /** The regency's model while it knows only the category map (a cold start). */
        CATEGORY_MAP,
        /** The report's own category's agency, when the model knows none of its words. */
        CATEGORY
    }
}
