package id.balai.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.domain.TenantId;

class SavedFilterTest {
    private static final TenantId TENANT = new TenantId("muara-enim");
    private static final UUID OFFICER = UUID.randomUUID();

    private static SavedFilter make(String name, String query) {
        return SavedFilter.create(TENANT, OFFICER, SavedFilter.Queue.COMPLAINTS, name, query, Instant.EPOCH);
    }

    @Test
    void keepsTheQueuesFiltersWithoutTheLeadingQuestionMark() {
        SavedFilter f = make("  Jalan rusak  ", "?status=RECEIVED&category=JALAN&q=jalan%20rusak&sort=DUE_ASC");
        assertThat(f.name()).isEqualTo("Jalan rusak");
        assertThat(f.query()).isEqualTo("status=RECEIVED&category=JALAN&q=jalan%20rusak&sort=DUE_ASC");
    }

    @Test
    void neverKeepsAReportersPhoneOrEmail() {
        assertThatThrownBy(() -> make("Pak Budi", "phone=081234567890"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SAVED_FILTER_KEY"));
        assertThatThrownBy(() -> make("Bu Ani", "status=RECEIVED&email=ani%40contoh.id"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("SAVED_FILTER_KEY"));
        assertThatThrownBy(() -> make("Disamarkan", "status=RECEIVED&%70hone=0812"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void needsANameAndAQueryOfBoundedLength() {
        assertThatThrownBy(() -> make(" ", "status=RECEIVED")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> make("x".repeat(61), "status=RECEIVED")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> make("ok", "")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> make("ok", "q=" + "a".repeat(500))).isInstanceOf(DomainException.class);
    }
}
