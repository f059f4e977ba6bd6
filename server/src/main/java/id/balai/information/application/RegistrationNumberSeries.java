package id.balai.information.application;

import id.balai.tenancy.domain.Tenant;

/**
 * The port to the registration numbers of requests and objections: the next number of a regency's series. The
 * adapter is {@code information.infrastructure.RegistrationNumbers}.
 */
public interface RegistrationNumberSeries {

    public static final String REQUEST = "PPID";

    public static final String OBJECTION = "KEB";

    public static final String DISPUTE = "SKI";

    String next(Tenant tenant, String series, int year);
}
