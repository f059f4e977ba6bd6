package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void forwardedForIsIgnoredUnlessTheRequestComesFromATrustedProxy() {
        ClientAddress none = new ClientAddress("");
        assertThat(none.of("203.0.113.9", "10.1.1.1")).isEqualTo("203.0.113.9");

        ClientAddress behindProxy = new ClientAddress("10.0.0.2, 10.0.0.3");
        assertThat(behindProxy.of("203.0.113.9", "10.1.1.1")).isEqualTo("203.0.113.9");
        assertThat(behindProxy.of("10.0.0.2", "198.51.100.7")).isEqualTo("198.51.100.7");
    }

    @Test
    void theRightmostUntrustedHopIsTheClientNotWhatTheClientClaims() {
        ClientAddress c = new ClientAddress("10.0.0.2,10.0.0.3");
        // The client wrote "1.2.3.4" itself; the proxies appended what they saw.
        assertThat(c.of("10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.3")).isEqualTo("198.51.100.7");
        assertThat(c.of("10.0.0.2", "")).isEqualTo("10.0.0.2");
    }
}
