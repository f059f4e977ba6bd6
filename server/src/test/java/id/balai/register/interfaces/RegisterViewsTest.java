package id.balai.register.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterViewsTest {

    @Test
    void aHeadlineBecomesPlainPartsWithTheMatchesMarked() {
        assertThat(RegisterViews.parts("Layanan \u0001perizinan\u0002 terpadu <b>x</b> \u0001izin\u0002"))
                .containsExactly(new RegisterViews.SnippetPart("Layanan ", false),
                        new RegisterViews.SnippetPart("perizinan", true),
                        new RegisterViews.SnippetPart(" terpadu <b>x</b> ", false),
                        new RegisterViews.SnippetPart("izin", true));
        assertThat(RegisterViews.parts(null)).isEmpty();
    }

    @Test
    void aDownloadNameCannotBreakOutOfItsHeader() {
        assertThat(PublicRegisterResource.safeName("a\"b\r\nc.pdf")).isEqualTo("a_b__c.pdf");
    }
}
