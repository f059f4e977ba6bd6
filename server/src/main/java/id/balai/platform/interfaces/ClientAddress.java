package id.balai.platform.interfaces;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address a request came from, for rate limits. Behind a load balancer every request comes from the
 * balancer, so the address it puts in X-Forwarded-For is used, but only when the request really comes from a
 * proxy the operator declared ({@code BALAI_TRUSTED_PROXIES}): anyone else could write that header.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;

    public ClientAddress(String trustedProxiesCsv) {
        this.trustedProxies = trustedProxiesCsv == null ? Set.of()
                : Arrays.stream(trustedProxiesCsv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** The rightmost address in the chain that is not a trusted proxy. */
    public String of(String remoteAddr, String forwardedFor) {
        if (!trustedProxies.contains(remoteAddr) || forwardedFor == null || forwardedFor.isBlank()) {
            return remoteAddr;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remoteAddr;
    }
}
