package id.balai.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * A problem of the complaint service the operations team inventoried and passed to the Tim Koordinasi (SPIKM Pasal
 * 7l-m), which inventories and handles it (Pasal 6c): what it is, the agency it concerns if one, the reports that
 * show it (tracking numbers), and how the Tim Koordinasi handled it.
 */
public record Problem(TenantId tenant, UUID id, String title, String description, Optional<String> orgUnit,
        List<String> complaints, String passedBy, Instant passedAt, LocalDate passedOn, Optional<LocalDate> handledOn,
        Optional<String> handlingNote) {

    public Problem {
        complaints = List.copyOf(complaints);
    }

    /** A problem passed now by the operations team (Pasal 7m). */
    public static Problem pass(TenantId tenant, String title, String description, Optional<String> orgUnit,
            List<String> complaints, String by, Instant at, LocalDate on) {
        String t = title == null ? "" : title.strip();
        if (t.length() < 5 || t.length() > 200) {
            throw CoordinationErrors.invalid("INVALID_TITLE", "Judul masalah 5 sampai 200 karakter.",
                    "The problem's title takes 5 to 200 characters.", "title");
        }
        String d = description == null ? "" : description.strip();
        if (d.isEmpty() || d.length() > 5000) {
            throw CoordinationErrors.invalid("INVALID_DESCRIPTION", "Uraian masalah wajib diisi, paling panjang 5000 "
                    + "karakter.", "The description is required, 5000 characters at most.", "description");
        }
        List<String> numbers = complaints == null ? List.of()
                : complaints.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                        .distinct().toList();
        if (numbers.size() > 50 || numbers.stream().anyMatch(n -> !n.matches("[A-Z]{2,6}-\\d{4}-\\d{6}"))) {
            throw CoordinationErrors.invalid("INVALID_COMPLAINT_NUMBER", "Nomor laporan tidak sah (contoh: "
                    + "ME-2026-000123), paling banyak 50.", "An invalid report number (e.g. ME-2026-000123), 50 at "
                    + "most.", "complaints");
        }
        return new Problem(tenant, UUID.randomUUID(), t, d, orgUnit, numbers, by, at, on, Optional.empty(),
                Optional.empty());
    }

    /** The Tim Koordinasi records how it handled the problem (Pasal 6c-d), once. */
    public Problem handle(String note, LocalDate on) {
        if (handledOn.isPresent()) {
            throw CoordinationErrors.conflict("PROBLEM_ALREADY_HANDLED", "Masalah ini sudah ditangani.",
                    "This problem is already handled.");
        }
        if (note == null || note.isBlank()) {
            throw CoordinationErrors.required("note", "Catatan penanganan", "The handling note");
        }
        return new Problem(tenant, id, title, description, orgUnit, complaints, passedBy, passedAt, passedOn,
                Optional.of(on), Optional.of(note.strip()));
    }
}
