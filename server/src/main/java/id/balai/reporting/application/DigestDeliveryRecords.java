package id.balai.reporting.application;

import java.time.Instant;
import java.time.LocalDate;

import id.balai.platform.domain.TenantId;

/**
 * The port to the record of each daily digest sent. The adapter is {@code reporting.infrastructure.DigestDeliveries}.
 */
public interface DigestDeliveryRecords {

    /** Claims the day's digest; false when it was sent already (or another instance is sending it now). */
    boolean claim(TenantId tenant, LocalDate day, Instant at, int recipients);

    /** Records a resend on demand: the latest sending is the one kept. */
    void recordResend(TenantId tenant, LocalDate day, Instant at, int recipients);
}
