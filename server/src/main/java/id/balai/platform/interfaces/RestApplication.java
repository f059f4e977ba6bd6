package id.balai.platform.interfaces;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

import org.eclipse.microprofile.auth.LoginConfig;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API lives under /api; tenant-scoped resources under /api/t/{tenant}. Officers authenticate with a
 * bearer token that MicroProfile JWT verifies; the roles are the token's groups (identity.domain.Role).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Balai API", version = "1",
        description = "Pengaduan (SPIKM) dan layanan informasi publik (PPID) untuk pemerintah kabupaten/kota. "
                + "Complaints and public information for Indonesian regencies. Tenant-scoped resources live "
                + "under /api/t/{tenant}; every error has a stable code and a message in Indonesian and English."))
@LoginConfig(authMethod = "MP-JWT", realmName = "balai")
@DeclareRoles({"CENTRAL_ADMIN", "AGENCY_OPERATOR", "OPS_COORDINATOR", "COORDINATION_TEAM", "BUPATI", "PPID_MAIN",
        "PPID_ASSISTANT", "ATASAN_PPID", "CONSEQUENCE_TEST_TEAM", "DISPUTE_FACILITATION", "TENANT_ADMIN",
        "AGENCY_HEAD", "PROVINCIAL_ADMIN", "PLATFORM_OPERATOR"})
public class RestApplication extends Application {
}
