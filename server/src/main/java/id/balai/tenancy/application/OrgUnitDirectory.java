package id.balai.tenancy.application;

import id.balai.platform.domain.TenantId;
import id.balai.tenancy.infrastructure.OrgUnitQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What other contexts may ask about a regency's live organisation, as it stands in the database (live edits too). */
@ApplicationScoped
public class OrgUnitDirectory {

    @Inject
    OrgUnitQueries units;

    /** Whether the regency has an active unit {@code code} with a PPID Pembantu (Perbup LT Pasal 8(5)-(6)). */
    public boolean hasActivePpidPembantu(TenantId tenant, String code) {
        return units.activeUnits(tenant).stream().anyMatch(u -> u.code().equals(code) && u.ppidPembantu());
    }
}
