package id.balai.complaints.domain;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.Message;

/** The refusals of the complaint service, each with its stable code. */
public final class ComplaintErrors {
    private ComplaintErrors() {
    }

    public static DomainException notAllowed(String action, ComplaintStatus status) {
        return new DomainException(DomainException.Kind.CONFLICT, "COMPLAINT_STATE_CONFLICT",
                Message.of("Tindakan " + action + " tidak dapat dilakukan pada status " + status + ".",
                        "Action " + action + " is not possible in status " + status + "."));
    }

    public static DomainException notFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "COMPLAINT_NOT_FOUND",
                Message.of("Laporan tidak ditemukan.", "Report not found."));
    }

    public static DomainException invalid(String code, String id, String en, String field) {
        return new DomainException(DomainException.Kind.INVALID, code, Message.of(id, en), field);
    }

    public static DomainException reopenWindowPassed() {
        return new DomainException(DomainException.Kind.CONFLICT, "REOPEN_WINDOW_PASSED",
                Message.of("Batas waktu untuk membuka kembali laporan ini sudah lewat.",
                        "The time to reopen this report has passed."));
    }

    public static DomainException ratingFinal() {
        return new DomainException(DomainException.Kind.CONFLICT, "RATING_FINAL",
                Message.of("Laporan ini sudah ditutup dan sudah dinilai. Penilaian tidak dapat diubah lagi.",
                        "This report is closed and already rated. The rating can no longer be changed."));
    }

    public static DomainException notDispatchedTo(String unit) {
        return new DomainException(DomainException.Kind.CONFLICT, "NOT_DISPATCHED_TO_UNIT",
                Message.of("Laporan ini tidak sedang ditangani unit " + unit + ".",
                        "This report is not with unit " + unit + "."));
    }

    /** A public version is refused for this report (issue 15), with the reason in both languages. */
    public static DomainException notPublishable(String why, String id, String en) {
        return new DomainException(DomainException.Kind.CONFLICT, "NOT_PUBLISHABLE",
                Message.of("Laporan tidak dapat ditampilkan untuk publik: " + id + ".",
                        "The report cannot be made public: " + en + "."), null,
                java.util.List.of(new DomainException.Detail("reason", why)));
    }
}
