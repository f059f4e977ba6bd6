package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequestBodyLimitsTest {

    @Test
    void theDefaultHoldsWhereNoPatternMatches() {
        RequestBodyLimits limits = RequestBodyLimits.of(262_144);
        assertThat(limits.limitFor("/api/t/muara-enim/complaints")).isEqualTo(262_144);
        assertThat(limits.limitFor("/api/tidak/ada")).isEqualTo(262_144);
    }

    @Test
    void aPathPatternDeclaresItsOwnLimitAndTheMostSpecificWins() {
        RequestBodyLimits limits = RequestBodyLimits.of(262_144)
                .with("/api/t/*/attachments", 20L * 1024 * 1024)
                .with("/api/t/*/attachments/bulk", 100L * 1024 * 1024);
        assertThat(limits.limitFor("/api/t/muara-enim/attachments")).isEqualTo(20L * 1024 * 1024);
        assertThat(limits.limitFor("/api/t/luwu-timur/attachments/12")).isEqualTo(20L * 1024 * 1024);
        assertThat(limits.limitFor("/api/t/luwu-timur/attachments/bulk")).isEqualTo(100L * 1024 * 1024);
        assertThat(limits.limitFor("/api/t/muara-enim/complaints")).isEqualTo(262_144);
        assertThat(limits.limitFor("/api/t//attachments")).isEqualTo(262_144);
        assertThat(limits.limitFor("/api/t/muara-enim")).isEqualTo(262_144);
    }

    @Test
    void aPatternEndingInDollarCoversThatPathOnly() {
        RequestBodyLimits limits = RequestBodyLimits.of(262_144).with("/api/t/*/complaints$", 26L * 1024 * 1024);
        assertThat(limits.limitFor("/api/t/muara-enim/complaints")).isEqualTo(26L * 1024 * 1024);
        assertThat(limits.limitFor("/api/t/muara-enim/complaints/ME-2026-000001/clarification")).isEqualTo(262_144);
        assertThat(limits.limitFor("/api/t/complaints")).isEqualTo(262_144);
    }

    @Test
    void aLimitIsAPositiveNumberOfBytes() {
        assertThatThrownBy(() -> RequestBodyLimits.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RequestBodyLimits.of(1).with("api/x", 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sizesReadAsPeopleWriteThem() {
        assertThat(RequestBodyLimits.readable(262_144)).isEqualTo("256 KiB");
        assertThat(RequestBodyLimits.readable(20L * 1024 * 1024)).isEqualTo("20 MiB");
        assertThat(RequestBodyLimits.readable(1000)).isEqualTo("1000 byte");
    }
}
