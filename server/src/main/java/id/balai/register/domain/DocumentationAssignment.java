package id.balai.register.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Documentation work the PPID Utama assigns to a PPID Pembantu or an official of a unit (Perbup Luwu Timur Pasal 9e:
 * "menugaskan PPID Pembantu dan/atau pejabat membuat, mengumpulkan, serta memelihara Dokumentasi"): what to make,
 * collect or maintain, by when; done once, with a note.
 */
public record DocumentationAssignment(UUID id, String unit, Work work, String description, LocalDate assignedOn,
        String assignedBy, LocalDate dueOn, Optional<LocalDate> doneOn, Optional<String> doneNote) {

    /** The three kinds of documentation work of Pasal 9e. */
    public enum Work {
        MAKE, COLLECT, MAINTAIN
    }

    public static DocumentationAssignment assign(String unit, Work work, String description, LocalDate today,
            LocalDate dueOn, String by) {
        if (work == null) {
            throw RegisterErrors.invalid("FIELD_REQUIRED", "Jenis pekerjaan wajib diisi.", "The kind of work is required.",
                    "work");
        }
        String d = description == null ? "" : description.strip();
        if (d.length() < 5 || d.length() > 2000) {
            throw RegisterErrors.invalid("INVALID_DESCRIPTION", "Uraian pekerjaan 5 sampai 2000 karakter.",
                    "The description takes 5 to 2000 characters.", "description");
        }
        if (dueOn == null || dueOn.isBefore(today)) {
            throw RegisterErrors.invalid("INVALID_DUE_DATE", "Batas waktu wajib diisi, tidak sebelum hari ini.",
                    "The due date is required, not before today.", "dueOn");
        }
        return new DocumentationAssignment(UUID.randomUUID(), unit, work, d, today, by, dueOn, Optional.empty(),
                Optional.empty());
    }

    /** The assignee reports the work done, once. */
    public DocumentationAssignment done(LocalDate on, String note) {
        if (doneOn.isPresent()) {
            throw RegisterErrors.conflict("ASSIGNMENT_ALREADY_DONE", "Pekerjaan ini sudah dilaporkan selesai.",
                    "This work is already reported done.");
        }
        return new DocumentationAssignment(id, unit, work, description, assignedOn, assignedBy, dueOn, Optional.of(on),
                Optional.ofNullable(note).map(String::strip).filter(s -> !s.isEmpty()));
    }

    /** Overdue: not done and its due day has passed. */
    public boolean overdue(LocalDate today) {
        return doneOn.isEmpty() && today.isAfter(dueOn);
    }
}
