package id.balai.reporting.application;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.balai.platform.infrastructure.PdfFormat;
import id.balai.reporting.domain.Digest;
import id.balai.reporting.domain.ReportErrors;
import id.balai.tenancy.application.TenantTransactions;
import id.balai.tenancy.domain.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends a day's digest as a PDF to the tenant's recipients (SPIKM Pasal 3(2): SPIKM uploads everything to the
 * regent through the Sekda every day). The delivery row is written first, in the same transaction as the sending:
 * a failed send rolls it back, and a second server instance waits on it and then finds the day done.
 */
@ApplicationScoped
public class DigestDelivery {

    @Inject
    TenantTransactions scope;

    @Inject
    ReportService reports;

    @Inject
    DigestDeliveryRecords deliveries;

    @Inject
    DigestMailer mail;

    /** A sent digest. */
    public record Sent(LocalDate date, Instant sentAt, int recipients) {
    }

    /** The scheduled sending: once per tenant and day; empty when it was sent already or has no recipients. */
    public Optional<Sent> sendOnce(Tenant tenant, LocalDate day, Instant now) {
        List<String> to = tenant.definition().parameters().digest().recipients();
        if (to.isEmpty()) {
            return Optional.empty();
        }
        return scope.call(tenant.id(), () -> {
            if (!deliveries.claim(tenant.id(), day, now, to.size())) {
                return Optional.<Sent>empty();
            }
            return Optional.of(send(tenant, day, now, to));
        });
    }

    /** A sending on demand (a resend, or a first sending before the scheduled time). */
    public Sent sendNow(Tenant tenant, LocalDate day, Instant now) {
        List<String> to = tenant.definition().parameters().digest().recipients();
        if (to.isEmpty()) {
            throw ReportErrors.noRecipients();
        }
        return scope.call(tenant.id(), () -> {
            deliveries.recordResend(tenant.id(), day, now, to.size());
            return send(tenant, day, now, to);
        });
    }

    private Sent send(Tenant tenant, LocalDate day, Instant now, List<String> to) {
        Digest digest = reports.digest(tenant, day);
        String name = tenant.definition().name();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfFormat.write(ReportDocuments.digest(name, digest), pdf);
        mail.send(to, "Rekap Harian SPIKM " + day + " / SPIKM Daily Digest: " + name,
                "Terlampir rekap harian SPIKM tanggal " + day + ": diterima " + digest.received() + ", diteruskan "
                        + digest.dispatched() + ", dijawab " + digest.answered() + ", terlambat " + digest.overdue()
                        + ".\n\nAttached: the SPIKM daily digest of " + day + ".\n",
                pdf.toByteArray(), fileName(tenant, day));
        return new Sent(day, now, to.size());
    }

    public static String fileName(Tenant tenant, LocalDate day) {
        return "rekap-harian-" + tenant.id().value() + "-" + day + ".pdf";
    }
}
