package id.balai.tenancy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.balai.platform.domain.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One transaction, one tenant: the scope sets the tenant once per transaction (a second entry into the same tenant
 * sends nothing to the database) and refuses another tenant in the same transaction, without asking the database.
 * The platform's audit chain may follow a tenant's work (onboarding), and then no tenant may follow it.
 */
class TenantScopeTest {
    private final List<String> statements = new ArrayList<>();
    private TenantScope scope;

    /** The resources of one JTA transaction. */
    private static final class OneTransaction implements TransactionSynchronizationRegistry {
        private final Map<Object, Object> resources = new HashMap<>();

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
        }

        @Override
        public int getTransactionStatus() {
            return jakarta.transaction.Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    /** An entity manager that records the native statements it is asked to run. */
    private EntityManager recording() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("createNativeQuery")) {
                        String sql = (String) args[0];
                        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Query.class},
                                (q, m, a) -> {
                                    if (m.getName().equals("executeUpdate")) {
                                        statements.add(sql);
                                        return 0;
                                    }
                                    throw new UnsupportedOperationException(m.getName());
                                });
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @BeforeEach
    void newTransaction() {
        scope = new TenantScope();
        scope.em = recording();
        scope.transaction = new OneTransaction();
    }

    @Test
    void entersATenantOncePerTransaction() {
        String answer = scope.call(new TenantId("muara-enim"), () -> scope.call(new TenantId("muara-enim"), () -> "ok"));
        assertThat(answer).isEqualTo("ok");
        assertThat(statements).containsExactly("SET LOCAL balai.tenant_id = 'muara-enim'");
    }

    @Test
    void refusesASecondTenantInTheSameTransaction() {
        scope.run(new TenantId("muara-enim"), () -> { });
        assertThatThrownBy(() -> scope.run(new TenantId("luwu-timur"), () -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another tenant");
        assertThat(statements).containsExactly("SET LOCAL balai.tenant_id = 'muara-enim'");
    }

    @Test
    void thePlatformChainMayFollowATenantButNoTenantMayFollowIt() {
        scope.run(new TenantId("luwu-timur"), () -> { });
        scope.bindPlatform("_platform");
        scope.bindPlatform("_platform");
        assertThat(statements).containsExactly("SET LOCAL balai.tenant_id = 'luwu-timur'",
                "SET LOCAL balai.tenant_id = '_platform'");
        assertThatThrownBy(() -> scope.run(new TenantId("luwu-timur"), () -> { }))
                .isInstanceOf(IllegalStateException.class);
    }
}
