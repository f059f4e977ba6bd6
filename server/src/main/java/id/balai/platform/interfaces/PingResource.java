package id.balai.platform.interfaces;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The cheapest answer the REST stack can give (no database, no tenant): what a load balancer or a client may use
 * to see that the instance answers HTTP, and the baseline the read benchmarks are compared with
 * (docs/benchmarks.md). Readiness, which also checks the database, is {@code /health/ready}.
 */
@Path("/ping")
@PermitAll
public class PingResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return "{\"status\":\"ok\"}";
    }
}
