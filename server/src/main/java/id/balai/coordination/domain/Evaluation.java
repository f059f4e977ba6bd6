package id.balai.coordination.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import id.balai.platform.domain.TenantId;

/**
 * The Tim Koordinasi's evaluation of a period (SPIKM Pasal 6b, 6f): of the operations team's work, or of the service
 * as a whole; its findings go into the report to the Bupati (Pasal 6g).
 */
public record Evaluation(TenantId tenant, UUID id, Subject subject, LocalDate from, LocalDate to, String findings,
        String recordedBy, Instant recordedAt, LocalDate recordedOn) {

    /** What is evaluated. */
    public enum Subject {
        /** Pasal 6b: the work of the Tim Pelaksana Operasional. */
        OPERATIONS_TEAM,
        /** Pasal 6f: the complaint and information service as a whole. */
        SERVICE
    }

    /** An evaluation recorded now; the period has begun and lasts at most a year. */
    public static Evaluation record(TenantId tenant, String subject, LocalDate from, LocalDate to, String findings,
            String by, Instant at, LocalDate on) {
        Subject s;
        try {
            s = Subject.valueOf(subject == null ? "" : subject.strip());
        } catch (IllegalArgumentException e) {
            throw CoordinationErrors.invalid("INVALID_EVALUATION_SUBJECT", "Yang dievaluasi harus kerja Tim "
                    + "Pelaksana Operasional atau penyelenggaraan layanan.", "The subject must be the operations "
                    + "team's work or the service.", "subject");
        }
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw CoordinationErrors.invalid("INVALID_PERIOD", "Periode tidak sah (paling lama 366 hari).",
                    "Invalid period (at most 366 days).", "to");
        }
        if (from.isAfter(on)) {
            throw CoordinationErrors.invalid("PERIOD_NOT_BEGUN", "Periode yang dievaluasi belum dimulai.",
                    "The period evaluated has not begun.", "from");
        }
        String f = findings == null ? "" : findings.strip();
        if (f.isEmpty()) {
            throw CoordinationErrors.required("findings", "Hasil evaluasi", "The findings");
        }
        if (f.length() > 10000) {
            throw CoordinationErrors.invalid("TEXT_TOO_LONG", "Hasil evaluasi paling panjang 10000 karakter.",
                    "The findings take 10000 characters at most.", "findings");
        }
        return new Evaluation(tenant, UUID.randomUUID(), s, from, to, f, by, at, on);
    }
}
