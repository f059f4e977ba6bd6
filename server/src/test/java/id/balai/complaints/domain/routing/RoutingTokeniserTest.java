package id.balai.complaints.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoutingTokeniserTest {

    @Test
    void lowerCasesSplitsOnNonLettersAndDropsFunctionWords() {
        assertThat(RoutingTokeniser.tokens("Jalan di Desa Pagar RUSAK, berlubang!! (sudah 3 bulan)"))
                .containsExactly("jalan", "desa", "pagar", "rusak", "berlubang");
    }

    @Test
    void stripsParticlesPossessivesAndCommonSuffixesKeepingAStemOfFourLetters() {
        assertThat(RoutingTokeniser.tokens("jalannya pelayanan sekolahnya bantuan tulislah"))
                .containsExactly("jalan", "pelayan", "sekolah", "bantu", "tulis");
        // Too short a stem is kept whole: "ikan" is not "ik", "kali" not "kal".
        assertThat(RoutingTokeniser.tokens("ikan kali")).containsExactly("ikan", "kali");
    }

    @Test
    void foldsAccentsAndIgnoresBlankText() {
        assertThat(RoutingTokeniser.tokens("Café")).containsExactly("cafe");
        assertThat(RoutingTokeniser.tokens(null)).isEmpty();
        assertThat(RoutingTokeniser.tokens("  ,, 12 ")).isEmpty();
    }
}
