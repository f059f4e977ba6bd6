package id.balai.tenancy.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** No active tenant by that slug or host. Also used where a tenant must not be confirmed to exist. */
public class TenantNotFoundException extends DomainException {
    public TenantNotFoundException() {
        super(Kind.NOT_FOUND, "TENANT_NOT_FOUND",
                Message.of("Kabupaten/kota tidak ditemukan.", "Regency not found."));
    }

    private TenantNotFoundException(String code, Message message) {
        super(Kind.NOT_FOUND, code, message);
    }

    /** A tenant the platform operator suspended: its services are closed for now, its data kept. */
    public static TenantNotFoundException suspended(String name) {
        return new TenantNotFoundException("TENANT_SUSPENDED", Message.of(
                "Layanan " + name + " di Balai sedang dihentikan sementara. Hubungi pemerintah daerah setempat.",
                "The Balai services of " + name + " are suspended for now. Please contact the local government."));
    }
}
