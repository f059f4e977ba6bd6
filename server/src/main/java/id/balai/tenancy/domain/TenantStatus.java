package id.balai.tenancy.domain;

/** Whether a tenant's portal and API serve citizens. A suspended tenant keeps its data. */
public enum TenantStatus {
    ACTIVE, SUSPENDED
}
