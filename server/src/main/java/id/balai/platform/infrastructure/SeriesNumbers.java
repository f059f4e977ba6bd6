package id.balai.platform.infrastructure;

import jakarta.persistence.EntityManager;

/**
 * The next number of one of a tenant's numbered series (complaints, requests, objections, disputes, register
 * entries) for a year: from the series' sequence (migration V0090), for the tenant bound to the caller's
 * transaction and never another's. Taking a number locks nothing that another submission waits for and needs no
 * transaction of its own; a number taken by a transaction that then rolls back is a gap. Numbers stay unique and
 * increasing within a series.
 */
public final class SeriesNumbers {

    private SeriesNumbers() {
    }

    /** Inside a tenant-scoped transaction: the series' next number in {@code year}, from 1. */
    public static long next(EntityManager em, String series, int year) {
        return ((Number) em.createNativeQuery("select tracking_number_next(?1, ?2)").setParameter(1, series)
                .setParameter(2, year).getSingleResult()).longValue();
    }
}
