package id.balai.tenancy.interfaces;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.balai.platform.infrastructure.Json;
import id.balai.tenancy.application.RequestTenant;
import id.balai.tenancy.application.TenantAreas;
import id.balai.tenancy.domain.OrgUnitKind;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.geography.Boundaries;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * A regency's districts and villages for the public map (issue 15 item 4): its boundaries as a GeoJSON
 * FeatureCollection, each feature with the unit's code, name (Indonesian), kind and parent district as the definition
 * has them now. Public geography, the same for everyone: cached by browsers and proxies for an hour and revalidated by
 * its ETag. A regency without boundaries answers an empty collection.
 */
@Path("/t/{tenant}/public/areas")
@RequestScoped
@PermitAll
@Tag(name = "Public reports", description = "Laporan yang dipublikasikan / Published reports")
public class PublicAreaResource {
    static final String GEO_JSON = "application/geo+json";
    private static final String CACHE = "public, max-age=3600";

    @Inject
    RequestTenant requestTenant;

    @Inject
    TenantAreas areas;

    /**
     * The body's shape, for the OpenAPI document only: a GeoJSON FeatureCollection (RFC 7946), which
     * {@link #geoJson} writes as text.
     */
    @Schema(name = "AreaCollection")
    public record AreaCollection(@Schema(enumeration = "FeatureCollection") String type, List<AreaFeature> features) {
    }

    /** One district or village: its unit, name, kind and parent unit, and its boundary. */
    @Schema(name = "AreaFeature")
    public record AreaFeature(@Schema(enumeration = "Feature") String type, AreaProperties properties,
            @Schema(description = "A GeoJSON geometry (RFC 7946, 3.1): a Polygon or a MultiPolygon")
            Map<String, Object> geometry) {
    }

    @Schema(name = "AreaProperties")
    public record AreaProperties(String orgUnit, String name, OrgUnitKind kind, String parent) {
    }

    @GET
    @Produces({GEO_JSON, "application/json"})
    @Operation(summary = "Wilayah / The regency's districts and villages as GeoJSON (orgUnit, name, kind, parent); "
            + "an empty FeatureCollection when it has no boundaries")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = GEO_JSON, schema = @Schema(implementation = AreaCollection.class)),
            @Content(mediaType = "application/json", schema = @Schema(implementation = AreaCollection.class))})
    public Response areas(@Context Request request) {
        Tenant tenant = requestTenant.tenant();
        TenantAreas.Areas a = areas.of(tenant);
        EntityTag tag = new EntityTag(a.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.header("Cache-Control", CACHE).tag(tag).build();
        }
        return Response.ok(geoJson(a.boundaries()), GEO_JSON).header("Cache-Control", CACHE).tag(tag).build();
    }

    private static String geoJson(Boundaries boundaries) {
        ObjectNode root = Json.JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Boundaries.Feature f : boundaries.features()) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("orgUnit", f.orgUnit()).put("name", f.name())
                    .put("kind", f.kind().name()).put("parent", f.parent());
            feature.set("geometry", f.geometry());
        }
        try {
            return Json.JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Boundaries must serialise", e);
        }
    }
}
