package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rendered-screen glossary check finds what docs/glossary.md forbids, and lets the right words through. */
class GlossaryOnScreenTest {

    @Test
    void flagsNeverWordsRawCodesConfigurationKeysAndBareStatusCodes() {
        assertThat(GlossaryOnScreen.offences("Diterima melalui WEB\nNomor pelacakan ME-2026-000001", false))
                .containsExactlyInAnyOrder("never-word \"Nomor pelacakan\"", "code \"WEB\"");
        assertThat(GlossaryOnScreen.offences("Status: RECEIVED · peran CENTRAL_ADMIN · Surel", false))
                .containsExactlyInAnyOrder("code \"RECEIVED\"", "code \"CENTRAL_ADMIN\"", "never-word \"Surel\"");
        assertThat(GlossaryOnScreen.offences("verifyDispatchWorkingDays 3 · dikirim ke administrator pusat", false))
                .containsExactlyInAnyOrder("code \"verifyDispatchWorkingDays\"", "never-word \"administrator pusat\"");
        assertThat(GlossaryOnScreen.offences("Keberatan ini bukan banding.", false))
                .containsExactly("never-word \"banding\"");
    }

    @Test
    void holdsCitizenScreensToTheWordsKeptOffThemOnly() {
        String text = "Masukkan kata sandi. Kami kirim notifikasi bila perlu klarifikasi.";
        assertThat(GlossaryOnScreen.offences(text, true)).containsExactlyInAnyOrder("never-word \"kata sandi\"",
                "never-word \"notifikasi\"", "never-word \"klarifikasi\"");
        assertThat(GlossaryOnScreen.offences(text, false)).isEmpty();
    }

    @Test
    void letsTheGlossaryWordsThrough() {
        assertThat(GlossaryOnScreen.offences("Diterima melalui situs web. Nomor laporan ME-2026-000001, lewat SMS. "
                + "Sistem Pelayanan Informasi dan Keluhan Masyarakat; Dinas PUPR; 3 hari kerja; SP4N-LAPOR!; "
                + "WhatsApp; Banding ke pengadilan tata usaha negara", true)).isEmpty();
    }
}
