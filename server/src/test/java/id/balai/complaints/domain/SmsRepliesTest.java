package id.balai.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import id.balai.platform.domain.TenantId;

class SmsRepliesTest {

    private static Complaint inState(ComplaintStatus status, String answer) {
        return new Complaint(UUID.randomUUID(), new TenantId("muara-enim"), "ME-2026-000123", ReportType.COMPLAINT,
                Channel.SMS, "Jalan rusak", "Jalan rusak di desa", null, null, null, null, false, false,
                UUID.randomUUID(), Instant.now(), LocalDate.now(), LocalDate.now(), LocalDate.now(), status, answer, null, null, null,
                null, null, null, null, null, 0, List.of(), 2, false, null);
    }

    @Test
    void everyFixedReplyFitsOneSms() {
        assertThat(List.of(SmsReplies.help("ME"), SmsReplies.received("ME-2026-000123", "ABCDEFGHJK"),
                SmsReplies.notFound(), SmsReplies.unknownHotline(), SmsReplies.unreadableSender(),
                SmsReplies.tryLater(), SmsReplies.help("ABCDEFGHIJ"), SmsReplies.clarified("ABCDEFGHIJ-2026-000123"),
                SmsReplies.nothingToClarify())).allSatisfy(r -> assertThat(r.length()).isLessThanOrEqualTo(160));
        assertThat(SmsReplies.received("ME-2026-000123", "ABCDEFGHJK"))
                .isEqualTo("Laporan diterima. No: ME-2026-000123. Kode akses: ABCDEFGHJK. "
                        + "Cek status: kirim nomor laporan ke nomor ini.");
    }

    @ParameterizedTest
    @EnumSource(ComplaintStatus.class)
    void everyStatusHasIndonesianWordsWithinOneSms(ComplaintStatus status) {
        String reply = SmsReplies.status(inState(status, null));
        assertThat(reply).startsWith("ME-2026-000123: ").doesNotContain(status.name());
        assertThat(reply.length()).isLessThanOrEqualTo(160);
    }

    @Test
    void anAnsweredCaseShowsTheStartOfTheAnswerCutAtAWord() {
        String reply = SmsReplies.status(inState(ComplaintStatus.RESPONDED, "Jembatan diperbaiki minggu depan. "
                .repeat(10)));
        assertThat(reply).startsWith("ME-2026-000123: Sudah dijawab. Jawaban: Jembatan diperbaiki").endsWith("...");
        assertThat(reply.length()).isLessThanOrEqualTo(160);
    }

    @Test
    void theAnswerByTextKeepsWithinTwoSmsAndPointsToTheWebsite() {
        String sms = SmsReplies.answer("ME-2026-000123", "Perbaikan dijadwalkan. ".repeat(40),
                "info.muaraenimkab.go.id");
        assertThat(sms).startsWith("Jawaban laporan ME-2026-000123: Perbaikan dijadwalkan.")
                .endsWith("Selengkapnya: info.muaraenimkab.go.id (no. laporan dan kode akses).");
        assertThat(sms.length()).isLessThanOrEqualTo(SmsReplies.MAX_ANSWER);
        assertThat(SmsReplies.answer("ME-2026-000123", "Sudah diperbaiki.", "x.go.id"))
                .isEqualTo("Jawaban laporan ME-2026-000123: Sudah diperbaiki. Selengkapnya: x.go.id "
                        + "(no. laporan dan kode akses).");
    }
}
