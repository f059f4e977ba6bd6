package id.balai.tenancy.domain.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.tenancy.domain.DefinitionProblem;

/**
 * The rules of a regency's {@code boundaries.geojson}, read against its definition: a GeoJSON FeatureCollection of
 * Polygon or MultiPolygon features, valid polygons within Indonesia, each naming with {@code properties.orgUnit} one
 * DISTRICT, VILLAGE or WARD of the definition (once) and carrying a {@code name}; a village or ward lying (mostly)
 * within its district's feature; no two districts, and no two villages or wards, overlapping beyond what simplified
 * neighbouring lines leave. Like {@code DefinitionRules}, they read the documents themselves and name every problem
 * with its path, here prefixed with the file's name ({@code boundaries.geojson:$.features[2].properties.orgUnit}).
 */
public final class BoundaryRules {
    /** The prefix of every path into the boundaries file. */
    public static final String ROOT = Boundaries.FILE_NAME + ":$";

    /**
     * How much of a village must lie within its district: simplified boundaries of neighbours never match line for
     * line, so a sliver outside is no fault, a village half outside is.
     */
    static final double WITHIN_SHARE = 0.9;
    /** How much two districts (or two villages) may overlap, as a share of the smaller one, for the same reason. */
    static final double OVERLAP_SHARE = 0.05;

    private BoundaryRules() {
    }

    /** A unit of the definition as far as boundaries care: its kind and its parent's code. */
    private record Unit(String kind, String parent) {
        boolean local() {
            return "VILLAGE".equals(kind) || "WARD".equals(kind);
        }
    }

    /** A feature that read well: its index, unit and shape. */
    private record Drawn(int index, String orgUnit, Unit unit, Geometry shape) {
        String path() {
            return ROOT + ".features[" + index + "]";
        }
    }

