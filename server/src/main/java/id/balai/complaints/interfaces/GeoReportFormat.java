package id.balai.complaints.interfaces;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import id.balai.complaints.domain.ComplaintErrors;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GeoReport v2's two formats, rendered from one ordered field map per element: the spec's XML and JSON carry the same
 * flat fields in the same order (a JSON array of objects; an XML root with one element per item).
 */
final class GeoReportFormat {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private GeoReportFormat() {
    }

    static Response render(String format, String root, String element, List<Map<String, Object>> items,
            int status) {
        return switch (format) {
            case "json" -> Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(JSONB.toJson(items)).build();
            case "xml" -> Response.status(status).type(MediaType.APPLICATION_XML_TYPE)
                    .entity(xml(root, element, items)).build();
            default -> throw ComplaintErrors.invalid("UNSUPPORTED_FORMAT", "Format harus json atau xml.",
                    "The format must be json or xml.", "format");
        };
    }

    /** {@code xml} for a path ending in {@code .xml}, else {@code json} (the spec's default). */
    static String formatOf(String path) {
        return path != null && path.endsWith(".xml") ? "xml" : "json";
    }

    static String xml(String root, String element, List<Map<String, Object>> items) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            for (Map<String, Object> item : items) {
                w.writeStartElement(element);
                for (Map.Entry<String, Object> f : item.entrySet()) {
                    w.writeStartElement(f.getKey());
                    if (f.getValue() != null) {
                        w.writeCharacters(f.getValue().toString());
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write GeoReport XML", e);
        }
    }
}
