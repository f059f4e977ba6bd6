package id.balai.platform.interfaces;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API lives under /api; tenant-scoped resources under /api/t/{tenant}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Balai API", version = "1",
        description = "Pengaduan (SPIKM) dan layanan informasi publik (PPID) untuk pemerintah kabupaten/kota. "
                + "Complaints and public information for Indonesian regencies. Tenant-scoped resources live "
                + "under /api/t/{tenant}; every error has a stable code and a message in Indonesian and English."))
public class RestApplication extends Application {
}
