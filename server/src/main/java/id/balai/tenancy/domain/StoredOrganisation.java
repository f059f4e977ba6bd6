package id.balai.tenancy.domain;

/**
 * A regency's units and complaint categories as the database keeps them: deactivated ones too (a unit or category
 * is never deleted, cases keep pointing at it), so that an admin can see and reactivate them.
 */
public final class StoredOrganisation {
    private StoredOrganisation() {
    }

    public record Unit(String code, String parentCode, String name, String nameEn, OrgUnitKind kind,
            boolean hostsSpikm, boolean hostsPpidUtama, boolean ppidPembantu, boolean active) {
    }

    public record Category(String code, String name, String nameEn, String routeTo, boolean active) {
    }
}
