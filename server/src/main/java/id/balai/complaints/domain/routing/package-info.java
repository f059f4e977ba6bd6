/**
 * The routing suggestion (issue 17 item 3): which agency a new report most likely belongs to, from its words. Pure
 * rules and ports only: the Indonesian tokeniser, the training examples, the cold start from the category map, and
 * the {@link id.balai.complaints.domain.routing.RoutingTrainer} port a classifier library implements in
 * infrastructure. A suggestion never dispatches: the central administrator decides (SPIKM Pasal 7c).
 */
package id.balai.complaints.domain.routing;
