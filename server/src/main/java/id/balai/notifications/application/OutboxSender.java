package id.balai.notifications.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

import id.balai.platform.application.PeriodicJob;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.domain.Tenant;
import jakarta.inject.Inject;

/**
 * The one way an outbox (SMS, e-mail, WhatsApp) is sent, regency by regency, in three steps so that no transaction
 * is open while a message travels:
 * <ol>
 * <li><b>claim</b>, one short transaction: the due rows are locked ({@code FOR UPDATE SKIP LOCKED}, so several
 * instances never take the same row), leased for {@link #LEASE} by moving their next attempt, and each recipient is
 * read through the vault, audited. A row that cannot be sent (no address any more) is given up here.</li>
 * <li><b>send</b>, outside any transaction, for as long as the round's budget lasts.</li>
 * <li><b>settle</b>, one short transaction per message: sent, or failed with its retry ({@link OutboxRetries}).
 * Claimed rows the budget left unsent are released for the next round.</li>
 * </ol>
 * A round once sent everything inside one transaction: it held the regency's audit chain locked while it waited on
 * a slow mail server, so the regency's other work waited behind it, and a round that outlived the transaction
 * timeout was undone and sent again. An instance that dies between send and settle leaves the row leased; it is
 * sent again when the lease ends, the outbox's usual at-least-once.
 *
 * @param <P> a claimed row
 * @param <M> a message ready to leave: the row's content with its recipient's address
 */
public abstract class OutboxSender<P, M> extends PeriodicJob {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** How long a claimed row stays with the instance that claimed it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @Inject
    EachTenant tenants;

    /** A claimed row made ready: its id, how often it was tried, and the message. */
    protected record Ready<M>(UUID id, int attempts, M message) {
    }

    /** Thrown by {@link #send}: the gateway did not take the message. */
    protected static final class NotSent extends Exception {
        private static final long serialVersionUID = 1L;

        public NotSent(String message) {
            super(message);
        }
    }

    /** For the log: "SMS", "E-mail", "WhatsApp". */
    protected abstract String channel();

    /** Rows per regency and round. */
    protected abstract int batch();

    /** How long one round may go on sending; the rest waits for the next round. */
    protected Duration budget() {
        return Duration.ofSeconds(20);
    }

    /** In the claim transaction: up to {@code limit} due rows, locked, in the order they are to leave. */
    protected abstract List<P> lockDue(Tenant tenant, Instant now, int limit);

    /** In a transaction: moves the rows' next attempt to {@code until} (a lease, or a release when now). */
    protected abstract void lease(Tenant tenant, List<UUID> ids, Instant until);

    protected abstract UUID id(P row);

    protected abstract int attempts(P row);

    /**
     * In the claim transaction: the message with its recipient read (and the read audited), or the reason it can
     * never be sent.
     */
    protected abstract Prepared<M> prepare(Tenant tenant, P row, Instant now);

    /** Outside any transaction. @return what the row records of the delivery (a provider's id), if anything */
    protected abstract Optional<String> send(Tenant tenant, M message) throws NotSent;

    /** In a transaction. */
    protected abstract void markSent(Tenant tenant, Ready<M> sent, Optional<String> delivery, Instant at);

    /** In a transaction: tried again at {@code retryAt}, or given up when that is empty. */
    protected abstract void markFailed(Tenant tenant, UUID id, String error, Instant now, Instant retryAt);

    /** After the sent mark is committed, outside any transaction. */
    protected void afterSent(Tenant tenant, M message, Instant at) {
    }

    /** Whether the regency has this channel at all now; a regency without keeps its rows. */
    protected boolean open(Tenant tenant) {
        return true;
    }

    /** The message ready, or why it never will be. */
    protected sealed interface Prepared<M> {
    }

    protected record ToSend<M>(M message) implements Prepared<M> {
    }

    protected record Refused<M>(String reason) implements Prepared<M> {
    }

    @Override
    protected void work() {
        tenants.forEach("Sending the " + channel() + " outbox", this::round);
    }

    private void round(Tenant tenant) {
        if (!open(tenant)) {
            return;
        }
        Instant now = Instant.now();
        List<Ready<M>> ready = tenants.within(tenant, () -> claim(tenant, now));
        Instant stopAt = Instant.now().plus(budget());
        List<UUID> left = new ArrayList<>();
        for (Ready<M> r : ready) {
            if (Instant.now().isAfter(stopAt)) {
                left.add(r.id());
                continue;
            }
            try {
                Optional<String> delivery = send(tenant, r.message());
                Instant at = Instant.now();
                tenants.within(tenant, () -> {
                    markSent(tenant, r, delivery, at);
                    return null;
                });
                afterSent(tenant, r.message(), at);
            } catch (NotSent e) {
                Optional<Instant> retry = OutboxRetries.after(r.attempts() + 1, now);
                LOG.warning(() -> channel() + " " + r.id() + " of " + tenant.id().value() + " not sent (attempt "
                        + (r.attempts() + 1) + "/" + OutboxRetries.MAX_ATTEMPTS + ", "
                        + (retry.isPresent() ? "retried" : "given up") + "): " + e.getMessage());
                tenants.within(tenant, () -> {
                    markFailed(tenant, r.id(), e.getMessage(), now, retry.orElse(null));
                    return null;
                });
            }
        }
        if (!left.isEmpty()) {
            tenants.within(tenant, () -> {
                lease(tenant, left, Instant.now());
                return null;
            });
        }
    }

    private List<Ready<M>> claim(Tenant tenant, Instant now) {
        List<P> rows = lockDue(tenant, now, batch());
        if (rows.isEmpty()) {
            return List.of();
        }
        lease(tenant, rows.stream().map(this::id).toList(), now.plus(LEASE));
        List<Ready<M>> ready = new ArrayList<>();
        for (P row : rows) {
            Prepared<M> p = prepare(tenant, row, now);
            if (p instanceof ToSend<M> s) {
                ready.add(new Ready<>(id(row), attempts(row), s.message()));
            } else {
                markFailed(tenant, id(row), ((Refused<M>) p).reason(), now, null);
            }
        }
        return ready;
    }
}
