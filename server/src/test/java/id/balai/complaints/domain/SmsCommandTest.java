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
                .isEqualTo(new SmsCommand.Report("Jalan di desa Tanjung rusak berat"));
        assertThat(SmsCommand.parse("Cek dulu jalan ME-2026-000123 rusak lagi")).isInstanceOf(SmsCommand.Report.class);
    }

    @Test
    void aVeryLongReportIsCutToTheDescriptionMaximum() {
        assertThat(((SmsCommand.Report) SmsCommand.parse("a".repeat(6000))).text())
                .hasSize(SmsCommand.MAX_REPORT_LENGTH);
    }
}
