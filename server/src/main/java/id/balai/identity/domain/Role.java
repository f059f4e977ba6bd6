package id.balai.identity.domain;

/**
 * The roles of both regulations (docs/glossary.md; the definitions of SPIKM Pasal 1 and Perbup LT Pasal 1). The
 * name is the JWT group and the {@code @RolesAllowed} value. Tenant roles belong to one regency's officers; the last
 * two stand above tenants.
 */
public enum Role {
    /** Administrator Pusat at Kominfo: verifies and dispatches complaints, sends answers (SPIKM Pasal 7c-g). */
    CENTRAL_ADMIN(Scope.TENANT, false),
    /** Operator SKPD: receives, distributes and answers in one agency (SPIKM Pasal 7e-h). */
    AGENCY_OPERATOR(Scope.TENANT, true),
    /**
     * Pimpinan SKPD, the head of an agency: receives the Tim Koordinasi's recommendations and must follow them up
     * (SPIKM Pasal 1 no. 13, 8); reads the agency's journal (Pasal 7h).
     */
    AGENCY_HEAD(Scope.TENANT, true),
    /** Koordinator Operasional: monitors, escalates, reports (SPIKM Pasal 7k-n). */
    OPS_COORDINATOR(Scope.TENANT, false),
    /** Tim Koordinasi: evaluates and coordinates follow-up (SPIKM Pasal 6). */
    COORDINATION_TEAM(Scope.TENANT, false),
    /** The regent's office: read-only oversight, the daily digest (SPIKM Pasal 3(2)). */
    BUPATI(Scope.TENANT, false),
    /** PPID Utama (Perbup LT Pasal 9-10). */
    PPID_MAIN(Scope.TENANT, false),
    /** PPID Pembantu, scoped to its unit: agency, DPRD secretariat, village or ward (Perbup LT Pasal 8(3), 8(5)). */
    PPID_ASSISTANT(Scope.TENANT, true),
    /** Atasan PPID (the Sekda): decides objections (Perbup LT Pasal 24-25). */
    ATASAN_PPID(Scope.TENANT, false),
    /**
     * Tim uji konsekuensi: weighs an exemption in its meeting and records the test as a proposal; reads the register
     * to do so. The PPID Utama fixes or refuses the exemption with the regent's decree (Perbup LT Pasal 6(2), 16(2)).
     */
    CONSEQUENCE_TEST_TEAM(Scope.TENANT, false),
    /** Bidang fasilitasi sengketa with the legal office (Perbup LT Pasal 13, 26). */
    DISPUTE_FACILITATION(Scope.TENANT, false),
    /** Manages the tenant's users and org tree. */
    TENANT_ADMIN(Scope.TENANT, false),
    /** Compares compliance across one province's tenants; aggregates only. */
    PROVINCIAL_ADMIN(Scope.PLATFORM, false),
    /** Onboards and suspends tenants. */
    PLATFORM_OPERATOR(Scope.PLATFORM, false);

    /** Where a role lives. */
    public enum Scope {
        TENANT, PLATFORM
    }

    private final Scope scope;
    private final boolean needsOrgUnit;

    Role(Scope scope, boolean needsOrgUnit) {
        this.scope = scope;
        this.needsOrgUnit = needsOrgUnit;
    }

    public Scope scope() {
        return scope;
    }

    /** Whether an account with this role must belong to an org unit (the unit it works for). */
    public boolean needsOrgUnit() {
        return needsOrgUnit;
    }
}
