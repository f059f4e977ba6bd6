package id.balai.register.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** The register's refusals, each with its stable code and a message in Bahasa Indonesia and English. */
public final class RegisterErrors {
    private RegisterErrors() {
    }

    public static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }

    public static DomainException conflict(String code, String id, String en) {
        return new DomainException(DomainException.Kind.CONFLICT, code, Message.of(id, en));
    }

    public static DomainException assignmentNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ASSIGNMENT_NOT_FOUND",
                Message.of("Penugasan tidak ditemukan.", "No such assignment."));
    }

    public static DomainException entryNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "REGISTER_ENTRY_NOT_FOUND",
                Message.of("Informasi tidak ditemukan dalam daftar.", "Entry not found in the register."));
    }

    public static DomainException documentNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "REGISTER_DOCUMENT_NOT_FOUND",
                Message.of("Dokumen tidak ditemukan.", "Document not found."));
    }

    public static DomainException consequenceTestNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "CONSEQUENCE_TEST_NOT_FOUND",
                Message.of("Uji konsekuensi tidak ditemukan.", "Consequence test not found."));
    }

    /** An exempt entry's documents are never served (UU KIP Ps 17; Perbup Pasal 6(2)). */
    public static DomainException exempt() {
        return new DomainException(DomainException.Kind.FORBIDDEN, "INFORMATION_EXEMPT",
                Message.of("Informasi ini dikecualikan; dokumennya tidak dapat diberikan.",
                        "This information is exempt; its documents are not served."));
    }

    public static DomainException stage(String action, DocumentationStage stage) {
        return conflict("REGISTER_STAGE_CONFLICT",
                "Tindakan " + action + " tidak dapat dilakukan pada tahap " + stage + ".",
                "Action " + action + " is not possible at stage " + stage + ".");
    }

    public static DomainException changedMeanwhile() {
        return conflict("REGISTER_CHANGED_MEANWHILE", "Data ini baru saja diubah orang lain. Muat ulang dan coba lagi.",
                "Someone else changed this just now. Reload and try again.");
    }
}
