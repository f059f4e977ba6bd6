package id.balai.identity.application;

import java.util.List;

import id.balai.identity.domain.Role;
import id.balai.platform.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Who to tell: the work addresses of a tenant's active officers by role and unit, for other contexts' notices. */
@ApplicationScoped
public class OfficerDirectory {

    @Inject
    AccountRecords accounts;

    /** In the caller's tenant-scoped transaction; {@code orgUnit} null means every unit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> emails(TenantId tenant, Role role, String orgUnit) {
        return accounts.officerEmails(tenant, role, orgUnit);
    }
}
