package id.balai.information.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** The refusals of the PPID service, each with its stable code. */
public final class InformationErrors {
    private InformationErrors() {
    }

    public static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }

    public static DomainException unprocessable(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, code, Message.of(id, en), field);
    }

    public static DomainException conflict(String code, String id, String en) {
        return new DomainException(DomainException.Kind.CONFLICT, code, Message.of(id, en));
    }

    public static DomainException conflict(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.CONFLICT, code, Message.of(id, en), field);
    }

    public static DomainException notAllowed(String action, Enum<?> status) {
        return conflict("STATE_CONFLICT", "Tindakan " + action + " tidak dapat dilakukan pada status " + status + ".",
                "Action " + action + " is not possible in status " + status + ".");
    }

    public static DomainException required(String field, String id, String en) {
        return invalid("FIELD_REQUIRED", id + " wajib diisi.", en + " is required.", field);
    }

    public static DomainException notFound(String what) {
        return new DomainException(DomainException.Kind.NOT_FOUND, what.toUpperCase() + "_NOT_FOUND",
                Message.of("Data tidak ditemukan.", "Not found."));
    }

    /** A written notice without one of the elements the law requires (Perbup Pasal 22(5); UU KIP Ps 22(7)). */
    public static DomainException noticeElementMissing(String field, String id, String en) {
        return unprocessable("NOTICE_ELEMENT_MISSING", "Pemberitahuan tertulis belum lengkap: " + id + ".",
                "The written notice is incomplete: " + en + ".", "notice." + field);
    }
}
