package id.balai.tenancy.application;

import id.balai.platform.domain.TenantId;

/**
 * A port the case-holding contexts implement: how many open cases a unit of a regency holds, so that a unit that
 * still has work is never deactivated (its queue would be out of everyone's sight). Called inside the tenant's
 * transaction.
 */
public interface OpenCasesAtUnit {

    /** @return open cases of this kind at the unit, and what they are ("complaints", "information requests") */
    Count count(TenantId tenant, String unitCode);

    /** @param what in English and {@code whatId} in Bahasa Indonesia */
    record Count(long open, String what, String whatId) {
    }
}
