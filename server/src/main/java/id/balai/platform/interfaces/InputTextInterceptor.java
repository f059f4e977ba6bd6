package id.balai.platform.interfaces;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.InputText;
import id.balai.platform.infrastructure.Json;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Every request body a REST resource reads passes here once it is read, whatever the resource:
 * <ul>
 * <li>JSON: every text in it obeys {@link InputText} (single-line unless its record component is marked
 * {@link id.balai.platform.domain.MultiLine}); a body that is a document as a whole (a tenant definition) may span
 * lines;</li>
 * <li>{@code multipart/form-data}: a body the parser cannot read (no boundary, another boundary, cut short) is
 * 400 {@code MALFORMED_MULTIPART}, never a 500; each part's file name is single-line text, and each part that is
 * not a file (a JSON or text part) holds no control character other than tab and line breaks; the resource that
 * reads a JSON part checks it field by field as well ({@link InputText#checkAll}).</li>
 * </ul>
 * A refusal happens before the resource runs, so nothing is written.
 */
@Provider
@Priority(Priorities.USER + 100)
public class InputTextInterceptor implements ReaderInterceptor {
    /** Largest part that is read into memory to be checked; larger ones are files and pass as they are. */
    private static final int MAX_TEXT_PART = 512 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            if (isMultipart(context.getMediaType())) {
                return checkedParts(readMultipart(context));
            }
            Object entity = context.proceed();
            if (entity instanceof String document) {
                InputText.check(document, null, true);
            } else if (!(entity instanceof InputStream) && !(entity instanceof byte[])) {
                InputText.checkAll(entity, null, false);
            }
            return entity;
        } catch (DomainException e) {
            throw new WebApplicationException(e, new DomainExceptionMapper().toResponse(e));
        }
    }

    static boolean isMultipart(MediaType type) {
        return type != null && "multipart".equalsIgnoreCase(type.getType());
    }

    private static Object readMultipart(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (IOException | RuntimeException e) {
            if (RequestBodyTooLargeException.in(e).isPresent() || e instanceof WebApplicationException) {
                throw e;
            }
            throw new WebApplicationException(e, ErrorResponses.of(malformedMultipart()));
        }
    }

    static ApiError malformedMultipart() {
        return ApiError.of(400, "MALFORMED_MULTIPART",
                "Isi multipart/form-data tidak dapat dibaca (batas/boundary tidak ada atau salah, atau isi terpotong).",
                "The multipart/form-data body cannot be read (missing or wrong boundary, or a truncated body).");
    }

    /** The parts, with the small text parts read, checked and handed on as fresh streams. */
    private static Object checkedParts(Object entity) throws IOException {
        if (!(entity instanceof List<?> list)) {
            return entity;
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object o : list) {
            out.add(o instanceof EntityPart part ? checked(part) : o);
        }
        return out;
    }

    private static EntityPart checked(EntityPart part) throws IOException {
        String name = part.getName();
        if (name == null || name.isBlank()) {
            // A part without a form-data name: no endpoint can know what it is.
            throw new DomainException(DomainException.Kind.INVALID, "PART_WITHOUT_NAME", id.balai.platform.domain.Message
                    .of("Setiap bagian multipart/form-data harus bernama (Content-Disposition: form-data; name=...).",
                            "Every multipart/form-data part needs a name (Content-Disposition: form-data; name=...)."),
                    "multipart");
        }
        InputText.check(name, "multipart", false);
        InputText.check(part.getFileName().orElse(null), name, false);
        MediaType type = part.getMediaType();
        boolean file = part.getFileName().isPresent()
                || (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                        && !"text".equalsIgnoreCase(type.getType()));
        if (file) {
            return part;
        }
        byte[] bytes;
        try (InputStream in = part.getContent()) {
            bytes = in.readNBytes(MAX_TEXT_PART + 1);
        }
        if (bytes.length > MAX_TEXT_PART) {
            throw new DomainException(DomainException.Kind.INVALID, "PART_TOO_LARGE", id.balai.platform.domain.Message
                    .of("Bagian '" + name + "' terlalu besar.", "The part '" + name + "' is too large."), name);
        }
        checkText(bytes, name, type);
        EntityPart.Builder b = EntityPart.withName(name);
        if (type != null) {
            b.mediaType(type);
        }
        return b.content(new ByteArrayInputStream(bytes)).build();
    }

    private static void checkText(byte[] bytes, String name, MediaType type) {
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            JsonNode tree;
            try {
                tree = Json.JSON.readTree(bytes);
            } catch (IOException e) {
                // Not JSON: the resource that reads the part says so in its own words.
                tree = null;
            }
            if (tree != null) {
                walk(tree, name);
                return;
            }
        }
        InputText.check(new String(bytes, StandardCharsets.UTF_8), name, true);
    }

    /** Strings and keys of a JSON part; which of its fields are single-line the resource's record says. */
    private static void walk(JsonNode node, String path) {
        if (node.isTextual()) {
            InputText.check(node.textValue(), path, true);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                InputText.check(e.getKey(), path, false);
                walk(e.getValue(), path + "." + e.getKey());
            }
        }
    }
}
