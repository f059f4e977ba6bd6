package id.balai.complaints.domain.routing;

import java.util.List;

/** A trained classifier: ranks the units it knows for a text. */
public interface RoutingModel {

    /**
     * The units for a text, most likely first, each with a probability (the scores add up to 1); an empty list
     * when none of the text's tokens was seen in training, so the caller can fall back.
     */
    List<Scored> rank(String text);

    /** A unit and the model's probability for it. */
    record Scored(String orgUnit, double probability) {
    }
}
