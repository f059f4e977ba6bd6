package id.balai.compliance.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * One tenant's state as of the last aggregation run (table compliance_snapshot).
 *
 * @param llid fiscal year to the date its LLID was published (Perbup Ps 18)
 */
public record Snapshot(LocalDate asOf, int berkalaEntries, int berkalaCurrent, int setiapSaatEntries,
        int pembantuUnits, int pembantuCovered, Map<Integer, LocalDate> llid) {
}
