package id.balai.reporting.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The day's SPIKM digest for the regent, through the Sekda (SPIKM Pasal 3(2)), per agency: the cases received that
 * day (by the agencies they went to; {@code unit} null for those not dispatched yet), dispatched, answered, and
 * overdue (still with the agency after its follow-up date). Totals: distinct cases received; agency parts for the
 * rest.
 */
public record Digest(LocalDate date, int received, int dispatched, int answered, int overdue,
        List<Agency> agencies) {

    /** One agency's line, with the cases behind each count. */
    public record Agency(String unit, String unitName, List<CaseRef> received, List<CaseRef> dispatched,
            List<CaseRef> answered, List<CaseRef> overdue) {
    }

    /** A case as a query found it, for a unit (null: none). */
    public record Line(String unit, String trackingNumber, String title) {
        CaseRef ref() {
            return new CaseRef(trackingNumber, title);
        }
    }

    /** Groups the day's lines by agency, in the order of {@code unitNames} (the tenant's tree), unknown units last. */
    public static Digest assemble(LocalDate date, Map<String, String> unitNames, List<Line> received,
            List<Line> dispatched, List<Line> answered, List<Line> overdue) {
        Set<String> units = new LinkedHashSet<>();
        for (List<Line> lines : List.of(received, dispatched, answered, overdue)) {
            lines.forEach(l -> units.add(l.unit()));
        }
        List<String> ordered = new ArrayList<>(units);
        List<String> tree = new ArrayList<>(unitNames.keySet());
        ordered.sort(Comparator.comparingInt((String u) -> u == null ? Integer.MAX_VALUE
                : tree.indexOf(u) < 0 ? Integer.MAX_VALUE - 1 : tree.indexOf(u)));
        Function<List<Line>, Map<String, List<CaseRef>>> byUnit = lines -> {
            Map<String, List<CaseRef>> m = new LinkedHashMap<>();
            lines.forEach(l -> m.computeIfAbsent(l.unit(), k -> new ArrayList<>()).add(l.ref()));
            return m;
        };
        Map<String, List<CaseRef>> r = byUnit.apply(received);
        Map<String, List<CaseRef>> d = byUnit.apply(dispatched);
        Map<String, List<CaseRef>> a = byUnit.apply(answered);
        Map<String, List<CaseRef>> o = byUnit.apply(overdue);
        List<Agency> agencies = ordered.stream().map(u -> new Agency(u, u == null ? null : unitNames.getOrDefault(u, u),
                r.getOrDefault(u, List.of()), d.getOrDefault(u, List.of()), a.getOrDefault(u, List.of()),
                o.getOrDefault(u, List.of()))).toList();
        int distinctReceived = (int) received.stream().map(Line::trackingNumber).distinct().count();
        return new Digest(date, distinctReceived, dispatched.size(), answered.size(), overdue.size(), agencies);
    }
}
