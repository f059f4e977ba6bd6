package id.balai.platform.application;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up has finished, and why not while it has not: set by start-up
 * ({@code startup.application.Bootstrap}), read by the periodic jobs (which wait for it) and by {@code /health/ready}.
 * The platform knows no context, so start-up tells it here instead of the platform asking start-up.
 */
@ApplicationScoped
public class PlatformReadiness {
    private volatile boolean ready;
    private volatile String problem = "starting";

    public boolean ready() {
        return ready;
    }

    /** Why the platform is not ready, when it is not. */
    public String problem() {
        return problem;
    }

    public void started() {
        problem = null;
        ready = true;
    }

    public void failed(String why) {
        problem = why;
    }
}
