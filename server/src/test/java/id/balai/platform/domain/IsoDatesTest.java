package id.balai.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void aDateInTheYearsPostgresqlHoldsIsRead() {
        assertThat(IsoDates.parse(" 2026-12-05 ", "from")).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(IsoDates.parse("0001-01-01", "from")).isEqualTo(LocalDate.of(1, 1, 1));
        assertThat(IsoDates.parse("9999-12-31", "from")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void yearsIsoReadsButTheDatabaseCannotHoldAndNonDatesAreA400NamingTheField() {
        for (String bad : new String[] {"-999999999-01-01", "+10000-01-01", "0000-01-01", "2026-02-30", "05/12/2026",
                "", null}) {
            assertThatThrownBy(() -> IsoDates.parse(bad, "to")).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.code()).isEqualTo("INVALID_DATE");
                assertThat(e.field()).contains("to");
                assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
            });
        }
    }
}
