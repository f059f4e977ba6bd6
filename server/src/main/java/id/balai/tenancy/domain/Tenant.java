package id.balai.tenancy.domain;

import java.time.ZoneId;
import java.util.Objects;

import id.balai.platform.domain.TenantId;

/** A regency served by this deployment: its validated definition and its status. */
public record Tenant(TenantDefinition definition, TenantStatus status) {
    public Tenant {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
    }

    public TenantId id() {
        return definition.id();
    }

    public ZoneId zone() {
        return definition.timeZone().zone();
    }

    public OfficeHours officeHours() {
        return definition.officeHours().toOfficeHours();
    }

    public boolean active() {
        return status == TenantStatus.ACTIVE;
    }
}
