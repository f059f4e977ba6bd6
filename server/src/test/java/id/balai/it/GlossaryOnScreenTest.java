package id.balai.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rendered-screen glossary check finds what docs/glossary.md forbids, and lets the right words through. */
class GlossaryOnScreenTest {

    @Test
    void flagsNeverWordsRawCodesAndBareStatusCodes() {
        assertThat(GlossaryOnScreen.offences("Diterima melalui WEB\nNomor pelacakan ME-2026-000001"))
                .containsExactlyInAnyOrder("never-word \"Nomor pelacakan\"", "code \"WEB\"");
        assertThat(GlossaryOnScreen.offences("Status: RECEIVED · peran CENTRAL_ADMIN · Surel"))
                .containsExactlyInAnyOrder("code \"RECEIVED\"", "code \"CENTRAL_ADMIN\"", "never-word \"Surel\"");
    }

    @Test
    void letsTheGlossaryWordsThrough() {
        assertThat(GlossaryOnScreen.offences("Diterima melalui situs web. Nomor laporan ME-2026-000001, lewat SMS. "
                + "Sistem Pelayanan Informasi dan Keluhan Masyarakat; Dinas PUPR; 3 hari kerja")).isEmpty();
    }
}