    /**
     * Every problem of the boundaries file against the definition document; empty when all hold.
     *
     * @param geojson    the boundaries file as parsed JSON
     * @param definition the definition document (its {@code orgUnits} tree); units are not checked when it has none
     */
    public static List<DefinitionProblem> check(JsonNode geojson, JsonNode definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (geojson == null || !geojson.isObject() || !"FeatureCollection".equals(geojson.path("type").asText())) {
            problems.add(DefinitionProblem.of(ROOT + ".type", "must be a GeoJSON FeatureCollection",
                    "harus berupa FeatureCollection GeoJSON"));
            return problems;
        }
        JsonNode features = geojson.path("features");
        if (!features.isArray()) {
            problems.add(DefinitionProblem.of(ROOT + ".features", "a FeatureCollection needs a 'features' array",
                    "FeatureCollection memerlukan larik 'features'"));
            return problems;
        }
        Optional<Map<String, Unit>> units = units(definition);
        Map<String, String> firstAt = new HashMap<>();
        List<Drawn> drawn = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            feature(features.get(i), i, units, firstAt, problems).ifPresent(drawn::add);
        }
        Map<String, Drawn> byUnit = new LinkedHashMap<>();
        drawn.forEach(d -> byUnit.putIfAbsent(d.orgUnit(), d));
        for (Drawn d : drawn) {
            if (d.unit().local() && byUnit.containsKey(d.unit().parent())) {
                within(d, byUnit.get(d.unit().parent()), problems);
            }
        }
        overlaps(drawn.stream().filter(d -> "DISTRICT".equals(d.unit().kind())).toList(), "districts",
                "kecamatan", problems);
        overlaps(drawn.stream().filter(d -> d.unit().local()).toList(), "villages or wards", "desa atau kelurahan",
                problems);
        return problems;
    }

    private static Optional<Drawn> feature(JsonNode f, int i, Optional<Map<String, Unit>> units,
            Map<String, String> firstAt, List<DefinitionProblem> problems) {
        String path = ROOT + ".features[" + i + "]";
        if (!f.isObject() || !"Feature".equals(f.path("type").asText())) {
            problems.add(DefinitionProblem.of(path + ".type", "must be a GeoJSON Feature",
                    "harus berupa Feature GeoJSON"));
            return Optional.empty();
        }
        Geometry shape = null;
        try {
            shape = GeoJsonPolygons.read(f.get("geometry"), path + ".geometry");
            TopologyValidationError invalid = new IsValidOp(shape).getValidationError();
            if (invalid != null) {
                String where = invalid.getCoordinate() == null ? ""
                        : " near [" + invalid.getCoordinate().x + ", " + invalid.getCoordinate().y + "]";
                problems.add(DefinitionProblem.of(path + ".geometry", "not a valid polygon: "
                        + invalid.getMessage().toLowerCase(Locale.ROOT) + where, "bukan poligon yang sah: "
                        + invalid.getMessage().toLowerCase(Locale.ROOT) + where));
                shape = null;
            }
        } catch (GeoJsonPolygons.Malformed m) {
            problems.add(DefinitionProblem.of(m.path, m.en, m.id));
        }
        JsonNode properties = f.path("properties");
        JsonNode name = properties.path("name");
        if (!name.isTextual() || name.asText().isBlank()) {
            problems.add(DefinitionProblem.of(path + ".properties.name",
                    "a name is required (the unit's name, for people reading the file)",
                    "nama wajib diisi (nama unit, bagi pembaca berkas)"));
        }
        JsonNode code = properties.path("orgUnit");
        String at = path + ".properties.orgUnit";
        if (!code.isTextual() || code.asText().isBlank()) {
            problems.add(DefinitionProblem.of(at, "orgUnit is required: the code of a DISTRICT, VILLAGE or WARD",
                    "orgUnit wajib diisi: kode kecamatan (DISTRICT), desa (VILLAGE) atau kelurahan (WARD)"));
            return Optional.empty();
        }
        String orgUnit = code.asText();
        String first = firstAt.putIfAbsent(orgUnit, at);
        if (first != null) {
            problems.add(DefinitionProblem.of(at, orgUnit + " has a boundary already (at " + first + ")",
                    orgUnit + " sudah mempunyai batas (di " + first + ")"));
            return Optional.empty();
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        Unit unit = units.get().get(orgUnit);
        if (unit == null) {
            problems.add(DefinitionProblem.of(at, "no org unit with code " + orgUnit,
                    "tidak ada unit organisasi dengan kode " + orgUnit));
            return Optional.empty();
        }
        if (!"DISTRICT".equals(unit.kind()) && !unit.local()) {
            problems.add(DefinitionProblem.of(at, orgUnit + " is a " + unit.kind()
                    + ": only a DISTRICT, VILLAGE or WARD has a boundary", orgUnit + " adalah " + unit.kind()
                    + ": hanya kecamatan, desa dan kelurahan yang mempunyai batas wilayah"));
            return Optional.empty();
        }
        return shape == null ? Optional.empty() : Optional.of(new Drawn(i, orgUnit, unit, shape));
    }

    /** A desa or kelurahan is part of its kecamatan (UU 23/2014 Ps 1 no. 43): its boundary lies within. */
    private static void within(Drawn village, Drawn district, List<DefinitionProblem> problems) {
        double share = overlap(village.shape(), district.shape()) / village.shape().getArea();
        if (share < WITHIN_SHARE) {
            problems.add(DefinitionProblem.of(village.path() + ".geometry", village.orgUnit() + " lies only "
                    + percent(share) + " within its district " + district.orgUnit() + " (" + district.path()
                    + "); at least " + percent(WITHIN_SHARE) + " must", village.orgUnit() + " hanya " + percent(share)
                    + " berada di dalam kecamatannya " + district.orgUnit() + " (" + district.path()
                    + "); paling sedikit " + percent(WITHIN_SHARE) + " harus di dalam"));
        }
    }

    private static void overlaps(List<Drawn> shapes, String en, String id, List<DefinitionProblem> problems) {
        for (int a = 0; a < shapes.size(); a++) {
            for (int b = a + 1; b < shapes.size(); b++) {
                Drawn x = shapes.get(a);
                Drawn y = shapes.get(b);
                if (!x.shape().getEnvelopeInternal().intersects(y.shape().getEnvelopeInternal())) {
                    continue;
                }
                double share = overlap(x.shape(), y.shape())
                        / Math.min(x.shape().getArea(), y.shape().getArea());
                if (share > OVERLAP_SHARE) {
                    problems.add(DefinitionProblem.of(y.path() + ".geometry", y.orgUnit() + " overlaps "
                            + x.orgUnit() + " (" + x.path() + ") by " + percent(share) + " of the smaller; " + en
                            + " may share borders, not land", y.orgUnit() + " bertumpang tindih dengan "
                            + x.orgUnit() + " (" + x.path() + ") sebesar " + percent(share) + " dari yang lebih kecil; "
                            + id + " boleh berbagi batas, tidak berbagi wilayah"));
                }
            }
        }
    }

    /** Every unit of the definition document by code; empty when it has no unit tree (the schema says so). */
    private static Optional<Map<String, Unit>> units(JsonNode definition) {
        JsonNode top = definition == null ? null : definition.path("orgUnits");
        if (top == null || !top.isArray()) {
            return Optional.empty();
        }
        Map<String, Unit> out = new HashMap<>();
        top.forEach(u -> collect(u, null, out));
        return Optional.of(out);
    }

    private static void collect(JsonNode unit, String parent, Map<String, Unit> out) {
        if (!unit.isObject() || !unit.path("code").isTextual()) {
            return;
        }
        String code = unit.get("code").asText();
        out.putIfAbsent(code, new Unit(unit.path("kind").asText(null), parent));
        unit.path("children").forEach(c -> collect(c, code, out));
    }

    /** The area two shapes share, by JTS's robust overlay (the classic one can fail on nearly parallel lines). */
    static double overlap(Geometry a, Geometry b) {
        return OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION).getArea();
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
