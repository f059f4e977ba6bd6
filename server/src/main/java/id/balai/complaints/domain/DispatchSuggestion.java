package id.balai.complaints.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.balai.tenancy.domain.TenantDefinition;
import id.balai.tenancy.domain.geography.Area;

/**
 * A unit the central administrator is offered for dispatching a report, and why: the administrator decides (SPIKM
 * Pasal 7c); these only save looking it up.
 *
 * @param basis   why this unit
 * @param orgUnit its code
 */
public record DispatchSuggestion(Basis basis, String orgUnit) {

    public enum Basis {
        /** The agency the report's category is routed to ({@code complaintCategories[].routeTo}, SPIKM Pasal 7c). */
        CATEGORY,
        /**
         * Where the report's point lies (issue 15 item 4): the desa or kelurahan when the regency's boundaries draw
         * one there, else the kecamatan.
         */
        AREA
    }

    /** What a report is offered: by its category, then by its place; only units the definition still has. */
    public static List<DispatchSuggestion> of(Complaint c, TenantDefinition definition) {
        List<DispatchSuggestion> out = new ArrayList<>();
        definition.complaintCategories().stream().filter(k -> k.code().equals(c.category())).findFirst()
                .map(TenantDefinition.ComplaintCategory::routeTo)
                .filter(u -> has(definition, u)).ifPresent(u -> out.add(new DispatchSuggestion(Basis.CATEGORY, u)));
        c.area().map(Area::nearestUnit).filter(u -> has(definition, u))
                .ifPresent(u -> out.add(new DispatchSuggestion(Basis.AREA, u)));
        return out;
    }

    private static boolean has(TenantDefinition definition, String code) {
        return Optional.ofNullable(code).filter(x -> definition.flattenedUnits().stream()
                .anyMatch(p -> p.unit().code().equals(x))).isPresent();
    }
}
