package id.balai.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import id.balai.support.TenantFiles;
import id.balai.tenancy.application.EachTenant;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantStatus;

/**
 * The outbox round as a slow or broken gateway meets it: nothing travels while a transaction is open (the regency's
 * audit chain and rows stay free), a failure is retried, an unsendable row is given up, and what the round's budget
 * leaves is released for the next round.
 */
class OutboxSenderTest {
    private static final Tenant TENANT = new Tenant(TenantFiles.definition("muara-enim"), TenantStatus.ACTIVE);

    /** Runs the one tenant, and knows whether a transaction is open. */
    static final class Tenants extends EachTenant {
        boolean inTransaction;
        int transactions;

        @Override
        public void forEach(String what, Consumer<Tenant> work) {
            work.accept(TENANT);
        }

        @Override
        public <T> T within(Tenant tenant, Supplier<T> work) {
            assertThat(inTransaction).as("transactions are not nested").isFalse();
            inTransaction = true;
            transactions++;
            try {
                return work.get();
            } finally {
                inTransaction = false;
            }
        }
    }

    /** Rows are strings: "ok", "broken" (the gateway refuses), "gone" (no address any more), "slow". */
    static final class Fake extends OutboxSender<String, String> {
        final Tenants tx = new Tenants();
        final List<String> rows;
        final List<String> events = new ArrayList<>();
        final List<UUID> ids = new ArrayList<>();
        final Duration budget;

        Fake(String... rows) {
            this(Duration.ofSeconds(20), rows);
        }

        Fake(Duration budget, String... rows) {
            this.budget = budget;
            this.rows = List.of(rows);
            this.tenants = tx;
            for (int i = 0; i < rows.length; i++) {
                ids.add(UUID.randomUUID());
            }
        }

        private String row(UUID id) {
            return rows.get(ids.indexOf(id));
        }

        @Override
        protected Schedule schedule() {
            return Schedule.onEveryInstance(Duration.ZERO, Duration.ofSeconds(1));
        }

        @Override
        protected String channel() {
            return "Test";
        }

        @Override
        protected int batch() {
            return 10;
        }

        @Override
        protected Duration budget() {
            return budget;
        }

        @Override
        protected List<String> lockDue(Tenant tenant, Instant now, int limit) {
            assertThat(tx.inTransaction).isTrue();
            return rows;
        }

        @Override
        protected void lease(Tenant tenant, List<UUID> leased, Instant until) {
            assertThat(tx.inTransaction).isTrue();
            events.add((until.isAfter(Instant.now().plusSeconds(60)) ? "lease " : "release ")
                    + leased.stream().map(this::row).toList());
        }

        @Override
        protected UUID id(String row) {
            return ids.get(rows.indexOf(row));
        }

        @Override
        protected int attempts(String row) {
            return 0;
        }

        @Override
        protected Prepared<String> prepare(Tenant tenant, String row, Instant now) {
            assertThat(tx.inTransaction).isTrue();
            return row.equals("gone") ? new Refused<>("no address") : new ToSend<>(row);
        }

        @Override
        protected Optional<String> send(Tenant tenant, String message) throws NotSent {
            assertThat(tx.inTransaction).as("a message travels outside any transaction").isFalse();
            events.add("send " + message);
            if (message.equals("slow")) {
                try {
                    Thread.sleep(budget.toMillis() + 50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (message.equals("broken")) {
                throw new NotSent("refused");
            }
            return Optional.empty();
        }

        @Override
        protected void markSent(Tenant tenant, Ready<String> sent, Optional<String> delivery, Instant at) {
            assertThat(tx.inTransaction).isTrue();
            events.add("sent " + sent.message());
        }

        @Override
        protected void markFailed(Tenant tenant, UUID id, String error, Instant now, Instant retryAt) {
            assertThat(tx.inTransaction).isTrue();
            events.add((retryAt == null ? "given up " : "retry ") + row(id) + ": " + error);
        }

        @Override
        protected void afterSent(Tenant tenant, String message, Instant at) {
            assertThat(tx.inTransaction).isFalse();
            events.add("after " + message);
        }
    }

    @Test
    void messagesTravelOutsideAnyTransactionAndEachIsSettledInItsOwn() {
        Fake outbox = new Fake("ok", "broken", "gone");
        outbox.work();
        assertThat(outbox.events).containsExactly(
                "lease [ok, broken, gone]",
                "given up gone: no address",
                "send ok", "sent ok", "after ok",
                "send broken", "retry broken: refused");
        // One to claim, one per message sent or failed.
        assertThat(outbox.tx.transactions).isEqualTo(3);
    }

    @Test
    void whatTheRoundsBudgetLeavesIsReleasedForTheNextRound() {
        Fake outbox = new Fake(Duration.ofMillis(20), "slow", "ok", "ok2");
        outbox.work();
        assertThat(outbox.events).containsExactly(
                "lease [slow, ok, ok2]",
                "send slow", "sent slow", "after slow",
                "release [ok, ok2]");
    }

    @Test
    void anEmptyOutboxCostsOneTransaction() {
        Fake outbox = new Fake();
        outbox.work();
        assertThat(outbox.events).isEmpty();
        assertThat(outbox.tx.transactions).isEqualTo(1);
    }
}
