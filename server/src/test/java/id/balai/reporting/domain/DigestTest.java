package id.balai.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** SPIKM Pasal 3(2): the day's lines grouped per agency, in the tenant's order, with honest totals. */
class DigestTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    private static Map<String, String> units() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("KOMINFO", "Dinas Kominfo");
        m.put("PUPR", "Dinas PUPR");
        m.put("DINKES", "Dinas Kesehatan");
        return m;
    }

    @Test
    void groupsPerAgencyInTheTenantsOrderWithTheUndispatchedLast() {
        Digest d = Digest.assemble(DAY, units(),
                List.of(new Digest.Line(null, "ME-1", "a"), new Digest.Line("DINKES", "ME-2", "b"),
                        new Digest.Line("PUPR", "ME-2", "b")),
                List.of(new Digest.Line("DINKES", "ME-2", "b"), new Digest.Line("PUPR", "ME-2", "b")),
                List.of(new Digest.Line("PUPR", "ME-0", "c")),
                List.of(new Digest.Line("PUPR", "ME-9", "d")));

        assertThat(d.agencies()).extracting(Digest.Agency::unit).containsExactly("PUPR", "DINKES", null);
        // A case sent to two agencies is one case received, two parts dispatched.
        assertThat(d.received()).isEqualTo(2);
        assertThat(d.dispatched()).isEqualTo(2);
        assertThat(d.answered()).isEqualTo(1);
        assertThat(d.overdue()).isEqualTo(1);
        Digest.Agency pupr = d.agencies().get(0);
        assertThat(pupr.unitName()).isEqualTo("Dinas PUPR");
        assertThat(pupr.overdue()).containsExactly(new CaseRef("ME-9", "d"));
        assertThat(d.agencies().get(2).received()).containsExactly(new CaseRef("ME-1", "a"));
    }

    @Test
    void anEmptyDayHasNoAgencies() {
        Digest d = Digest.assemble(DAY, units(), List.of(), List.of(), List.of(), List.of());
        assertThat(d.agencies()).isEmpty();
        assertThat(d.received() + d.dispatched() + d.answered() + d.overdue()).isZero();
    }
}
