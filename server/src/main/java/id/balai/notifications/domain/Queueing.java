package id.balai.notifications.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * How a message waits in an outbox: not before {@code notBefore} (quiet hours), at most once per {@code dedupeKey}
 * in a regency, and with a {@code secret} (the access code) that replaces {@link CitizenMessage#ACCESS_CODE} only
 * when it is sent and is cleared afterwards.
 */
public record Queueing(Optional<Instant> notBefore, Optional<String> dedupeKey, Optional<String> secret) {

    public static Queueing now() {
        return new Queueing(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
