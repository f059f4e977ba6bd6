package id.balai.privacy.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccessReasonTest {

    @Test
    void aReadMustNameWhoAndWhy() {
        assertThatThrownBy(() -> new AccessReason(" ", "ME-2026-000001: tindak lanjut"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AccessReason("petugas-17", null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
