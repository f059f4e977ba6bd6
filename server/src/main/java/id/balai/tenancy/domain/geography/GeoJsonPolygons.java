package id.balai.tenancy.domain.geography;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A GeoJSON geometry (RFC 7946) read into JTS: only a Polygon or a MultiPolygon, positions as
 * {@code [longitude, latitude]} in WGS 84, every ring closed. What is wrong is named with its path, so that a file
 * with a broken ring says which ring of which feature.
 */
final class GeoJsonPolygons {
    /** WGS 84 longitude and latitude, as GeoJSON has them. */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /**
     * Indonesia with a margin: the box a report's point must lie in (the report form refuses others), so a boundary
     * outside it could never hold a report. Swapped coordinates ({@code [latitude, longitude]}) land outside it.
     */
    static final double MIN_LATITUDE = -11.5;
    static final double MAX_LATITUDE = 6.5;
    static final double MIN_LONGITUDE = 94.5;
    static final double MAX_LONGITUDE = 141.5;

    private GeoJsonPolygons() {
    }

    /** A structural fault of a geometry, at a path relative to the document's root. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final String path;
        final String en;
        final String id;

        Malformed(String path, String en, String id) {
            super(path + ": " + en, null, false, false);
            this.path = path;
            this.en = en;
            this.id = id;
        }
    }

    /** @param path the geometry's own path, e.g. {@code $.features[3].geometry} */
    static Geometry read(JsonNode geometry, String path) throws Malformed {
        if (geometry == null || !geometry.isObject()) {
            throw new Malformed(path, "a Polygon or MultiPolygon geometry is required",
                    "geometri Polygon atau MultiPolygon wajib ada");
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.path("coordinates");
        switch (type) {
            case "Polygon":
                return polygon(coordinates, path + ".coordinates");
            case "MultiPolygon": {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    throw new Malformed(path + ".coordinates", "a MultiPolygon needs at least one polygon",
                            "MultiPolygon memerlukan paling sedikit satu poligon");
                }
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i), path + ".coordinates[" + i + "]");
                }
                return FACTORY.createMultiPolygon(parts);
            }
            default:
                throw new Malformed(path + ".type", "only Polygon and MultiPolygon are boundaries, this is '" + type
                        + "'", "hanya Polygon dan MultiPolygon yang dapat menjadi batas wilayah, ini '" + type + "'");
        }
    }

    private static Polygon polygon(JsonNode rings, String path) throws Malformed {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new Malformed(path, "a polygon is an array of rings, the outer ring first",
                    "poligon adalah larik cincin, cincin luar lebih dulu");
        }
        LinearRing shell = ring(rings.get(0), path + "[0]");
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), path + "[" + i + "]");
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, String path) throws Malformed {
        if (!positions.isArray() || positions.size() < 4) {
            throw new Malformed(path, "a ring needs at least 4 positions (the last repeating the first)",
                    "cincin memerlukan paling sedikit 4 posisi (posisi terakhir mengulang yang pertama)");
        }
        List<Coordinate> coordinates = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            String at = path + "[" + i + "]";
            if (!p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new Malformed(at, "a position is [longitude, latitude] in numbers",
                        "posisi ditulis [bujur, lintang] sebagai angka");
            }
            double longitude = p.get(0).asDouble();
            double latitude = p.get(1).asDouble();
            if (longitude < MIN_LONGITUDE || longitude > MAX_LONGITUDE || latitude < MIN_LATITUDE
                    || latitude > MAX_LATITUDE) {
                throw new Malformed(at, "[" + longitude + ", " + latitude + "] is not in Indonesia: a position is "
                        + "[longitude, latitude] (WGS 84)", "[" + longitude + ", " + latitude + "] tidak berada di "
                        + "Indonesia: posisi ditulis [bujur, lintang] (WGS 84)");
            }
            coordinates.add(new Coordinate(longitude, latitude));
        }
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            throw new Malformed(path, "the ring is not closed: its last position must repeat its first",
                    "cincin tidak tertutup: posisi terakhir harus mengulang posisi pertama");
        }
        return FACTORY.createLinearRing(coordinates.toArray(Coordinate[]::new));
    }
}
