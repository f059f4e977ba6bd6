package id.balai.reporting.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** The refusals of the reports, each with its stable code. */
public final class ReportErrors {
    private ReportErrors() {
    }

    public static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }


    /** An agency operator asking for another unit's journal: as if the unit did not exist for it. */
    public static DomainException conflict(String code, String id, String en) {
        return new DomainException(DomainException.Kind.CONFLICT, code, Message.of(id, en));
    }

    public static DomainException unitNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ORG_UNIT_NOT_FOUND",
                Message.of("Unit tidak ditemukan.", "Unit not found."));
    }

    public static DomainException noRecipients() {
        return new DomainException(DomainException.Kind.UNPROCESSABLE, "DIGEST_NO_RECIPIENTS",
                Message.of("Penerima rekap harian belum diatur dalam berkas tenant (parameters.digest.recipients).",
                        "The tenant file names no recipients for the daily digest (parameters.digest.recipients)."));
    }
}
