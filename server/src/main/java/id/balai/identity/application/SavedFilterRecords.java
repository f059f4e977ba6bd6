package id.balai.identity.application;

import java.util.List;
import java.util.UUID;

import id.balai.identity.domain.SavedFilter;
import id.balai.platform.domain.TenantId;

/**
 * The port to the officers' saved queue filters. The adapter is {@code identity.infrastructure.SavedFilterRepository}.
 */
public interface SavedFilterRecords {

    void insert(SavedFilter f);

    boolean exists(TenantId tenant, UUID officer, SavedFilter.Queue queue, String name);

    List<SavedFilter> list(TenantId tenant, UUID officer, SavedFilter.Queue queue);

    /** Deletes the officer's own filter; false when this officer has no such filter. */
    boolean delete(TenantId tenant, UUID officer, UUID id);
}
