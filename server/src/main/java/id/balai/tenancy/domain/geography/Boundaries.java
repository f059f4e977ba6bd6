package id.balai.tenancy.domain.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.TenantDefinition.PlacedUnit;

/**
 * A regency's districts and villages as shapes, and which of them hold a point. Built from a boundaries file that
 * passed {@link BoundaryRules} and from the definition in force: each feature takes its unit's kind, name and parent
 * from the definition, and a feature whose unit the definition no longer has as a DISTRICT, VILLAGE or WARD (left out
 * by a live edit since the file was checked) is left out. Immutable and safe to share between threads: the shapes are
 * prepared (indexed for repeated point tests) and held in an STR-tree, so a lookup tests only the few shapes whose
 * bounding boxes hold the point.
 */
public final class Boundaries {
    public static final String FILE_NAME = "boundaries.geojson";
    public static final Boundaries NONE = new Boundaries(List.of());

    /**
     * One drawn unit.
     *
     * @param order    its place in the file (the first of two shapes sharing a border holds the border)
     * @param parent   the district of a village or ward; null for a district
     * @param geometry the feature's GeoJSON geometry as the file has it
     */
    public record Feature(int order, String orgUnit, String name, OrgUnitKind kind, String parent, JsonNode geometry,
            PreparedGeometry shape) {
        boolean local() {
            return kind == OrgUnitKind.VILLAGE || kind == OrgUnitKind.WARD;
        }
    }

    private final List<Feature> features;
    private final STRtree index = new STRtree();

    private Boundaries(List<Feature> features) {
        this.features = List.copyOf(features);
        for (Feature f : features) {
            index.insert(f.shape().getGeometry().getEnvelopeInternal(), f);
        }
        index.build();
    }

    /**
     * The shapes of a checked boundaries file, with the definition's units.
     *
     * @throws IllegalArgumentException when a geometry does not read (the file was not checked)
     */
    public static Boundaries of(JsonNode geojson, TenantDefinition definition) {
        Map<String, PlacedUnit> units = definition.flattenedUnits().stream()
                .collect(Collectors.toMap(p -> p.unit().code(), Function.identity(), (a, b) -> a));
        List<Feature> out = new ArrayList<>();
        JsonNode features = geojson.path("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            PlacedUnit unit = units.get(f.path("properties").path("orgUnit").asText(""));
            if (unit == null || !drawable(unit.unit().kind())) {
                continue;
            }
            Geometry shape;
            try {
                shape = GeoJsonPolygons.read(f.get("geometry"), "$.features[" + i + "].geometry");
            } catch (GeoJsonPolygons.Malformed m) {
                throw new IllegalArgumentException("boundaries not checked: " + m.getMessage(), m);
            }
            out.add(new Feature(i, unit.unit().code(), unit.unit().name(), unit.unit().kind(),
                    unit.unit().kind() == OrgUnitKind.DISTRICT ? null : unit.parentCode(), f.get("geometry"),
                    PreparedGeometryFactory.prepare(shape)));
        }
        return new Boundaries(out);
    }

    private static boolean drawable(OrgUnitKind kind) {
        return kind == OrgUnitKind.DISTRICT || kind == OrgUnitKind.VILLAGE || kind == OrgUnitKind.WARD;
    }

    /**
     * The kecamatan and desa/kelurahan holding a point, if any of the regency's shapes does. A point in a village's
     * shape is in that village and in the village's district (the definition's tree decides, even where the
     * simplified district line leaves the point a sliver outside); a point only in a district's shape is in the
     * district alone. A point on a border shared by two shapes belongs to the one listed first in the file.
     */
    public Optional<Area> locate(double latitude, double longitude) {
        Point point = GeoJsonPolygons.FACTORY.createPoint(new Coordinate(longitude, latitude));
        @SuppressWarnings("unchecked")
        List<Feature> candidates = index.query(point.getEnvelopeInternal());
        List<Feature> holding = candidates.stream().filter(f -> f.shape().covers(point))
                .sorted(Comparator.comparingInt(Feature::order)).toList();
        Optional<Feature> village = holding.stream().filter(Feature::local).findFirst();
        if (village.isPresent()) {
            return Optional.of(new Area(village.get().parent(), village.get().orgUnit()));
        }
        return holding.stream().filter(f -> f.kind() == OrgUnitKind.DISTRICT).findFirst()
                .map(f -> new Area(f.orgUnit(), null));
    }

    /** The drawn units in the file's order. */
    public List<Feature> features() {
        return features;
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }
}
