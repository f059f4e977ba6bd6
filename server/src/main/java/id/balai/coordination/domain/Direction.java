package id.balai.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * A direction, input or suggestion the Tim Koordinasi gives the Tim Pelaksana Operasional (SPIKM Pasal 6a), and the
 * operations coordinator's answer with what the operations team did about it.
 */
public record Direction(TenantId tenant, UUID id, Kind kind, String text, String givenBy, Instant givenAt,
        LocalDate givenOn, Optional<String> response, Optional<LocalDate> respondedOn, Optional<String> respondedBy) {

    /** The three words of Pasal 6a. */
    public enum Kind {
        /** arahan: a direction. */
        ARAHAN,
        /** masukan: input. */
        MASUKAN,
        /** saran: a suggestion. */
        SARAN
    }

    /** A direction given now by the Tim Koordinasi. */
    public static Direction give(TenantId tenant, String kind, String text, String by, Instant at, LocalDate on) {
        Kind k;
        try {
            k = Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw CoordinationErrors.invalid("INVALID_DIRECTION_KIND", "Jenis harus arahan, masukan atau saran.",
                    "The kind must be a direction, input or a suggestion.", "kind");
        }
        return new Direction(tenant, UUID.randomUUID(), k, text(text, "text", "Isi arahan", "The direction"), by,
                at, on, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The operations coordinator answers, once, with what the operations team did. */
    public Direction answer(String what, LocalDate on, String by) {
        if (response.isPresent()) {
            throw CoordinationErrors.conflict("DIRECTION_ALREADY_ANSWERED", "Arahan ini sudah ditanggapi.",
                    "This direction is already answered.");
        }
        return new Direction(tenant, id, kind, this.text, givenBy, givenAt, givenOn,
                Optional.of(text(what, "response", "Tanggapan", "The answer")),
                Optional.of(on.isBefore(givenOn) ? givenOn : on), Optional.of(by));
    }

    static String text(String value, String field, String id, String en) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            throw CoordinationErrors.required(field, id, en);
        }
        if (t.length() > 5000) {
            throw CoordinationErrors.invalid("TEXT_TOO_LONG", id + " paling panjang 5000 karakter.",
                    en + " takes 5000 characters at most.", field);
        }
        return t;
    }
}
