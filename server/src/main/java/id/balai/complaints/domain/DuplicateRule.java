package id.balai.complaints.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When another open report of the same regency is offered as a likely duplicate at verification (issue 17 item 4):
 * its text is similar enough on its own, or somewhat similar and the two points lie close together. The officer
 * decides; a suggestion only saves looking for it.
 */
public final class DuplicateRule {
    /** Trigram similarity (0..1) from which the text alone makes a suggestion. */
    public static final double TEXT_ALONE = 0.35;
    /** Trigram similarity from which a nearby point makes a suggestion; also the lowest the query returns. */
    public static final double TEXT_WITH_NEARBY_POINT = 0.2;
    /** Two points this close (metres) count as the same place. */
    public static final double NEARBY_METRES = 500;
    /** Reports received this many days apart or fewer are compared. */
    public static final int WINDOW_DAYS = 30;

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private DuplicateRule() {
    }

    /** Why a report was suggested: TEXT (similar words) and, when both have a point, NEARBY. */
    public enum Reason {
        TEXT, NEARBY
    }

    /**
     * @param score      0..1: the similarity, raised by a fifth for a nearby point
     * @param similarity the trigram similarity of the two texts
     * @param metres     the distance of the two points, when both have one
     */
    public record Verdict(double score, double similarity, Double metres, List<Reason> reasons) {
    }

    /** The verdict on one candidate, or empty when it is not a likely duplicate. */
    public static Optional<Verdict> judge(double similarity, Double metres) {
        boolean near = metres != null && metres <= NEARBY_METRES;
        if (similarity < TEXT_ALONE && !(near && similarity >= TEXT_WITH_NEARBY_POINT)) {
            return Optional.empty();
        }
        List<Reason> reasons = new ArrayList<>(List.of(Reason.TEXT));
        if (near) {
            reasons.add(Reason.NEARBY);
        }
        double score = Math.min(1.0, near ? similarity + 0.2 : similarity);
        return Optional.of(new Verdict(score, similarity, metres, List.copyOf(reasons)));
    }

    /** The great-circle distance between two points, in metres; null when either is missing. */
    public static Double metres(Double lat1, Double lon1, Double lat2, Double lon2) {
        if (lat1 == null || lon1 == null || lat2 == null || lon2 == null) {
            return null;
        }
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
