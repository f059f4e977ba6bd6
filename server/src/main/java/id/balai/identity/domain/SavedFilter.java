package id.balai.identity.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;
import id.balai.platform.domain.TenantId;

/**
 * An officer's named filter of a queue: the query string the queue page sends (issue 17), shown as a chip. It
 * belongs to one officer, who alone lists and deletes it. It never holds a reporter's phone or e-mail: identity
 * searches are not saved, so that no citizen's address lands outside the person vault.
 */
public record SavedFilter(TenantId tenant, UUID id, UUID officer, Queue queue, String name, String query,
        Instant createdAt) {

    /** The queues a filter may belong to. */
    public enum Queue {
        COMPLAINTS, INFORMATION_REQUESTS, REGISTER
    }

    /** An officer keeps at most this many filters per queue: chips, not a database. */
    public static final int MAX_PER_QUEUE = 20;

    /** The parameters a saved query may carry: the queues' filters, sort and search words. */
    static final Set<String> KEYS = Set.of("tab", "status", "unit", "unitStatus", "channel", "category", "from", "to",
            "sort", "q", "dueBefore");

    public static SavedFilter create(TenantId tenant, UUID officer, Queue queue, String name, String query,
            Instant now) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60 || n.chars().anyMatch(Character::isISOControl)) {
            throw invalid("SAVED_FILTER_NAME", "Nama filter wajib diisi, paling banyak 60 karakter.",
                    "A filter needs a name of at most 60 characters.", "name");
        }
        String q = query == null ? "" : query.strip();
        if (q.startsWith("?")) {
            q = q.substring(1);
        }
        if (q.isEmpty() || q.length() > 500) {
            throw invalid("SAVED_FILTER_QUERY", "Filter kosong atau terlalu panjang (paling banyak 500 karakter).",
                    "The filter is empty or too long (at most 500 characters).", "query");
        }
        for (String pair : q.split("&")) {
            String key = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!KEYS.contains(key)) {
                // phone and email above all: an identity search is never saved.
                throw invalid("SAVED_FILTER_KEY", "Filter tidak boleh memuat '" + key + "'.",
                        "A filter may not hold '" + key + "'.", "query");
            }
        }
        return new SavedFilter(tenant, UUID.randomUUID(), officer, queue, n, q, now);
    }

    private static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }
}
