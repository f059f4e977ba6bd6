package id.balai.platform.interfaces;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.balai.platform.infrastructure.Json;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds JSON error responses; the one place that knows how an {@link ApiError} is sent. */
public final class ErrorResponses {
    /** Written as the REST runtime's JSON-B writes it: absent fields left out. */
    private static final ObjectMapper FILTER_JSON = Json.JSON.copy()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);

    private ErrorResponses() {
    }

    public static Response of(ApiError error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** For servlet filters, which answer before the REST runtime: replaces whatever body the response held. */
    public static void write(HttpServletResponse res, ApiError error) throws IOException {
        byte[] body = FILTER_JSON.writeValueAsBytes(error);
        res.resetBuffer();
        res.setStatus(error.status());
        res.setContentType(MediaType.APPLICATION_JSON);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }
}
