package id.balai.platform.application;

import java.time.Instant;

/**
 * The instant a request acts at: the system clock, except on a server started for the integration tests, where a
 * request may name its instant (see {@code interfaces.TestInstantFilter}) so that a test can act on a Saturday night
 * or after office hours whatever the hour it runs at. Jobs run on the system clock.
 */
public final class Now {
    private static final ThreadLocal<Instant> NAMED = new ThreadLocal<>();

    private Now() {
    }

    /** The current instant of this request. */
    public static Instant instant() {
        Instant named = NAMED.get();
        return named != null ? named : Instant.now();
    }

    /** Runs {@code work} at {@code at} on this thread. */
    public static <X extends Exception> void at(Instant at, Work<X> work) throws X {
        NAMED.set(at);
        try {
            work.run();
        } finally {
            NAMED.remove();
        }
    }

    /** The body of {@link #at}. */
    @FunctionalInterface
    public interface Work<X extends Exception> {
        void run() throws X;
    }
}
