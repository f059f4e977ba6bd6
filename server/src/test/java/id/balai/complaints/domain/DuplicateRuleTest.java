package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DuplicateRuleTest {

    @Test
    void similarTextAloneIsALikelyDuplicate() {
        assertThat(DuplicateRule.judge(0.35, null)).hasValueSatisfying(v -> {
            assertThat(v.score()).isEqualTo(0.35);
            assertThat(v.reasons()).containsExactly(DuplicateRule.Reason.TEXT);
        });
        assertThat(DuplicateRule.judge(0.34, null)).isEmpty();
    }

    @Test
    void aNearbyPointLowersTheBarAndRaisesTheScore() {
        assertThat(DuplicateRule.judge(0.25, 120.0)).hasValueSatisfying(v -> {
            assertThat(v.score()).isCloseTo(0.45, within(1e-9));
            assertThat(v.reasons()).containsExactly(DuplicateRule.Reason.TEXT, DuplicateRule.Reason.NEARBY);
        });
        assertThat(DuplicateRule.judge(0.19, 10.0)).as("unrelated text in the same place").isEmpty();
        assertThat(DuplicateRule.judge(0.25, 501.0)).as("too far for the lower bar").isEmpty();
        assertThat(DuplicateRule.judge(0.95, 0.0)).hasValueSatisfying(v -> assertThat(v.score()).isEqualTo(1.0));
    }

    @Test
    void distancesAreGreatCircleMetres() {
        // Two points 0.0045 degrees of latitude apart: about 500 m anywhere.
        assertThat(DuplicateRule.metres(-3.7, 103.77, -3.7045, 103.77)).isCloseTo(500.4, within(1.0));
        assertThat(DuplicateRule.metres(-3.7, 103.77, null, 103.77)).isNull();
    }
}
