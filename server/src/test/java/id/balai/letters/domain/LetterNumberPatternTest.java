package id.balai.letters.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LetterNumberPatternTest {

    @Test
    void theDefaultPatternGivesCodeSequenceUnitAndYear() {
        assertThat(LetterNumberPattern.DEFAULT.format("045.2", 17, "PPID-LT", 2026)).isEqualTo("045.2/017/PPID-LT/2026");
        assertThat(LetterNumberPattern.DEFAULT.format("045.2", 1234, "PPID", 2027)).isEqualTo("045.2/1234/PPID/2027");
    }

    @Test
    void aRegencyMayOrderItsOwnNumber() {
        assertThat(new LetterNumberPattern("{unit}.{nomor}/{kode}/{tahun}").format("555", 3, "KOMINFO", 2026))
                .isEqualTo("KOMINFO.003/555/2026");
    }

    @Test
    void aPatternThatCouldRepeatANumberIsRefused() {
        assertThatThrownBy(() -> new LetterNumberPattern("{kode}/{unit}/{tahun}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{nomor}");
        assertThatThrownBy(() -> new LetterNumberPattern("{kode}/{nomor}/{unit}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{tahun}");
        assertThatThrownBy(() -> new LetterNumberPattern("{kode}/{nomor}/{bulan}/{tahun}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{bulan}");
    }
}
