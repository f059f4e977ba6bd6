package id.balai.compliance.domain;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** A province's weights of the composite score: every indicator, each 0-100, at least one above 0. */
public record Weights(Map<Indicator, Double> values) {

    public Weights {
        values = new EnumMap<>(values);
    }

    public static Weights defaults() {
        Map<Indicator, Double> m = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            m.put(i, i.defaultWeight());
        }
        return new Weights(m);
    }

    /** Reads weights as a province admin sends them; an indicator left out keeps its default. */
    public static Weights parse(Map<String, ?> input) {
        if (input == null || input.isEmpty()) {
            throw invalid("WEIGHTS_REQUIRED", "Bobot wajib diisi.", "Weights are required.", "weights");
        }
        Map<Indicator, Double> m = new EnumMap<>(defaults().values());
        for (Map.Entry<String, ?> e : input.entrySet()) {
            Indicator indicator;
            try {
                indicator = Indicator.valueOf(e.getKey());
            } catch (IllegalArgumentException ex) {
                throw invalid("UNKNOWN_INDICATOR", "Indikator tidak dikenal: " + e.getKey() + ".",
                        "Unknown indicator: " + e.getKey() + ".", "weights." + e.getKey());
            }
            if (!(e.getValue() instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0
                    || n.doubleValue() > 100) {
                throw invalid("INVALID_WEIGHT", "Bobot berupa angka 0 sampai 100.", "A weight is a number from 0 to 100.",
                        "weights." + e.getKey());
            }
            m.put(indicator, n.doubleValue());
        }
        if (m.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
            throw invalid("WEIGHTS_ALL_ZERO", "Paling sedikit satu bobot lebih dari 0.",
                    "At least one weight must be above 0.", "weights");
        }
        return new Weights(m);
    }

    public double of(Indicator i) {
        return values.getOrDefault(i, 0.0);
    }

    /** Indicator name to weight, in the indicators' order. */
    public Map<String, Double> asMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            out.put(i.name(), of(i));
        }
        return out;
    }

    /**
     * The composite: the weighted mean of the indicators that have a value; an indicator without data (no requests
     * in the period, no PPID Pembantu units) drops out and the other weights carry the score. Empty when no weighted
     * indicator has a value.
     */
    public java.util.OptionalDouble composite(Map<Indicator, Double> scores) {
        double sum = 0;
        double weight = 0;
        for (Map.Entry<Indicator, Double> e : scores.entrySet()) {
            if (e.getValue() == null || of(e.getKey()) <= 0) {
                continue;
            }
            sum += of(e.getKey()) * e.getValue();
            weight += of(e.getKey());
        }
        return weight == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(sum / weight);
    }

    private static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }
}
