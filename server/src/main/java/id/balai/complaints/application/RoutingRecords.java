package id.balai.complaints.application;

import java.util.List;

import id.balai.complaints.domain.routing.RoutingExample;
import id.balai.platform.domain.TenantId;

/**
 * The port to a regency's dispatched history for its routing model. The adapter is
 * {@code complaints.infrastructure.routing.RoutingHistory}.
 */
public interface RoutingRecords {

    /** The newest verified and dispatched reports, each with the unit it was first sent to. */
    List<RoutingExample> newest(TenantId tenant, int limit);
}
