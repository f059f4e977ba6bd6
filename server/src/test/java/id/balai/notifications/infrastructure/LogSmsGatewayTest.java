package id.balai.notifications.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSmsGatewayTest {

    @Test
    void theLogShowsOnlyTheLastThreeDigits() {
        assertThat(LogSmsGateway.masked("+6281234567890")).isEqualTo("***890");
        assertThat(LogSmsGateway.masked("12")).isEqualTo("***");
    }
}
