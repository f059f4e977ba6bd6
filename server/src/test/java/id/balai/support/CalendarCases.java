package id.balai.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import id.balai.calendar.application.CalendarService;
import id.balai.tenancy.domain.Tenant;
import id.balai.tenancy.domain.TenantStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

/**
 * Generators for the property tests of the date model: the shipped regencies in each of Indonesia's three zones (WIB,
 * WITA and a copy of Luwu Timur moved to WIT), with their own days off, and instants over the years with national
 * holiday data and into the provisional year after them.
 */
public final class CalendarCases {
    private static final CalendarService CALENDARS = TenantFiles.calendars();
    private static final List<Tenant> TENANTS = List.of(TenantFiles.tenant("muara-enim"),
            TenantFiles.tenant("luwu-timur"), inWit());

    private CalendarCases() {
    }

    public static CalendarService calendars() {
        return CALENDARS;
    }

    /** {@code @ForAll @From(supplier = CalendarCases.Tenants.class) Tenant t}. */
    public static final class Tenants implements ArbitrarySupplier<Tenant> {
        @Override
        public Arbitrary<Tenant> get() {
            return tenants();
        }
    }

    /** {@code @ForAll @From(supplier = CalendarCases.Instants.class) Instant at}. */
    public static final class Instants implements ArbitrarySupplier<Instant> {
        @Override
        public Arbitrary<Instant> get() {
            return instants();
        }
    }

    /** {@code @ForAll @From(supplier = CalendarCases.Delays.class) Duration delay}. */
    public static final class Delays implements ArbitrarySupplier<Duration> {
        @Override
        public Arbitrary<Duration> get() {
            return delays();
        }
    }

    /** A regency in each zone. */
    public static Arbitrary<Tenant> tenants() {
        return Arbitraries.of(TENANTS);
    }

    /**
     * An instant from the first day with holiday data to the last day of the last published year, biased towards the
     * hours that move a date: nights, evenings after office hours, weekends and the turn of the year.
     */
    public static Arbitrary<Instant> instants() {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-12-31T23:59:00Z");
        Arbitrary<Instant> any = Arbitraries.longs().between(0, Duration.between(from, to).toMinutes())
                .map(m -> from.plus(Duration.ofMinutes(m)));
        Arbitrary<Instant> yearEnd = Arbitraries.longs().between(0, Duration.ofDays(4).toMinutes())
                .map(m -> Instant.parse("2026-12-29T00:00:00Z").plus(Duration.ofMinutes(m)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, any), net.jqwik.api.Tuple.of(1, yearEnd));
    }

    /** A delay between two acts: often none (an answer given at once), up to 40 days. */
    public static Arbitrary<Duration> delays() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(Duration.ZERO)),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, Duration.ofDays(40).toMinutes())
                        .map(Duration::ofMinutes)));
    }

    private static Tenant inWit() {
        String yaml;
        try {
            yaml = java.nio.file.Files.readString(TenantFiles.dir().resolve("luwu-timur/tenant.yaml"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var r = TenantFiles.reader().read(yaml.replace("timeZone: WITA", "timeZone: WIT"));
        if (!r.valid()) {
            throw new IllegalStateException(r.problems().toString());
        }
        return new Tenant(r.definition().get(), TenantStatus.ACTIVE);
    }
}
