package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"ME-2026-000123", "me-2026-000123", "STATUS ME-2026-000123", "cek  me-2026-000123",
        "Cek ME-2026-000123.", " lacak ME-2026-000123 "})
    void aTrackingNumberAloneOrAfterStatusOrCekAsksForTheStatus(String text) {
        assertThat(SmsCommand.parse(text)).isEqualTo(new SmsCommand.Status("ME-2026-000123"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "INFO", "info", "Bantuan", "STATUS", "cek", "?", "jalan", "rusak"})
    void helpWordsNothingOrTooShortATextGetTheHelp(String text) {
        assertThat(SmsCommand.parse(text)).isEqualTo(new SmsCommand.Help());
    }

    @Test
    void anythingElseIsAReportWithItsSpacesTidied() {
        assertThat(SmsCommand.parse("  Jalan   di desa Tanjung\nrusak berat  "))
                .isEqualTo(new SmsCommand.Report("Jalan di desa Tanjung rusak berat", false));
        assertThat(SmsCommand.parse("Cek dulu jalan ME-2026-000123 rusak lagi")).isInstanceOf(SmsCommand.Report.class);
    }

    @Test
    void aVeryLongReportIsCutToTheDescriptionMaximum() {
        assertThat(((SmsCommand.Report) SmsCommand.parse("a".repeat(6000))).text())
                .hasSize(SmsCommand.MAX_REPORT_LENGTH);
    }

    @Test
    void jawabAnswersTheQuestionOfTheNamedCaseOrOfTheSendersWaitingCase() {
        assertThat(SmsCommand.parse("JAWAB ME-2026-000123: lubangnya di depan SD 3"))
                .isEqualTo(new SmsCommand.Clarify(java.util.Optional.of("ME-2026-000123"), "lubangnya di depan SD 3"));
        assertThat(SmsCommand.parse("jawab  di depan pasar, sebelah masjid"))
                .isEqualTo(new SmsCommand.Clarify(java.util.Optional.empty(), "di depan pasar, sebelah masjid"));
        assertThat(SmsCommand.parse("JAWAB")).isEqualTo(new SmsCommand.Help());
    }

    @Test
    void laporForcesANewReportThatIsNeverTakenAsAnAnswer() {
        assertThat(SmsCommand.parse("LAPOR Lampu jalan di pasar padam"))
                .isEqualTo(new SmsCommand.Report("Lampu jalan di pasar padam", true));
        assertThat(SmsCommand.parse("LAPOR padam")).isEqualTo(new SmsCommand.Help());
    }
}
