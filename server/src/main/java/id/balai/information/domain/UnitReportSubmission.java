package id.balai.information.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A PPID Pembantu's report on its way to the Bupati (Perbup Luwu Timur Pasal 28): submitted by the PPID Pembantu to
 * the PPID Utama, forwarded by the PPID Utama to the Sekda (the Atasan PPID), received there. The counts are those
 * of the report when it was submitted.
 */
public record UnitReportSubmission(UUID id, String unit, LocalDate from, LocalDate to, Counts counts,
        LocalDate submittedOn, String submittedBy, Optional<LocalDate> forwardedOn, Optional<String> forwardedBy,
        Optional<LocalDate> receivedOn, Optional<String> receivedBy, int version) {

    /** The report's counts as submitted: requests, granted in full and in part, refused, not held. */
    public record Counts(long total, long grantedFull, long grantedPart, long refused, long notHeld) {
    }

    /** Submitted today for a period that has ended (it cannot report what has not happened yet). */
    public static UnitReportSubmission submit(String unit, LocalDate from, LocalDate to, Counts counts, LocalDate today,
            String by) {
        if (!to.isBefore(today)) {
            throw InformationErrors.invalid("PERIOD_NOT_OVER", "Periode laporan belum berakhir.",
                    "The report's period is not over yet.", "to");
        }
        return new UnitReportSubmission(UUID.randomUUID(), unit, from, to, counts, today, by, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** The PPID Utama forwards it to the Sekda, once. */
    public UnitReportSubmission forward(LocalDate on, String by) {
        if (forwardedOn.isPresent()) {
            throw InformationErrors.conflict("ALREADY_FORWARDED", "Laporan ini sudah diteruskan kepada Sekda.",
                    "This report is already forwarded to the Sekda.");
        }
        return new UnitReportSubmission(id, unit, from, to, counts, submittedOn, submittedBy, Optional.of(on),
                Optional.of(by), receivedOn, receivedBy, version);
    }

    /** The Sekda (Atasan PPID) records its receipt, once, after the forwarding. */
    public UnitReportSubmission receive(LocalDate on, String by) {
        if (forwardedOn.isEmpty()) {
            throw InformationErrors.conflict("NOT_FORWARDED_YET", "Laporan ini belum diteruskan oleh PPID Utama.",
                    "The PPID Utama has not forwarded this report yet.");
        }
        if (receivedOn.isPresent()) {
            throw InformationErrors.conflict("ALREADY_RECEIVED", "Penerimaan laporan ini sudah dicatat.",
                    "This report's receipt is already recorded.");
        }
        return new UnitReportSubmission(id, unit, from, to, counts, submittedOn, submittedBy, forwardedOn,
                forwardedBy, Optional.of(on), Optional.of(by), version);
    }
}
