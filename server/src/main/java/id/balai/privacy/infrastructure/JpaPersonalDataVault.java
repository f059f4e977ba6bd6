package id.balai.privacy.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import id.balai.platform.domain.TenantId;
import id.balai.privacy.domain.AccessReason;
import id.balai.privacy.domain.PersonNotFoundException;
import id.balai.privacy.domain.PersonRef;
import id.balai.privacy.domain.PersonalData;
import id.balai.privacy.domain.PersonalDataVault;
import id.balai.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The vault in PostgreSQL's {@code person} table. Each operation runs in a {@link TenantTransactions} transaction, so
 * row-level security confines it to the tenant whatever the SQL says, and uses that transaction's own connection
 * (EclipseLink holds one per transaction) through {@link PersonRows}.
 */
@ApplicationScoped
public class JpaPersonalDataVault implements PersonalDataVault {

    @PersistenceContext(unitName = "balai")
    EntityManager em;

    @Inject
    TenantTransactions scope;

    @Inject
    PersonalDataCrypto crypto;

    @FunctionalInterface
    private interface RowsWork<T> {
        T apply(PersonRows rows) throws SQLException;
    }

    @Override
    public PersonRef store(TenantId tenant, PersonalData data) {
        data.checkStorable();
        PersonRef ref = PersonRef.random();
        inScope(tenant, rows -> {
            rows.insert(tenant, ref, data);
            return ref;
        });
        return ref;
    }

    @Override
    public Optional<PersonalData> read(TenantId tenant, PersonRef person, AccessReason reason) {
        Objects.requireNonNull(reason, "reason");
        return inScope(tenant, rows -> rows.select(tenant, person));
    }

    @Override
    public void erase(TenantId tenant, PersonRef person) {
        if (!inScope(tenant, rows -> rows.erase(tenant, person))) {
            throw new PersonNotFoundException();
        }
    }

    @Override
    public List<PersonRef> findByPhone(TenantId tenant, String phone) {
        return inScope(tenant, rows -> rows.findByPhone(tenant, phone));
    }

    @Override
    public List<PersonRef> findByEmail(TenantId tenant, String email) {
        return inScope(tenant, rows -> rows.findByEmail(tenant, email));
    }

    private <T> T inScope(TenantId tenant, RowsWork<T> work) {
        return scope.call(tenant, () -> {
            // The transaction's connection, on which TenantTransactions has just set the tenant; not ours to close.
            Connection connection = em.unwrap(Connection.class);
            try {
                return work.apply(new PersonRows(connection, crypto.cipher(), crypto.digests()));
            } catch (SQLException e) {
                throw new IllegalStateException("The personal-data vault failed (" + e.getSQLState() + ")", e);
            }
        });
    }
}
