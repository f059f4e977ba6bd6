package id.balai.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccessCodeTest {

    @Test
    void aCodeIsTenCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = AccessCode.generate();
            assertThat(code).hasSize(10).matches("[A-HJKMNP-TV-Z2-9]{10}");
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theHashForgivesCaseAndSpacesAsCitizensTypeThem() {
        String code = AccessCode.generate();
        assertThat(AccessCode.hash(" " + code.toLowerCase() + "\n")).isEqualTo(AccessCode.hash(code)).hasSize(32);
        assertThat(AccessCode.hash(code)).isNotEqualTo(AccessCode.hash(AccessCode.generate()));
    }
}
