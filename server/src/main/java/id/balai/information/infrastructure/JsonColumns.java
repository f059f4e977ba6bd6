package id.balai.information.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

import id.balai.platform.infrastructure.Json;

/** The {@code details} jsonb columns: what only a case's own page reads, written and read by Jackson. */
final class JsonColumns {
    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return Json.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(Object column, Class<T> type) {
        try {
            return Json.JSON.readValue(column.toString(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored details no longer read as " + type.getSimpleName(), e);
        }
    }

    static <T> T read(Object column, TypeReference<T> type) {
        try {
            return Json.JSON.readValue(column.toString(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored details no longer read", e);
        }
    }
}
