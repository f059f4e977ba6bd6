package id.balai.complaints.application;

import id.balai.tenancy.domain.Tenant;

/**
 * The port to the tracking numbers: the next number of a regency's series and year. The adapter is
 * {@code complaints.infrastructure.TrackingNumbers}.
 */
public interface TrackingNumberSeries {

    String next(Tenant tenant, String series, int year);
}
