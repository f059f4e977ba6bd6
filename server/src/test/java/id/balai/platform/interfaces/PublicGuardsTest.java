package id.balai.platform.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;
import id.balai.platform.infrastructure.RateLimiter;

class PublicGuardsTest {

    @Test
    void aSubmissionWithoutAUsableKeyIsRefusedWithTheRequiredCodeInBothLanguages() {
        for (String bad : new String[] {null, "", "short", "spaces are not allowed", "x".repeat(101), "kunci/miring1"}) {
            assertThatThrownBy(() -> PublicGuards.requiredKey(bad))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                        assertThat(e.field()).contains("Idempotency-Key");
                        assertThat(e.userMessage().id()).contains("wajib");
                        assertThat(e.userMessage().en()).contains("required");
                    });
        }
        assertThat(PublicGuards.requiredKey("web-2026:abc.DEF_01")).isEqualTo("web-2026:abc.DEF_01");
        assertThat(PublicGuards.requiredKey("x".repeat(100))).hasSize(100);
    }

    @Test
    void anOptionalKeyMayBeLeftOutButWhenSentFollowsTheSameRule() {
        assertThat(PublicGuards.optionalKey(null)).isEmpty();
        assertThat(PublicGuards.optionalKey("0b6f1c3e-5d7a-4f7e-9a51-2f4a9c1d7e20"))
                .contains("0b6f1c3e-5d7a-4f7e-9a51-2f4a9c1d7e20");
        assertThatThrownBy(() -> PublicGuards.optionalKey("abc"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID"));
        assertThatThrownBy(() -> PublicGuards.optionalKey("twelve chars"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_INVALID"));
    }

    @Test
    void eachLimitIsSizedByItsSettingOrItsDocumentedDefault() {
        RateLimiter.Limit tracking = PublicGuards.Limit.COMPLAINT_TRACKING.sized(Optional.empty());
        assertThat(tracking).isEqualTo(new RateLimiter.Limit("complaint-tracking", 60, Duration.ofMinutes(1)));
        assertThat(tracking.exact()).as("public limits are decided in memory").isFalse();
        assertThat(PublicGuards.Limit.COMPLAINT_SUBMISSION.sized(Optional.of(5)))
                .isEqualTo(new RateLimiter.Limit("complaint-submission", 5, Duration.ofHours(1)));
        assertThat(PublicGuards.Limit.SMS_PER_SENDER.sized(Optional.empty()))
                .isEqualTo(new RateLimiter.Limit("sms-inbound", 30, Duration.ofHours(1)));
        // each limit has a bucket of its own: no two limits spend one allowance by accident
        assertThat(Arrays.stream(PublicGuards.Limit.values()).map(l -> l.bucket).collect(Collectors.toSet()))
                .hasSize(PublicGuards.Limit.values().length);
    }
}
