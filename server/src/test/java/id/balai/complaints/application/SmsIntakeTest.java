package id.balai.complaints.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.balai.complaints.domain.Channel;
import id.balai.complaints.domain.ReportType;
import id.balai.platform.domain.PhoneNumber;

class SmsIntakeTest {
    private static final PhoneNumber SITI = PhoneNumber.parse("081234567890").orElseThrow();

    @Test
    void theSameMessageRedeliveredHasTheSameKeyAndAnotherMessageAnother() {
        String key = SmsIntake.idempotencyKey(SITI, "2026-11-24 09:15:02", "Jalan rusak di desa");
        assertThat(key).matches("sms:[0-9a-f]{48}");
        assertThat(SmsIntake.idempotencyKey(PhoneNumber.parse("+6281234567890").orElseThrow(),
                "2026-11-24 09:15:02", "Jalan rusak di desa")).isEqualTo(key);
        assertThat(SmsIntake.idempotencyKey(SITI, "2026-11-24 09:16:40", "Jalan rusak di desa")).isNotEqualTo(key);
        assertThat(SmsIntake.idempotencyKey(SITI, "2026-11-24 09:15:02", "Jalan rusak di dusun")).isNotEqualTo(key);
    }

    @Test
    void anSmsReportIsAComplaintByTheSenderNeitherAnonymousNorConfidential() {
        ComplaintService.SubmitCommand cmd = SmsIntake.submission(
                "Jalan di Desa Tanjung Raja rusak berat sejak banjir bulan lalu, truk tidak bisa lewat", SITI);
        assertThat(cmd.submission().type()).isEqualTo(ReportType.COMPLAINT);
        assertThat(cmd.submission().channel()).isEqualTo(Channel.SMS);
        assertThat(cmd.submission().title()).hasSizeLessThanOrEqualTo(60).startsWith("Jalan di Desa Tanjung Raja");
        assertThat(cmd.submission().anonymous()).isFalse();
        assertThat(cmd.submission().confidential()).isFalse();
        assertThat(cmd.submission().category()).isNull();
        assertThat(cmd.reporter().phone()).isEqualTo("+6281234567890");
    }
}
