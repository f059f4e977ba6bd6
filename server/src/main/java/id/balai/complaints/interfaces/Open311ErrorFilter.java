package id.balai.complaints.interfaces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.balai.platform.interfaces.ApiError;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors on the Open311 paths in GeoReport v2's own format, which stock clients read: a list of
 * {@code {code, description}} (JSON array, or {@code <errors><error>} in XML for a {@code .xml} path), where
 * {@code code} is the HTTP status and {@code description} the message in Bahasa Indonesia, then English. Two fields
 * the spec does not have are added after them (clients ignore them): {@code error}, Balai's stable code, and
 * {@code field}, the input it concerns. Every other path keeps Balai's error body.
 */
@Provider
public class Open311ErrorFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        path = path.startsWith("/") ? path.substring(1) : path;
        if (!(response.getEntity() instanceof ApiError e) || !path.startsWith("open311/")) {
            return;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", e.status());
        m.put("description", e.message().id() + " / " + e.message().en());
        m.put("error", e.code());
        m.put("field", e.field());
        String format = GeoReportFormat.formatOf(path);
        if (format.equals("xml")) {
            response.setEntity(GeoReportFormat.xml("errors", "error", List.of(m)), null, MediaType.APPLICATION_XML_TYPE);
        } else {
            response.setEntity(List.of(m), null, MediaType.APPLICATION_JSON_TYPE);
        }
    }
}
