package id.balai.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import id.balai.platform.domain.DomainException;

class PersonalDataTest {

    @Test
    void blankFieldsAreAbsentAndTheRestIsTrimmed() {
        PersonalData d = new PersonalData("  Siti Aminah ", " ", "", null, "1603014501900001", "\tPetani\n");
        assertThat(d.name()).isEqualTo("Siti Aminah");
        assertThat(d.phone()).isNull();
        assertThat(d.email()).isNull();
        assertThat(d.occupation()).isEqualTo("Petani");
    }

    @Test
    void aNameAPhoneOrAnEmailIsEnoughToStore() {
        assertThatCode(() -> new PersonalData("Siti", null, null, null, null, null).checkStorable())
                .doesNotThrowAnyException();
        assertThatCode(() -> new PersonalData(null, "082374048333", null, null, null, null).checkStorable())
                .doesNotThrowAnyException();
        assertThatCode(() -> new PersonalData(null, null, "siti@example.id", null, null, null).checkStorable())
                .doesNotThrowAnyException();
    }

    @Test
    void anAddressOrNikAloneIsRefused() {
        assertThatThrownBy(() -> new PersonalData(null, " ", null, "Jl. Merdeka 1", "1603014501900001", "Guru")
                .checkStorable())
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("PERSONAL_DATA_INCOMPLETE");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.userMessage().id()).contains("nama");
                });
    }

    @Test
    void erasedDataHasNoFieldAtAll() {
        assertThat(PersonalData.erased().isErased()).isTrue();
        assertThat(new PersonalData("Siti", null, null, null, null, null).isErased()).isFalse();
    }
}
