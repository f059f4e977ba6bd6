package id.balai.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SqlTest {
    private enum Stage { DRAFT }

    @Test
    void namedParametersBecomePositionalInTheirOrderAndARepeatedNameIsBoundEachTime() {
        List<String> order = new ArrayList<>();
        String text = Sql.of(null, "select 1 from t where tenant_id = :tenant and (owner = :unit or holder = :unit)")
                .set("tenant", "muara-enim").set("unit", "DINKES").positional(order);
        assertThat(text).isEqualTo("select 1 from t where tenant_id = ?1 and (owner = ?2 or holder = ?3)");
        assertThat(order).containsExactly("tenant", "unit", "unit");
    }

    @Test
    void aParameterThatMayBeNullIsWrittenWithItsTypeSoPostgresqlKnowsIt() {
        List<String> order = new ArrayList<>();
        String text = Sql.of(null, "select 1 from t where (:unit is null or unit = :unit) and due < :day and at = :at")
                .set("unit", null, String.class).set("day", null, LocalDate.class).set("at", null, Instant.class)
                .positional(order);
        assertThat(text).isEqualTo("select 1 from t where (cast(?1 as varchar) is null or unit = cast(?2 as varchar)) "
                + "and due < cast(?3 as date) and at = cast(?4 as timestamptz)");
        assertThat(Sql.of(null, "x = :s").set("s", null, Stage.class).positional(new ArrayList<>()))
                .isEqualTo("x = cast(?1 as varchar)");
    }

    @Test
    void castsAndQuotedTextAreLeftAlone() {
        List<String> order = new ArrayList<>();
        String text = Sql.of(null, "select ':not' || x::text, 'a:b' from t where y = :y").set("y", 1)
                .positional(order);
        assertThat(text).isEqualTo("select ':not' || x::text, 'a:b' from t where y = ?1");
        assertThat(order).containsExactly("y");
    }

    @Test
    void anUnboundOrUntypedNullParameterIsAMistakeSaidAtOnce() {
        assertThatThrownBy(() -> Sql.of(null, "x = :missing").positional(new ArrayList<>()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":missing");
        assertThatThrownBy(() -> Sql.of(null, "x = :n").set("n", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("with its type");
        assertThatThrownBy(() -> Sql.of(null, "x = :n").set("n", null, Object.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void valuesAreGivenToTheDriverAsItsOwnTypes() {
        Instant at = Instant.parse("2026-12-06T04:00:00.123456Z");
        assertThat(Sql.driverValue(at)).isEqualTo(Timestamp.from(at));
        assertThat(Sql.driverValue(LocalDate.of(2026, 12, 6))).isEqualTo(java.sql.Date.valueOf("2026-12-06"));
        assertThat(Sql.driverValue(Stage.DRAFT)).isEqualTo("DRAFT");
        assertThat(Sql.driverValue(7)).isEqualTo(7);
    }

    @Test
    void aRowReadsEachColumnAsTheTypeAskedAndNullAsNull() {
        Instant at = Instant.parse("2026-12-06T04:00:00Z");
        Sql.Row row = new Sql.Row(new Object[] {"DRAFT", 12L, java.sql.Date.valueOf("2026-12-06"),
                Timestamp.from(at), null, true, "4f2c0d6e-7a51-4b53-9a5b-0d3f9e2a1c11", 2.5});
        assertThat(row.enumOf(0, Stage.class)).isEqualTo(Stage.DRAFT);
        assertThat(row.count(1)).isEqualTo(12L);
        assertThat(row.integer(1)).isEqualTo(12);
        assertThat(row.date(2)).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(row.instant(3)).isEqualTo(at);
        assertThat(row.text(4)).isNull();
        assertThat(row.date(4)).isNull();
        assertThat(row.instant(4)).isNull();
        assertThat(row.enumOf(4, Stage.class)).isNull();
        assertThat(row.flag(4)).isFalse();
        assertThat(row.flag(5)).isTrue();
        assertThat(row.uuid(6)).hasToString("4f2c0d6e-7a51-4b53-9a5b-0d3f9e2a1c11");
        assertThat(row.decimal(7)).isEqualTo(2.5);
    }
}
