package id.balai.complaints.domain.routing;

import java.util.Objects;

/**
 * One report's text and the agency it went to: a training example, or a held-back one to measure with.
 *
 * @param text    the report's title and description
 * @param orgUnit the code of the unit it was first dispatched to
 */
public record RoutingExample(String text, String orgUnit) {
    public RoutingExample {
        Objects.requireNonNull(orgUnit, "orgUnit");
        text = text == null ? "" : text;
    }

    /** What the model reads of a report: its title and its description. */
    public static String text(String title, String description) {
        return (title == null ? "" : title) + "\n" + (description == null ? "" : description);
    }
}
