package id.balai.coordination.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** The refusals of the coordination work, each with its stable code. */
public final class CoordinationErrors {
    private CoordinationErrors() {
    }

    public static DomainException required(String field, String id, String en) {
        return new DomainException(DomainException.Kind.INVALID, "FIELD_REQUIRED",
                Message.of(id + " wajib diisi.", en + " is required."), field);
    }

    public static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }

    public static DomainException notFound(String what) {
        return new DomainException(DomainException.Kind.NOT_FOUND, what + "_NOT_FOUND",
                Message.of("Data tidak ditemukan.", "Not found."));
    }

    public static DomainException conflict(String code, String id, String en) {
        return new DomainException(DomainException.Kind.CONFLICT, code, Message.of(id, en));
    }
}
