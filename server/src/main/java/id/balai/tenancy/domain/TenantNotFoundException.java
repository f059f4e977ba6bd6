package id.balai.tenancy.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** No active tenant by that slug or host. Also used where a tenant must not be confirmed to exist. */
public class TenantNotFoundException extends DomainException {
    public TenantNotFoundException() {
        super(Kind.NOT_FOUND, "TENANT_NOT_FOUND",
                Message.of("Kabupaten/kota tidak ditemukan.", "Regency not found."));
    }
}
