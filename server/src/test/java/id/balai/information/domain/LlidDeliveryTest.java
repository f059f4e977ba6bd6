package id.balai.information.domain;

import static id.balai.support.DomainCodes.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Perbup Luwu Timur Pasal 18(2), 19(2)-(3): the LLID reaches each of its recipients once, after its publication. */
class LlidDeliveryTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2026-03-20");
    private static final LocalDate TODAY = LocalDate.parse("2026-04-02");

    @Test
    void eachRecipientOnceBetweenThePublicationAndToday() {
        LlidDelivery bupati = LlidDelivery.record(2025, PUBLISHED, List.of(), LlidDelivery.Recipient.BUPATI,
                LocalDate.parse("2026-03-23"), LlidDelivery.Via.LETTER, " 045.1/004/PPID-LT/2026 ", "ppid", TODAY);
        assertThat(bupati.reference()).isEqualTo("045.1/004/PPID-LT/2026");
        assertThat(code(() -> LlidDelivery.record(2025, PUBLISHED, List.of(bupati), LlidDelivery.Recipient.BUPATI,
                TODAY, LlidDelivery.Via.HAND, "x", "ppid", TODAY))).isEqualTo("LLID_ALREADY_DELIVERED");
        assertThat(LlidDelivery.record(2025, PUBLISHED, List.of(bupati), LlidDelivery.Recipient.KIP, TODAY,
                LlidDelivery.Via.APPLICATION, "Tanda terima e-Monev", "ppid", TODAY).recipient())
                .isEqualTo(LlidDelivery.Recipient.KIP);
    }

    @Test
    void notBeforeThePublicationNorInTheFutureNorUnpublished() {
        assertThat(code(() -> LlidDelivery.record(2025, null, List.of(), LlidDelivery.Recipient.BUPATI, TODAY,
                LlidDelivery.Via.LETTER, "x", "ppid", TODAY))).isEqualTo("LLID_NOT_PUBLISHED");
        assertThat(code(() -> LlidDelivery.record(2025, PUBLISHED, List.of(), LlidDelivery.Recipient.BUPATI,
                PUBLISHED.minusDays(1), LlidDelivery.Via.LETTER, "x", "ppid", TODAY)))
                .isEqualTo("DELIVERY_DATE_OUT_OF_RANGE:deliveredOn");
        assertThat(code(() -> LlidDelivery.record(2025, PUBLISHED, List.of(), LlidDelivery.Recipient.BUPATI,
                TODAY.plusDays(1), LlidDelivery.Via.LETTER, "x", "ppid", TODAY)))
                .isEqualTo("DELIVERY_DATE_OUT_OF_RANGE:deliveredOn");
        assertThat(code(() -> LlidDelivery.record(2025, PUBLISHED, List.of(), LlidDelivery.Recipient.BUPATI, TODAY,
                LlidDelivery.Via.LETTER, " ", "ppid", TODAY))).isEqualTo("FIELD_REQUIRED:reference");
    }
}
